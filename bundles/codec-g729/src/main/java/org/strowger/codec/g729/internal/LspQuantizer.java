package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * G.729 section 3.2.4, quantization of the LSP coefficients.
 *
 * <p>The LSPs are converted to line spectral frequencies (Q13, radians) and
 * coded with a switched fourth order moving-average predictor followed by a
 * two-stage vector quantizer: a 7-bit first stage of dimension 10 and two
 * 5-bit second stages for the lower and upper five coefficients. Both MA
 * predictors are tried and the one with the smaller weighted error is kept
 * (one more bit). The weighting of section 3.2.4 emphasises frequencies close
 * to their neighbours.
 *
 * <p>State: the four previous quantizer outputs used by the MA prediction.
 * One instance per encoder.
 */
final class LspQuantizer {

    /** Q13: initial past quantizer outputs, PI*(j+1)/(M+1). */
    private static final short[] FREQ_PREV_RESET = {
        2339, 4679, 7018, 9358, 11698, 14037, 16377, 18717, 21056, 23396
    };

    /** Q13: the MA_NP previous quantizer outputs (most recent first). */
    private final short[][] freqPrev = new short[MA_NP][M];

    /* scratch */
    private final short[] lsf = new short[M];
    private final short[] lsfQ = new short[M];
    private final short[] wegt = new short[M];
    private final short[] rbuf = new short[M];
    private final short[] buf = new short[M];
    private final short[] wbuf = new short[M];
    private final int[] cand = new int[MODE];
    private final int[] tindex1 = new int[MODE];
    private final int[] tindex2 = new int[MODE];
    private final int[] tdist = new int[MODE];

    LspQuantizer() {
        reset();
    }

    /** Restores the predictor memory to its initial state (Lsp_encw_reset). */
    void reset() {
        for (int i = 0; i < MA_NP; i++) {
            System.arraycopy(FREQ_PREV_RESET, 0, freqPrev[i], 0, M);
        }
    }

    /**
     * Quantizes {@code lsp} (Q15, cosine domain) into {@code lspQ} and writes
     * the two LSP indexes (L0|L1 and L2|L3 of the bit stream) to
     * {@code ana[anaOff]} and {@code ana[anaOff+1]}.
     */
    void quaLsp(short[] lsp, short[] lspQ, short[] ana, int anaOff) {
        LpcFunctions.lspLsf2(lsp, lsf, M);
        quantizeLsf(lsf, lsfQ, ana, anaOff);
        LpcFunctions.lsfLsp2(lsfQ, lspQ, M);
    }

    /** Lsp_qua_cs / Relspwed: the search over both MA predictors. */
    private void quantizeLsf(short[] flspIn, short[] lspqOut, short[] ana, int anaOff) {
        getWegt(flspIn, wegt);

        final short[][] lspcb1 = Tables.LSPCB1;
        final short[][] lspcb2 = Tables.LSPCB2;
        for (int mode = 0; mode < MODE; mode++) {
            /* target vector: the part not predicted from the past outputs */
            LspCodebook.lspPrevExtract(flspIn, rbuf, Tables.FG[mode], freqPrev, Tables.FG_SUM_INV[mode]);

            int c = preSelect(rbuf, lspcb1);
            cand[mode] = c;
            short[] cb1 = lspcb1[c];

            int index = select1(rbuf, cb1, wegt, lspcb2);
            tindex1[mode] = index;
            for (int j = 0; j < NC; j++) {
                buf[j] = (short) add(cb1[j], lspcb2[index][j]);
            }
            LspCodebook.lspExpand1(buf, GAP1);

            index = select2(rbuf, cb1, wegt, lspcb2);
            tindex2[mode] = index;
            for (int j = NC; j < M; j++) {
                buf[j] = (short) add(cb1[j], lspcb2[index][j]);
            }
            LspCodebook.lspExpand2(buf, GAP1);
            LspCodebook.lspExpand12(buf, GAP2);

            tdist[mode] = getTdist(wegt, buf, rbuf, Tables.FG_SUM[mode]);
        }

        int modeIndex = lSub(tdist[1], tdist[0]) < 0 ? 1 : 0;

        ana[anaOff] = (short) ((modeIndex << NC0_B) | cand[modeIndex]);
        ana[anaOff + 1] = (short) ((tindex1[modeIndex] << NC1_B) | tindex2[modeIndex]);

        LspCodebook.lspGetQuant(lspcb1, lspcb2, cand[modeIndex], tindex1[modeIndex], tindex2[modeIndex],
                Tables.FG[modeIndex], freqPrev, lspqOut, Tables.FG_SUM[modeIndex]);
    }

    /*
     * Note on the three searches below: every term the reference adds with
     * L_mac is non-negative, so its saturating 32-bit sum equals
     * min(MAX_32, exact sum) and the exact sum never decreases. They are
     * therefore computed in 64 bits, clamped once, and a candidate is
     * abandoned as soon as its partial sum reaches the best distance so far
     * (it could not win the strict "less than" comparison any more).
     */

    /** First stage: the codevector closest (unweighted) to the target. */
    private static int preSelect(short[] rbuf, short[][] lspcb1) {
        final int r0 = rbuf[0], r1 = rbuf[1], r2 = rbuf[2], r3 = rbuf[3], r4 = rbuf[4];
        final int r5 = rbuf[5], r6 = rbuf[6], r7 = rbuf[7], r8 = rbuf[8], r9 = rbuf[9];
        int cand = 0;
        long dmin = Integer.MAX_VALUE;
        for (int i = 0; i < NC0; i++) {
            final short[] cb = lspcb1[i];
            long acc = sq(r0 - cb[0]) + sq(r1 - cb[1]) + sq(r2 - cb[2]) + sq(r3 - cb[3]) + sq(r4 - cb[4]);
            if (acc >= dmin) {
                continue;
            }
            acc += sq(r5 - cb[5]) + sq(r6 - cb[6]) + sq(r7 - cb[7]) + sq(r8 - cb[8]) + sq(r9 - cb[9]);
            if (acc > Integer.MAX_VALUE) {
                acc = Integer.MAX_VALUE;
            }
            if (acc < dmin) {
                dmin = acc;
                cand = i;
            }
        }
        return cand;
    }

    /** L_mult(t, t) of the 16-bit saturated difference t, as a long (2^31 for t = -32768 clamps later). */
    private static long sq(int d) {
        int t = d > 32767 ? 32767 : (d < -32768 ? -32768 : d);
        return 2L * (t * t);
    }

    /** Second stage, lower half: weighted search of the residual of stage one. */
    private int select1(short[] rbuf, short[] cb1, short[] wegt, short[][] lspcb2) {
        return selectHalf(rbuf, cb1, wegt, lspcb2, 0, wbuf);
    }

    /** Second stage, upper half. */
    private int select2(short[] rbuf, short[] cb1, short[] wegt, short[][] lspcb2) {
        return selectHalf(rbuf, cb1, wegt, lspcb2, NC, wbuf);
    }

    /**
     * Weighted search of the second stage codebook over coefficients
     * from..from+NC-1: distance sum of mult(w, t) * t * 2 with
     * t = target - first stage - second stage codevector.
     */
    private static int selectHalf(short[] rbuf, short[] cb1, short[] wegt, short[][] lspcb2, int from,
            short[] b) {
        for (int j = from; j < from + NC; j++) {
            b[j] = (short) sub(rbuf[j], cb1[j]);
        }
        final int b0 = b[from], b1 = b[from + 1], b2 = b[from + 2], b3 = b[from + 3], b4 = b[from + 4];
        final int w0 = wegt[from], w1 = wegt[from + 1], w2 = wegt[from + 2], w3 = wegt[from + 3];
        final int w4 = wegt[from + 4];
        int index = 0;
        long dmin = Integer.MAX_VALUE;
        for (int k = 0; k < NC1; k++) {
            final short[] cb = lspcb2[k];
            long dist = wsq(w0, b0 - cb[from]) + wsq(w1, b1 - cb[from + 1]) + wsq(w2, b2 - cb[from + 2])
                    + wsq(w3, b3 - cb[from + 3]) + wsq(w4, b4 - cb[from + 4]);
            if (dist > Integer.MAX_VALUE) {
                dist = Integer.MAX_VALUE;
            }
            if (dist < dmin) {
                dmin = dist;
                index = k;
            }
        }
        return index;
    }

    /**
     * L_mult(mult(w, t), t) for the saturated difference t and a positive
     * weight w: never saturates itself (mult(w, t) &gt;= -32767).
     */
    private static long wsq(int w, int d) {
        int t = d > 32767 ? 32767 : (d < -32768 ? -32768 : d);
        return 2L * (((w * t) >> 15) * t);
    }

    /** Weighted distortion of a candidate in the LSF domain (Q27). */
    private static int getTdist(short[] wegt, short[] buf, short[] rbuf, short[] fgSum) {
        int dist = 0;
        for (int j = 0; j < M; j++) {
            int t = sub(buf[j], rbuf[j]);
            t = mult(t, fgSum[j]);
            int acc = lMult(wegt[j], t);
            int t2 = extractH(lShl(acc, 4));
            dist = lMac(dist, t2, t);
        }
        return dist;
    }

    /**
     * Weights of the LSF error, section 3.2.4 equation (21): 1 where the
     * neighbours are far apart, 10 (d - 1)^2 + 1 otherwise, with the 5th and
     * 6th weights multiplied by 1.2; normalized so the largest uses 16 bits.
     */
    static void getWegt(short[] flsp, short[] wegt) {
        int b0 = sub(flsp[1], PI04 + 8192);
        wegt[0] = (short) weightOf(b0);
        for (int i = 1; i < M - 1; i++) {
            int t = sub(flsp[i + 1], flsp[i - 1]);
            wegt[i] = (short) weightOf(sub(t, 8192));
        }
        wegt[M - 1] = (short) weightOf(sub(PI92 - 8192, flsp[M - 2]));

        int acc = lMult(wegt[4], CONST12);
        wegt[4] = (short) extractH(lShl(acc, 1));
        acc = lMult(wegt[5], CONST12);
        wegt[5] = (short) extractH(lShl(acc, 1));

        int max = 0;
        for (int i = 0; i < M; i++) {
            if (sub(wegt[i], max) > 0) {
                max = wegt[i];
            }
        }
        int sft = normS(max);
        for (int i = 0; i < M; i++) {
            wegt[i] = (short) shl(wegt[i], sft);
        }
    }

    private static int weightOf(int d) {
        if (d > 0) {
            return 2048;
        }
        int acc = lMult(d, d);
        int t = extractH(lShl(acc, 2));
        acc = lMult(t, CONST10);
        t = extractH(lShl(acc, 2));
        return add(t, 2048);
    }
}
