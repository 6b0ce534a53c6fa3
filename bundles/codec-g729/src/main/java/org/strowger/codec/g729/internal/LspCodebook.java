package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Reconstruction of quantized LSFs from codebook indices (LSPGETQ.C), shared by the
 * LSP quantizer of the encoder and the LSP decoder (3.2.4): two-stage codebook
 * vector, rearrangement with minimum gaps, switched MA prediction from the previous
 * frames and the final stability check.
 */
public final class LspCodebook {
    private LspCodebook() {
    }

    /**
     * Quantized LSF vector (Q13) from the first stage index code0 and the second stage
     * indices code1 (lower half) and code2 (upper half), with MA predictor fg / fgSum;
     * shifts the predictor memory freqPrev (its rows are rotated, so callers must not
     * keep references to single rows).
     */
    public static void lspGetQuant(short[][] lspcb1, short[][] lspcb2, int code0, int code1, int code2,
            short[][] fg, short[][] freqPrev, short[] lspq, int lspqOff, short[] fgSum) {
        short[] c1 = lspcb1[code0];
        short[] c21 = lspcb2[code1];
        short[] c22 = lspcb2[code2];
        // the code vector is built in lspq itself
        for (int j = 0; j < NC; j++) {
            lspq[lspqOff + j] = (short) add(c1[j], c21[j]);
        }
        for (int j = NC; j < M; j++) {
            lspq[lspqOff + j] = (short) add(c1[j], c22[j]);
        }
        lspExpand12(lspq, lspqOff, GAP1);
        lspExpand12(lspq, lspqOff, GAP2);
        // MA prediction (Lsp_prev_compose) fused with the memory update (Lsp_prev_update):
        // the oldest row is consumed element by element and replaced by the code vector,
        // then becomes the newest row
        short[] oldest = freqPrev[MA_NP - 1];
        for (int j = 0; j < M; j++) {
            int b = lspq[lspqOff + j];
            int acc = lMult(b, fgSum[j]);
            for (int k = 0; k < MA_NP; k++) {
                acc = lMac(acc, freqPrev[k][j], fg[k][j]);
            }
            oldest[j] = (short) b;
            lspq[lspqOff + j] = (short) (acc >> 16);
        }
        for (int k = MA_NP - 1; k > 0; k--) {
            freqPrev[k] = freqPrev[k - 1];
        }
        freqPrev[0] = oldest;
        lspStability(lspq, lspqOff);
    }

    /** {@link #lspGetQuant} writing lspq from offset 0. */
    public static void lspGetQuant(short[][] lspcb1, short[][] lspcb2, int code0, int code1, int code2,
            short[][] fg, short[][] freqPrev, short[] lspq, short[] fgSum) {
        lspGetQuant(lspcb1, lspcb2, code0, code1, code2, fg, freqPrev, lspq, 0, fgSum);
    }

    /** {@link #lspExpand1} on buf from offset 0. */
    public static void lspExpand1(short[] buf, int gap) {
        lspExpand1(buf, 0, gap);
    }

    /** {@link #lspExpand2} on buf from offset 0. */
    public static void lspExpand2(short[] buf, int gap) {
        lspExpand2(buf, 0, gap);
    }

    /** {@link #lspExpand12} on buf from offset 0. */
    public static void lspExpand12(short[] buf, int gap) {
        lspExpand12(buf, 0, gap);
    }

    /** {@link #lspPrevExtract} on whole arrays. */
    public static void lspPrevExtract(short[] lsp, short[] lspEle, short[][] fg, short[][] freqPrev,
            short[] fgSumInv) {
        lspPrevExtract(lsp, 0, lspEle, 0, fg, freqPrev, fgSumInv);
    }

    /** {@link #lspPrevCompose} on whole arrays. */
    public static void lspPrevCompose(short[] lspEle, short[] lsp, short[][] fg, short[][] freqPrev,
            short[] fgSum) {
        lspPrevCompose(lspEle, 0, lsp, 0, fg, freqPrev, fgSum);
    }

    /** {@link #lspPrevUpdate} on whole arrays. */
    public static void lspPrevUpdate(short[] lspEle, short[][] freqPrev) {
        lspPrevUpdate(lspEle, 0, freqPrev);
    }

    /** {@link #lspStability} from offset 0. */
    public static void lspStability(short[] buf) {
        lspStability(buf, 0);
    }

    /** Minimum distance rearrangement of the lower half buf[0..NC-1]. */
    public static void lspExpand1(short[] buf, int off, int gap) {
        for (int j = 1; j < NC; j++) {
            expandPair(buf, off + j, gap);
        }
    }

    /** Minimum distance rearrangement of the upper half buf[NC-1..M-1]. */
    public static void lspExpand2(short[] buf, int off, int gap) {
        for (int j = NC; j < M; j++) {
            expandPair(buf, off + j, gap);
        }
    }

    /** Minimum distance rearrangement of the whole vector. */
    public static void lspExpand12(short[] buf, int off, int gap) {
        for (int j = 1; j < M; j++) {
            expandPair(buf, off + j, gap);
        }
    }

    private static void expandPair(short[] buf, int j, int gap) {
        int diff = sub(buf[j - 1], buf[j]);
        int tmp = shr(add(diff, gap), 1);
        if (tmp > 0) {
            buf[j - 1] = (short) sub(buf[j - 1], tmp);
            buf[j] = (short) add(buf[j], tmp);
        }
    }

    /** lsp = fgSum * lspEle + sum_k fg[k] * freqPrev[k] (MA prediction, Q13). */
    public static void lspPrevCompose(short[] lspEle, int eleOff, short[] lsp, int lspOff, short[][] fg,
            short[][] freqPrev, short[] fgSum) {
        for (int j = 0; j < M; j++) {
            int acc = lMult(lspEle[eleOff + j], fgSum[j]);
            for (int k = 0; k < MA_NP; k++) {
                acc = lMac(acc, freqPrev[k][j], fg[k][j]);
            }
            lsp[lspOff + j] = (short) (acc >> 16);
        }
    }

    /** Inverse of {@link #lspPrevCompose}: the prediction residual of lsp (Q13). */
    public static void lspPrevExtract(short[] lsp, int lspOff, short[] lspEle, int eleOff, short[][] fg,
            short[][] freqPrev, short[] fgSumInv) {
        for (int j = 0; j < M; j++) {
            int t = lsp[lspOff + j] << 16;
            for (int k = 0; k < MA_NP; k++) {
                t = lMsu(t, freqPrev[k][j], fg[k][j]);
            }
            int temp = t >> 16;
            t = lMult(temp, fgSumInv[j]);
            lspEle[eleOff + j] = (short) (lShl(t, 3) >> 16);
        }
    }

    /** Shifts the MA predictor memory and stores the newest code vector in freqPrev[0]. */
    public static void lspPrevUpdate(short[] lspEle, int eleOff, short[][] freqPrev) {
        for (int k = MA_NP - 1; k > 0; k--) {
            System.arraycopy(freqPrev[k - 1], 0, freqPrev[k], 0, M);
        }
        System.arraycopy(lspEle, eleOff, freqPrev[0], 0, M);
    }

    /** Ordering, minimum value, minimum distance GAP3 and maximum value of the LSFs. */
    public static void lspStability(short[] buf, int off) {
        for (int j = 0; j < M - 1; j++) {
            if (buf[off + j + 1] - buf[off + j] < 0) {
                short tmp = buf[off + j + 1];
                buf[off + j + 1] = buf[off + j];
                buf[off + j] = tmp;
            }
        }
        if (buf[off] < L_LIMIT) {
            buf[off] = L_LIMIT;
        }
        for (int j = 0; j < M - 1; j++) {
            int diff = buf[off + j + 1] - buf[off + j];
            if (diff - GAP3 < 0) {
                buf[off + j + 1] = (short) add(buf[off + j], GAP3);
            }
        }
        if (buf[off + M - 1] > M_LIMIT) {
            buf[off + M - 1] = M_LIMIT;
        }
    }
}
