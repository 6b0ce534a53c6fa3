package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Pitch analysis of the G.729 Annex A encoder (reference file PITCH_A.C):
 * the open-loop pitch estimate on the weighted speech (A.3.4), the
 * closed-loop fractional search of the adaptive codebook (A.3.7), the
 * adaptive-codebook gain (3.7.3) and the encoding of the pitch delay (3.7.2).
 *
 * <p>One instance per encoder channel; it only holds scratch arrays (allocated
 * once here) so that nothing is allocated per frame. The reference code's
 * global {@code Overflow} flag is replaced by local detection of saturation in
 * the few sums where the reference tests it.
 */
final class PitchSearch {

    /** Offset of sample 0 of the frame inside {@link #scaledSignal}. */
    private static final int SCAL_OFF = PIT_MAX;

    /** Scaled copy of the weighted speech: PIT_MAX past samples, then L_FRAME. */
    private final short[] scaledSignal = new short[L_FRAME + PIT_MAX];
    /** Backward filtered target of the closed-loop search (Cor_h_X output). */
    private final short[] dn = new short[L_SUBFR];
    /** Keeps the best interpolated excitation while fractions are tried. */
    private final short[] excTmp = new short[L_SUBFR];
    /** Scratch for {@link Correlations#corHX}. */
    private final int[] y32 = new int[L_SUBFR];

    PitchSearch() {
    }

    /**
     * Pitch_ol_fast: open-loop pitch estimate T_op of the frame (G.729 A.3.4).
     *
     * <p>The correlation of the weighted speech with its past, taken on every
     * second sample, is maximised in three lag ranges (20..39, 40..79 and
     * 80..143, the last one on even lags then refined by +-1); each maximum is
     * normalised by the energy of the delayed signal, and the smaller ranges
     * are favoured when a larger lag looks like a multiple of a smaller one.
     * Before the search the signal is scaled (down by 8 if its energy overflows
     * 32 bits, up by 8 if it is below 2^20) exactly as the reference does.
     *
     * @param signal    weighted speech buffer (the encoder's old_wsp)
     * @param signalOff offset of sample 0 of the current frame (wsp); samples
     *                  signal[signalOff - pitMax .. signalOff + lFrame - 1] are read
     * @param pitMax    maximum pitch lag (PIT_MAX = 143)
     * @param lFrame    frame length (L_FRAME = 80)
     * @return the open-loop lag, 20..143
     */
    int pitchOlFast(short[] signal, int signalOff, int pitMax, int lFrame) {
        final short[] scal = scaledSignal;
        final int base = SCAL_OFF; // index of scal_sig[0]

        // energy on every second sample: decides the scaling (Overflow test of the reference)
        long energy = 0;
        for (int i = -pitMax; i < lFrame; i += 2) {
            int v = signal[signalOff + i];
            energy += 2L * v * v;
        }
        if (energy > MAX_32) {
            // the reference's saturating sum overflowed
            for (int i = -pitMax; i < lFrame; i++) {
                scal[base + i] = (short) (signal[signalOff + i] >> 3);
            }
        } else if (energy < 1048576L) {
            for (int i = -pitMax; i < lFrame; i++) {
                scal[base + i] = (short) shl(signal[signalOff + i], 3);
            }
        } else {
            System.arraycopy(signal, signalOff - pitMax, scal, base - pitMax, pitMax + lFrame);
        }

        // The correlations pair samples at even offsets from the frame start with
        // samples at even or odd offsets; if 4 * E_even * max(E_even, E_odd) fits in
        // MAX_32^2 no partial sum can saturate (Cauchy-Schwarz) and plain int sums are exact.
        long eEven = 0;
        long eOdd = 0;
        for (int i = -pitMax; i < lFrame; i++) {
            int v = scal[base + i];
            if ((i & 1) == 0) {
                eEven += v * v;
            } else {
                eOdd += v * v;
            }
        }
        final boolean exact = Correlations.cannotSaturate(eEven, Math.max(eEven, eOdd));

        // first section: lags 20..39
        long best = bestLag(scal, base, lFrame, exact, 20, 40, 1);
        int t1 = lagOf(best);
        int max1 = normalise(scal, base - t1, lFrame, maxOf(best));

        // second section: lags 40..79
        best = bestLag(scal, base, lFrame, exact, 40, 80, 1);
        int t2 = lagOf(best);
        int max2 = normalise(scal, base - t2, lFrame, maxOf(best));

        // third section: even lags 80..142, then the two neighbours of the best
        best = bestLag(scal, base, lFrame, exact, 80, 143, 2);
        int i0 = lagOf(best);
        best = bestLag(scal, base, lFrame, exact, i0 + 1, i0 + 2, 1, best);
        best = bestLag(scal, base, lFrame, exact, i0 - 1, i0, 1, best);
        int t3 = lagOf(best);
        int max3 = normalise(scal, base - t3, lFrame, maxOf(best));

        // favour a lag of which a larger candidate is a multiple
        int i = sub(shl(t2, 1), t3); // 2*T2 - T3
        if (sub(absS(i), 5) < 0) {
            max2 = add(max2, shr(max3, 2));
        }
        i = add(i, t2); // 3*T2 - T3
        if (sub(absS(i), 7) < 0) {
            max2 = add(max2, shr(max3, 2));
        }
        i = sub(shl(t1, 1), t2); // 2*T1 - T2
        if (sub(absS(i), 5) < 0) {
            max1 = add(max1, mult(max2, 6554));
        }
        i = add(i, t1); // 3*T1 - T2
        if (sub(absS(i), 7) < 0) {
            max1 = add(max1, mult(max2, 6554));
        }

        // compare the three normalised maxima
        if (max1 < max2) {
            max1 = max2;
            t1 = t2;
        }
        if (max1 < max3) {
            t1 = t3;
        }
        return t1;
    }

    /**
     * The lag in from, from + step, .. (below to) whose correlation is largest and
     * larger than that of {@code best} (the first such lag on ties), packed as
     * max &lt;&lt; 32 | lag (see {@link #lagOf}, {@link #maxOf}); {@code best} itself if
     * none is.
     */
    private static long bestLag(short[] s, int base, int lFrame, boolean exact, int from, int to, int step,
            long best) {
        int max = maxOf(best);
        int lag = lagOf(best);
        for (int i = from; i < to; i += step) {
            int sum = corr(s, base, base - i, lFrame, exact);
            if (sum > max) {
                max = sum;
                lag = i;
            }
        }
        return pack(max, lag);
    }

    /** {@link #bestLag} of a fresh search: from, unless a later lag correlates more. */
    private static long bestLag(short[] s, int base, int lFrame, boolean exact, int from, int to, int step) {
        return bestLag(s, base, lFrame, exact, from, to, step, pack(MIN_32, from));
    }

    private static long pack(int max, int lag) {
        return ((long) max << 32) | (lag & 0xffffffffL);
    }

    private static int lagOf(long best) {
        return (int) best;
    }

    private static int maxOf(long best) {
        return (int) (best >> 32);
    }

    /**
     * Correlation sum_{j even < lg} x[a+j] x[b+j] as the reference's chain of
     * L_mac; when {@code exact} the sum provably cannot saturate.
     */
    private static int corr(short[] s, int a, int b, int lg, boolean exact) {
        int sum = 0;
        if (exact) {
            for (int j = 0; j < lg; j += 2) {
                sum += s[a + j] * s[b + j];
            }
            return sum << 1;
        }
        for (int j = 0; j < lg; j += 2) {
            sum = lMac(sum, s[a + j], s[b + j]);
        }
        return sum;
    }

    /**
     * max / sqrt(energy of the delayed signal), energy taken on every second
     * sample starting at {@code p} (plus one to avoid a division by zero); the
     * reference notes the result always fits in 16 bits and keeps its low word.
     */
    private static int normalise(short[] s, int p, int lg, int max) {
        long e = 1;
        for (int i = 0; i < lg; i += 2) {
            int v = s[p + i];
            e += 2L * v * v;
        }
        // the reference's saturating sum of non-negative terms
        int ener = e > MAX_32 ? MAX_32 : (int) e;
        int inv = DspFunctions.invSqrt(ener); // Q30
        int r = Oper32.mpy32(Oper32.extractHi(max), Oper32.extractLo(max),
                Oper32.extractHi(inv), Oper32.extractLo(inv));
        return extractL(r);
    }

    /**
     * Pitch_fr3_fast: closed-loop adaptive-codebook search with 1/3 sample
     * resolution (G.729 A.3.7). The integer lag maximising the correlation
     * between the backward filtered target and the past excitation is chosen
     * in [t0Min, t0Max]; the fractions -1/3, 0, +1/3 around it are then tried
     * by interpolating the excitation ({@link PitchInterpolation#predLt3}).
     * In the first subframe no fraction is searched for lags above 84.
     *
     * <p>On return exc[excOff .. excOff+lSubfr-1] holds the adaptive-codebook
     * vector of the chosen lag and fraction (as in the reference).
     *
     * @param exc     excitation buffer (the encoder's old_exc)
     * @param excOff  offset of exc[i_subfr] in that buffer, i.e. of the current
     *                subframe (PIT_MAX + L_INTERPOL + i_subfr in the reference
     *                layout); the past excitation before it is read
     * @param xn      target vector x[0..39] starting at {@code xnOff}
     * @param xnOff   offset of xn[0]
     * @param h       impulse response h[0..39] (Q12) starting at {@code hOff}
     * @param hOff    offset of h[0]
     * @param lSubfr  subframe length (L_SUBFR = 40)
     * @param t0Min   smallest integer lag searched
     * @param t0Max   largest integer lag searched
     * @param iSubfr  0 for the first subframe, otherwise the subframe offset (40)
     * @param out     caller-owned; receives out[0] = the chosen fraction (-1, 0, 1)
     * @return the chosen integer lag T0
     */
    int pitchFr3Fast(short[] exc, int excOff, short[] xn, int xnOff, short[] h, int hOff,
            int lSubfr, int t0Min, int t0Max, int iSubfr, int[] out) {
        final short[] d = dn;
        Correlations.corHX(h, hOff, xn, xnOff, d, 0, y32);

        // best integer lag
        int max = MIN_32;
        int t0 = t0Min;
        boolean exact = Correlations.cannotSaturate(Correlations.energy(d, 0, lSubfr),
                Correlations.energy(exc, excOff - t0Max, t0Max - t0Min + lSubfr));
        for (int t = t0Min; t <= t0Max; t++) {
            int c = exact ? dotExact(d, exc, excOff - t, lSubfr) : dot(d, exc, excOff - t, lSubfr);
            if (c > max) {
                max = c;
                t0 = t;
            }
        }

        // fraction 0
        PitchInterpolation.predLt3(exc, excOff, t0, 0, lSubfr);
        max = dot(d, exc, excOff, lSubfr);
        out[0] = 0;

        // first subframe with a lag above 84: integer resolution only
        if (iSubfr == 0 && t0 > 84) {
            return t0;
        }

        System.arraycopy(exc, excOff, excTmp, 0, lSubfr);

        // fraction -1/3
        PitchInterpolation.predLt3(exc, excOff, t0, -1, lSubfr);
        int c = dot(d, exc, excOff, lSubfr);
        if (c > max) {
            max = c;
            out[0] = -1;
            System.arraycopy(exc, excOff, excTmp, 0, lSubfr);
        }

        // fraction +1/3
        PitchInterpolation.predLt3(exc, excOff, t0, 1, lSubfr);
        c = dot(d, exc, excOff, lSubfr);
        if (c > max) {
            out[0] = 1;
        } else {
            System.arraycopy(excTmp, 0, exc, excOff, lSubfr);
        }
        return t0;
    }

    /** Dot_Product when it provably cannot saturate (see {@link Correlations#cannotSaturate}). */
    private static int dotExact(short[] x, short[] y, int yOff, int lg) {
        int sum = 0;
        for (int i = 0; i < lg; i++) {
            sum += x[i] * y[yOff + i];
        }
        return sum << 1;
    }

    /** Dot_Product: saturating sum of x[i]*y[yOff+i], i &lt; lg, as a chain of L_mac. */
    private static int dot(short[] x, short[] y, int yOff, int lg) {
        int sum = 0;
        for (int i = 0; i < lg; i++) {
            sum = lMac(sum, x[i], y[yOff + i]);
        }
        return sum;
    }

    /**
     * G_pitch: adaptive-codebook gain g_p = &lt;x,y&gt; / &lt;y,y&gt; (G.729
     * 3.7.3, equation 43), in Q14, bounded to [0, 1.2]. Also returns the two
     * correlations, as normalised mantissas with exponents, for the gain
     * quantizer. When a sum saturates (the reference's Overflow test) it is
     * recomputed with y divided by 4.
     *
     * @param xn     target vector x[0..lSubfr-1] starting at {@code xnOff}
     * @param xnOff  offset of xn[0]
     * @param y1     filtered adaptive-codebook vector y[0..lSubfr-1] starting at {@code y1Off}
     * @param y1Off  offset of y1[0]
     * @param gCoeff caller-owned array of at least 4: receives g_coeff[0] = &lt;y1,y1&gt;
     *               mantissa, [1] = 15 - its exponent, [2] = &lt;xn,y1&gt; mantissa,
     *               [3] = 15 - its exponent (forced to -15 when &lt;xn,y1&gt; &lt;= 0)
     * @param lSubfr subframe length (L_SUBFR = 40)
     * @return the pitch gain in Q14, 0..19661
     */
    static int gPitch(short[] xn, int xnOff, short[] y1, int y1Off, short[] gCoeff, int lSubfr) {
        int expYy;
        int yy;
        // <y1,y1>: non-negative terms, so the saturating sum overflowed iff the true sum is too big
        long e = 1;
        for (int i = 0; i < lSubfr; i++) {
            int v = y1[y1Off + i];
            e += 2L * v * v;
        }
        if (e <= MAX_32) {
            int s = (int) e;
            expYy = normL(s);
            yy = round(lShl(s, expYy));
        } else {
            int s = 1;
            for (int i = 0; i < lSubfr; i++) {
                int v = shr(y1[y1Off + i], 2);
                s = lMac(s, v, v);
            }
            expYy = normL(s);
            yy = round(lShl(s, expYy));
            expYy = sub(expYy, 4);
        }

        // <xn,y1>: signed terms; the reference's Overflow is set as soon as a partial sum leaves
        // the 32 bit range (or a product is -32768*-32768); until then it equals the true sum
        int expXy;
        int xy;
        long a = 0;
        boolean overflow = false;
        for (int i = 0; i < lSubfr; i++) {
            int x = xn[xnOff + i];
            int y = y1[y1Off + i];
            if (x == -32768 && y == -32768) {
                overflow = true;
                break;
            }
            a += 2L * x * y;
            if (a > MAX_32 || a < MIN_32) {
                overflow = true;
                break;
            }
        }
        if (!overflow) {
            int s = (int) a;
            expXy = normL(s);
            xy = round(lShl(s, expXy));
        } else {
            int s = 0;
            for (int i = 0; i < lSubfr; i++) {
                s = lMac(s, xn[xnOff + i], shr(y1[y1Off + i], 2));
            }
            expXy = normL(s);
            xy = round(lShl(s, expXy));
            expXy = sub(expXy, 2);
        }

        gCoeff[0] = (short) yy;
        gCoeff[1] = (short) sub(15, expYy);
        gCoeff[2] = (short) xy;
        gCoeff[3] = (short) sub(15, expXy);

        if (xy <= 0) {
            gCoeff[3] = -15; // exp_xy forced to 15 - 30
            return 0;
        }

        // gain = xy / yy, with xy halved so that the division stays below one
        xy = shr(xy, 1);
        int gain = divS(xy, yy);
        gain = shr(gain, sub(expXy, expYy)); // saturates above 1.99 in Q14
        if (gain > 19661) { // 1.2 in Q14
            gain = 19661;
        }
        return gain;
    }

    /**
     * Enc_lag3: index of the pitch delay (G.729 3.7.2) and, in the first
     * subframe, the delay range of the second subframe's search.
     *
     * <p>First subframe (8 bits): index = 3*(T0-19) + frac - 1 for T0 in 19..85
     * (fractions -1, 0, +1), index = T0 - 85 + 197 for T0 in 86..143. Then
     * T0_min = T0-5 and T0_max = T0_min+9, shifted to stay inside
     * [pitMin, pitMax].
     * Second subframe (5 bits): index = 3*(T0 - (T0_min-1)) + frac - 1, relative
     * to the T0_min computed in the first subframe.
     *
     * @param t0       integer pitch delay
     * @param t0Frac   fraction of the delay: -1, 0 or 1 (thirds)
     * @param t0MinMax in/out, caller-owned: [0] = T0_min, [1] = T0_max (written in the
     *                 first subframe, read in the second)
     * @param pitMin   minimum pitch lag (PIT_MIN = 20)
     * @param pitMax   maximum pitch lag (PIT_MAX = 143)
     * @param pitFlag  0 in the first subframe, non-zero (i_subfr) in the second
     * @return the delay index
     */
    static int encLag3(int t0, int t0Frac, int[] t0MinMax, int pitMin, int pitMax, int pitFlag) {
        int index;
        if (pitFlag == 0) {
            if (sub(t0, 85) <= 0) {
                int i = add(add(t0, t0), t0);
                index = add(sub(i, 58), t0Frac);
            } else {
                index = add(t0, 112);
            }
            int t0Min = sub(t0, 5);
            if (sub(t0Min, pitMin) < 0) {
                t0Min = pitMin;
            }
            int t0Max = add(t0Min, 9);
            if (sub(t0Max, pitMax) > 0) {
                t0Max = pitMax;
                t0Min = sub(t0Max, 9);
            }
            t0MinMax[0] = t0Min;
            t0MinMax[1] = t0Max;
        } else {
            int i = sub(t0, t0MinMax[0]);
            i = add(add(i, i), i);
            index = add(add(i, 2), t0Frac);
        }
        return index;
    }
}
