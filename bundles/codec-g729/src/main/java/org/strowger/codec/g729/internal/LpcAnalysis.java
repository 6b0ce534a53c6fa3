package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * G.729 section 3.2.1 to 3.2.3 (Annex A variant): linear prediction analysis
 * of one frame.
 * <ol>
 * <li>{@link #autocorr}: the 240-sample asymmetric analysis window and the 11
 * autocorrelations, in double precision;</li>
 * <li>{@link #lagWindow}: 60 Hz bandwidth expansion of the autocorrelations
 * (with the white-noise correction folded into r[0] by the table);</li>
 * <li>{@link #levinson}: the Levinson-Durbin recursion giving the 10 LP
 * coefficients a[] in Q12;</li>
 * <li>{@link #azLsp}: conversion of a[] to line spectral pairs by a sign-change
 * search of the sum and difference polynomials on a 50-point cosine grid.</li>
 * </ol>
 *
 * <p>One instance per encoder: it holds the last stable LP filter (reused
 * when the recursion finds an unstable filter) and preallocated scratch.
 */
final class LpcAnalysis {

    /** Last stable A(z), reused when the Levinson recursion becomes unstable. */
    private final short[] oldA = new short[MP1];
    /** First two reflection coefficients belonging to {@link #oldA}. */
    private final short[] oldRc = new short[2];

    /* scratch */
    /** Windowed signal followed by M zeros (see {@link #autocorr}). */
    private final short[] windowed = new short[L_WINDOW + M];
    private final short[] ah = new short[MP1];
    private final short[] al = new short[MP1];
    private final short[] anh = new short[MP1];
    private final short[] anl = new short[MP1];
    private final short[] f1 = new short[NC + 1];
    private final short[] f2 = new short[NC + 1];

    LpcAnalysis() {
        reset();
    }

    void reset() {
        java.util.Arrays.fill(oldA, (short) 0);
        oldA[0] = 4096;
        oldRc[0] = 0;
        oldRc[1] = 0;
    }

    /**
     * Windows the {@link G729Constants#L_WINDOW} samples at {@code x[xOff]}
     * with the analysis window and computes the autocorrelations r[0..m],
     * normalized so that r[0] uses the full 32-bit range, returned as hi/lo
     * (DPF) pairs. If the energy saturates, the windowed signal is divided by
     * four until it does not.
     */
    void autocorr(short[] x, int xOff, int m, short[] rH, short[] rL) {
        final short[] y = windowed;
        final short[] win = Tables.HAMWINDOW;
        /* mult_r cannot saturate here: the window never reaches 1.0 */
        for (int i = 0; i < L_WINDOW; i++) {
            y[i] = (short) ((x[xOff + i] * win[i] + 0x4000) >> 15);
        }

        /* energy; each L_mac adds a non-negative term so the 32-bit
           saturating sum overflows exactly when the exact sum exceeds MAX_32 */
        long sum;
        while (true) {
            sum = 1;
            for (int i = 0; i < L_WINDOW; i++) {
                int v = y[i];
                sum += (long) (v * v) << 1;
            }
            if (sum <= Integer.MAX_VALUE) {
                break;
            }
            for (int i = 0; i < L_WINDOW; i++) {
                y[i] = (short) (y[i] >> 2);
            }
        }

        int s = (int) sum;
        int norm = normL(s);
        s = lShl(s, norm);
        rH[0] = (short) Oper32.extractHi(s);
        rL[0] = (short) Oper32.extractLo(s);

        /* r[1..m]: by Cauchy-Schwarz no partial sum can exceed r[0], hence
           no saturation can occur in the running L_mac sum; the products are
           summed in plain int arithmetic and doubled at the end. The window
           buffer carries M zeros after the signal so that all lags run over
           the same index range. */
        if (m == M) {
            int a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0;
            for (int j = 0; j < L_WINDOW; j++) {
                int v = y[j];
                a1 += v * y[j + 1];
                a2 += v * y[j + 2];
                a3 += v * y[j + 3];
                a4 += v * y[j + 4];
                a5 += v * y[j + 5];
                a6 += v * y[j + 6];
                a7 += v * y[j + 7];
                a8 += v * y[j + 8];
                a9 += v * y[j + 9];
                a10 += v * y[j + 10];
            }
            storeLag(rH, rL, 1, a1, norm);
            storeLag(rH, rL, 2, a2, norm);
            storeLag(rH, rL, 3, a3, norm);
            storeLag(rH, rL, 4, a4, norm);
            storeLag(rH, rL, 5, a5, norm);
            storeLag(rH, rL, 6, a6, norm);
            storeLag(rH, rL, 7, a7, norm);
            storeLag(rH, rL, 8, a8, norm);
            storeLag(rH, rL, 9, a9, norm);
            storeLag(rH, rL, 10, a10, norm);
        } else {
            for (int i = 1; i <= m; i++) {
                int acc = 0;
                for (int j = 0; j < L_WINDOW - i; j++) {
                    acc += y[j] * y[j + i];
                }
                storeLag(rH, rL, i, acc, norm);
            }
        }
    }

    private static void storeLag(short[] rH, short[] rL, int i, int halfSum, int norm) {
        int acc = lShl(halfSum << 1, norm);
        rH[i] = (short) Oper32.extractHi(acc);
        rL[i] = (short) Oper32.extractLo(acc);
    }

    /** Multiplies r[1..m] by the lag window (both in DPF format). */
    static void lagWindow(int m, short[] rH, short[] rL) {
        for (int i = 1; i <= m; i++) {
            int x = mpy32(rH[i], rL[i], Tables.LAG_H[i - 1], Tables.LAG_L[i - 1]);
            rH[i] = (short) Oper32.extractHi(x);
            rL[i] = (short) Oper32.extractLo(x);
        }
    }

    /**
     * Levinson-Durbin recursion in double precision. Writes A(z) in Q12 to
     * {@code a[aOff..aOff+M]} and the reflection coefficients (Q15) to
     * {@code rc}. If a reflection coefficient reaches the stability limit the
     * previous frame's filter is used instead.
     */
    void levinson(short[] rH, short[] rL, short[] a, int aOff, short[] rc) {
        final short[] ah = this.ah, al = this.al, anh = this.anh, anl = this.anl;
        int t0, t1, t2;
        int kh, kl, hi, lo, alpH, alpL, alpExp;

        /* K = A[1] = -R[1] / R[0] */
        t1 = Oper32.lComp(rH[1], rL[1]);
        t2 = lAbs(t1);
        t0 = Oper32.div32(t2, rH[0], rL[0]);
        if (t1 > 0) {
            t0 = lNegate(t0);
        }
        kh = Oper32.extractHi(t0);
        kl = Oper32.extractLo(t0);
        rc[0] = (short) kh;
        t0 = lShr(t0, 4);
        ah[1] = (short) Oper32.extractHi(t0);
        al[1] = (short) Oper32.extractLo(t0);

        /* Alpha = R[0] * (1 - K**2) */
        t0 = mpy32(kh, kl, kh, kl);
        t0 = lAbs(t0);
        t0 = lSub(0x7fffffff, t0);
        hi = Oper32.extractHi(t0);
        lo = Oper32.extractLo(t0);
        t0 = mpy32(rH[0], rL[0], hi, lo);

        alpExp = normL(t0);
        t0 = lShl(t0, alpExp);
        alpH = Oper32.extractHi(t0);
        alpL = Oper32.extractLo(t0);

        for (int i = 2; i <= M; i++) {
            /* t0 = SUM(R[j] * A[i-j], j = 1..i-1) + R[i] */
            t0 = 0;
            for (int j = 1; j < i; j++) {
                t0 = lAdd(t0, mpy32(rH[j], rL[j], ah[i - j], al[i - j]));
            }
            t0 = lShl(t0, 4);
            t1 = Oper32.lComp(rH[i], rL[i]);
            t0 = lAdd(t0, t1);

            /* K = -t0 / Alpha */
            t1 = lAbs(t0);
            t2 = Oper32.div32(t1, alpH, alpL);
            if (t0 > 0) {
                t2 = lNegate(t2);
            }
            t2 = lShl(t2, alpExp);
            kh = Oper32.extractHi(t2);
            kl = Oper32.extractLo(t2);
            rc[i - 1] = (short) kh;

            /* unstable filter: keep the previous one */
            if (sub(absS(kh), 32750) > 0) {
                System.arraycopy(oldA, 0, a, aOff, MP1);
                rc[0] = oldRc[0];
                rc[1] = oldRc[1];
                return;
            }

            /* An[j] = A[j] + K * A[i-j], j = 1..i-1;  An[i] = K */
            for (int j = 1; j < i; j++) {
                t0 = mpy32(kh, kl, ah[i - j], al[i - j]);
                t0 = lAdd(t0, Oper32.lComp(ah[j], al[j]));
                anh[j] = (short) Oper32.extractHi(t0);
                anl[j] = (short) Oper32.extractLo(t0);
            }
            t2 = lShr(t2, 4);
            anh[i] = (short) Oper32.extractHi(t2);
            anl[i] = (short) Oper32.extractLo(t2);

            /* Alpha = Alpha * (1 - K**2) */
            t0 = mpy32(kh, kl, kh, kl);
            t0 = lAbs(t0);
            t0 = lSub(0x7fffffff, t0);
            hi = Oper32.extractHi(t0);
            lo = Oper32.extractLo(t0);
            t0 = mpy32(alpH, alpL, hi, lo);

            int j = normL(t0);
            t0 = lShl(t0, j);
            alpH = Oper32.extractHi(t0);
            alpL = Oper32.extractLo(t0);
            alpExp = add(alpExp, j);

            System.arraycopy(anh, 1, ah, 1, i);
            System.arraycopy(anl, 1, al, 1, i);
        }

        /* A[i] from Q27 to Q12 with rounding */
        a[aOff] = 4096;
        oldA[0] = 4096;
        for (int i = 1; i <= M; i++) {
            t0 = Oper32.lComp(ah[i], al[i]);
            short v = (short) round(lShl(t0, 1));
            a[aOff + i] = v;
            oldA[i] = v;
        }
        oldRc[0] = rc[0];
        oldRc[1] = rc[1];
    }

    /**
     * Converts the LP filter {@code a[aOff..aOff+M]} (Q12) to the 10 LSPs
     * (cosine domain, Q15). The roots of F1(z) and F2(z) alternate; each sign
     * change found on the grid is refined by two bisections and a linear
     * interpolation. If fewer than ten roots are found, {@code oldLsp} is
     * returned unchanged. When the polynomial coefficients do not fit in
     * Q11, they are computed (and evaluated) in Q10.
     */
    void azLsp(short[] a, int aOff, short[] lsp, short[] oldLsp) {
        final short[] f1 = this.f1, f2 = this.f2;
        boolean q10 = false;

        /* F1(z)/(1+1/z) and F2(z)/(1-1/z) in Q11; detect 16-bit saturation */
        f1[0] = 2048;
        f2[0] = 2048;
        for (int i = 0; i < NC; i++) {
            int p = a[aOff + i + 1];
            int q = a[aOff + M - i];
            /* (p + q) << 15 and (p - q) << 15 always fit in 32 bits */
            int x = ((p + q) << 15) >> 16;
            int v = x - f1[i];
            if (v > 32767 || v < -32768) {
                q10 = true;
            }
            f1[i + 1] = (short) saturate16(v);
            x = ((p - q) << 15) >> 16;
            v = x + f2[i];
            if (v > 32767 || v < -32768) {
                q10 = true;
            }
            f2[i + 1] = (short) saturate16(v);
        }

        if (q10) {
            f1[0] = 1024;
            f2[0] = 1024;
            for (int i = 0; i < NC; i++) {
                int p = a[aOff + i + 1];
                int q = a[aOff + M - i];
                int t0 = lMult(p, 8192);
                t0 = lMac(t0, q, 8192);
                f1[i + 1] = (short) sub(extractH(t0), f1[i]);
                t0 = lMult(p, 8192);
                t0 = lMsu(t0, q, 8192);
                f2[i + 1] = (short) add(extractH(t0), f2[i]);
            }
        }

        final short[] grid = Tables.GRID;
        int nf = 0;
        boolean onF2 = false;
        short[] coef = f1;

        int xlow = grid[0];
        int ylow = chebps(xlow, coef, q10);
        int j = 0;
        while (nf < M && j < GRID_POINTS) {
            j++;
            int xhigh = xlow;
            int yhigh = ylow;
            xlow = grid[j];
            ylow = chebps(xlow, coef, q10);

            if (lMult(ylow, yhigh) <= 0) {
                /* two bisections of the interval */
                for (int i = 0; i < 2; i++) {
                    int xmid = (xlow >> 1) + (xhigh >> 1);
                    int ymid = chebps(xmid, coef, q10);
                    if (lMult(ylow, ymid) <= 0) {
                        yhigh = ymid;
                        xhigh = xmid;
                    } else {
                        ylow = ymid;
                        xlow = xmid;
                    }
                }

                /* linear interpolation: xint = xlow - ylow*(xhigh-xlow)/(yhigh-ylow) */
                int x = sub(xhigh, xlow);
                int y = sub(yhigh, ylow);
                int xint;
                if (y == 0) {
                    xint = xlow;
                } else {
                    int sign = y;
                    y = absS(y);
                    int exp = normS(y);
                    y = shl(y, exp);
                    y = divS(16383, y);
                    int t0 = lMult(x, y);
                    t0 = lShr(t0, sub(20, exp));
                    y = extractL(t0);
                    if (sign < 0) {
                        y = negate(y);
                    }
                    t0 = lMult(ylow, y);
                    t0 = lShr(t0, 11);
                    xint = sub(xlow, extractL(t0));
                }

                lsp[nf] = (short) xint;
                xlow = xint;
                nf++;
                onF2 = !onF2;
                coef = onF2 ? f2 : f1;
                ylow = chebps(xlow, coef, q10);
            }
        }

        if (nf < M) {
            System.arraycopy(oldLsp, 0, lsp, 0, M);
        }
    }

    /**
     * Oper32.mpy32 (Mpy_32) without per-operation saturation checks, same
     * result: the first partial sum L_mult(hi1, hi2) + 2 mult(hi1, lo2) can
     * never leave the 32-bit range once the single saturating product
     * (-32768)^2 is replaced by MAX_32, so only the last addition needs a
     * clamp. The lo parts of DPF numbers are non-negative, so the two
     * mult() cannot saturate.
     */
    private static int mpy32(int hi1, int lo1, int hi2, int lo2) {
        long v = 2L * (hi1 * hi2);
        if (v == 0x80000000L) {
            v = 0x7fffffffL;
        }
        v += 2 * ((hi1 * lo2) >> 15) + 2 * ((lo1 * hi2) >> 15);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v);
    }

    private static int saturate16(int v) {
        return v > 32767 ? 32767 : (v < -32768 ? -32768 : v);
    }

    private static int chebps(int x, short[] f, boolean q10) {
        return q10 ? chebps10(x, f, NC) : chebps11(x, f, NC);
    }

    /**
     * Evaluates C(x) = T_n(x) + f[1] T_n-1(x) + ... + f[n-1] T_1(x) + f[n]/2
     * by the Chebyshev recurrence, coefficients in Q11, computation in Q24;
     * the result is saturated to Q14.
     *
     * <p>The recurrence is first run in 64-bit arithmetic, which gives the
     * reference result whenever no intermediate 32-bit value saturates; if
     * one would, the evaluation is redone with the saturating operations.
     */
    static int chebps11(int x, short[] f, int n) {
        return chebpsFast(x, f, n, 512, 256, 6);
    }

    /** As {@link #chebps11} with coefficients in Q10 and computation in Q23. */
    static int chebps10(int x, short[] f, int n) {
        return chebpsFast(x, f, n, 256, 128, 7);
    }

    /**
     * Exact evaluation without saturation checks per operation.
     * {@code twoX} scales x to 2x in the working format, {@code one} is 1.0
     * in the high word of that format, {@code shift} brings it to Q30.
     */
    private static int chebpsFast(int x, short[] f, int n, int twoX, int one, int shift) {
        /* b = hi<<16 + lo<<1, i.e. the 32-bit value with its lowest bit cleared */
        long b2 = (long) one << 16;
        long t0 = 2L * x * twoX + 8192L * f[1];
        long bad = t0 + 0x80000000L;
        long b1 = t0 & ~1L;
        int i;
        for (i = 2; i < n; i++) {
            int b1h = (int) (b1 >> 16);
            int b1l = (int) ((b1 >> 1) & 0x7fff);
            long p = 2L * b1h * x;
            bad |= p + 0x80000000L;
            p += 2L * ((b1l * x) >> 15);
            bad |= p + 0x80000000L;
            p <<= 1;
            bad |= p + 0x80000000L;
            p -= (b2 >> 16) << 16;
            bad |= p + 0x80000000L;
            p -= b2 & 0xffff;
            bad |= p + 0x80000000L;
            p += 8192L * f[i];
            bad |= p + 0x80000000L;
            b2 = b1;
            b1 = p & ~1L;
            /* L_mult(b2_h, -32768) saturates for b2_h = -32768 */
            bad |= (b2 >> 16) == -32768 ? 1L << 32 : 0;
        }
        int b1h = (int) (b1 >> 16);
        int b1l = (int) ((b1 >> 1) & 0x7fff);
        long p = 2L * b1h * x;
        bad |= p + 0x80000000L;
        p += 2L * ((b1l * x) >> 15);
        bad |= p + 0x80000000L;
        p -= (b2 >> 16) << 16;
        bad |= p + 0x80000000L;
        p -= b2 & 0xffff;
        bad |= p + 0x80000000L;
        p += 4096L * f[i];
        bad |= p + 0x80000000L;
        if ((bad >>> 32) != 0) {
            return chebpsSaturating(x, f, n, twoX, one, shift);
        }
        return extractH(lShl((int) p, shift));
    }

    /**
     * Reference evaluation with saturating operations (Chebps_11 and Chebps_10):
     * {@code twoX} scales x to 2x in the working format, {@code one} is 1.0 in the
     * high word of that format, {@code shift} brings the result to Q30.
     */
    static int chebpsSaturating(int x, short[] f, int n, int twoX, int one, int shift) {
        int b2h = one, b2l = 0;
        int t0 = lMult(x, twoX);
        t0 = lMac(t0, f[1], 4096);
        int b1h = Oper32.extractHi(t0);
        int b1l = Oper32.extractLo(t0);
        int i;
        for (i = 2; i < n; i++) {
            t0 = Oper32.mpy32x16(b1h, b1l, x);
            t0 = lShl(t0, 1);
            t0 = lMac(t0, b2h, -32768);
            t0 = lMsu(t0, b2l, 1);
            t0 = lMac(t0, f[i], 4096);
            b2l = b1l;
            b2h = b1h;
            b1h = Oper32.extractHi(t0);
            b1l = Oper32.extractLo(t0);
        }
        t0 = Oper32.mpy32x16(b1h, b1l, x);
        t0 = lMac(t0, b2h, -32768);
        t0 = lMsu(t0, b2l, 1);
        t0 = lMac(t0, f[i], 2048);
        t0 = lShl(t0, shift);
        return extractH(t0);
    }
}
