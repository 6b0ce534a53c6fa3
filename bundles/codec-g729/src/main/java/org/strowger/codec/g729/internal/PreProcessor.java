package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;

/**
 * G.729 section 3.1, pre-processing of the input speech: a second order
 * pole/zero high-pass filter with a cut-off frequency of 140 Hz that also
 * halves the signal (the numerator coefficients {@link Tables#B140} are
 * already divided by two).
 *
 * <p>The filter output history is kept in double precision (hi/lo pairs in
 * the DPF format of {@link Oper32}) so that the recursive part does not lose
 * precision; the input history is two plain samples. One instance per
 * encoder channel.
 */
final class PreProcessor {

    private int y2Hi, y2Lo, y1Hi, y1Lo;
    private int x0, x1;

    PreProcessor() {
        reset();
    }

    /** Clears the filter memories (the state of a freshly started encoder). */
    void reset() {
        y2Hi = 0;
        y2Lo = 0;
        y1Hi = 0;
        y1Lo = 0;
        x0 = 0;
        x1 = 0;
    }

    /**
     * Filters {@code lg} samples in place:
     * y[i] = b0 x[i] + b1 x[i-1] + b2 x[i-2] + a1 y[i-1] + a2 y[i-2], with
     * the coefficients in Q12 (the sum is brought back to Q15 by a shift of
     * three before rounding to 16 bits).
     */
    void process(short[] signal, int off, int lg) {
        final int a1 = Tables.A140[1];
        final int a2 = Tables.A140[2];
        final int b0 = Tables.B140[0];
        final int b1 = Tables.B140[1];
        final int b2 = Tables.B140[2];
        int yy1Hi = y1Hi, yy1Lo = y1Lo, yy2Hi = y2Hi, yy2Lo = y2Lo;
        int xx0 = x0, xx1 = x1;
        for (int i = 0; i < lg; i++) {
            int xx2 = xx1;
            xx1 = xx0;
            xx0 = signal[off + i];

            /* 2 y1 a1 + 2 y2 a2 + 2 (b0 x0 + b1 x1 + b2 x2): with these
               coefficients the magnitude stays below 1.26e9, so the
               reference's saturating adds never saturate and the sum is
               computed in plain int arithmetic (the DPF lo parts are
               non-negative, so mult(lo, a) cannot saturate either). */
            int acc = ((yy1Hi * a1 + ((yy1Lo * a1) >> 15)) << 1)
                    + ((yy2Hi * a2 + ((yy2Lo * a2) >> 15)) << 1)
                    + ((xx0 * b0 + xx1 * b1 + xx2 * b2) << 1);
            acc = lShl(acc, 3);
            signal[off + i] = (short) round(acc);

            yy2Hi = yy1Hi;
            yy2Lo = yy1Lo;
            yy1Hi = Oper32.extractHi(acc);
            yy1Lo = Oper32.extractLo(acc);
        }
        y1Hi = yy1Hi;
        y1Lo = yy1Lo;
        y2Hi = yy2Hi;
        y2Lo = yy2Lo;
        x0 = xx0;
        x1 = xx1;
    }
}
