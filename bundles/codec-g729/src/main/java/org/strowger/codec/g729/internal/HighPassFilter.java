package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;

/**
 * The second order pole/zero high-pass filter of the encoder's pre-processing
 * (G.729 3.1, Pre_Process: 140 Hz cut-off, the signal halved) and of the
 * decoder's post-processing (4.2.5, Post_Process: 100 Hz cut-off, the signal
 * doubled): the same filter with other coefficients and output scaling.
 *
 * <p>The filter output history is kept in double precision (hi/lo pairs in
 * the DPF format of {@link Oper32}) so that the recursive part does not lose
 * precision; the input history is two plain samples. One instance per
 * encoder or decoder channel.
 */
final class HighPassFilter {

    private final int a1, a2, b0, b1, b2;
    /** Shift that brings the sum to the Q of the output history. */
    private final int stateShift;
    /** Further shift from the history to the output sample (the up-scaling). */
    private final int outShift;

    private int y2Hi, y2Lo, y1Hi, y1Lo;
    private int x0, x1;

    private HighPassFilter(short[] a, short[] b, int stateShift, int outShift) {
        this.a1 = a[1];
        this.a2 = a[2];
        this.b0 = b[0];
        this.b1 = b[1];
        this.b2 = b[2];
        this.stateShift = stateShift;
        this.outShift = outShift;
        reset();
    }

    /**
     * Pre_Process: 140 Hz cut-off, coefficients in Q12 (the numerator already
     * divided by two, {@link Tables#B140}), the sum brought back to Q15 by a
     * shift of three.
     */
    static HighPassFilter preProcessing() {
        return new HighPassFilter(Tables.A140, Tables.B140, 3, 0);
    }

    /**
     * Post_Process: 100 Hz cut-off, coefficients in Q13, the sum shifted by two
     * and the output by one more (the up-scaling by two).
     */
    static HighPassFilter postProcessing() {
        return new HighPassFilter(Tables.A100, Tables.B100, 2, 1);
    }

    /** Clears the filter memories (the state of a freshly started coder). */
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
     * y[i] = b0 x[i] + b1 x[i-1] + b2 x[i-2] + a1 y[i-1] + a2 y[i-2].
     */
    void process(short[] signal, int off, int lg) {
        final int c1 = a1, c2 = a2, d0 = b0, d1 = b1, d2 = b2;
        int yy1Hi = y1Hi, yy1Lo = y1Lo, yy2Hi = y2Hi, yy2Lo = y2Lo;
        int xx0 = x0, xx1 = x1;
        for (int i = 0; i < lg; i++) {
            int xx2 = xx1;
            xx1 = xx0;
            xx0 = signal[off + i];

            /* Mpy_32_16(y1) + Mpy_32_16(y2) + L_mac(x0, x1, x2): the sum is taken
               in 64 bits and is the reference's whenever no partial sum leaves
               the 32-bit range (none of the coefficients is -32768, so neither
               L_mult nor Mpy_32_16 can saturate); otherwise it is redone with
               the saturating operations. */
            long acc = 2L * (yy1Hi * c1 + ((yy1Lo * c1) >> 15));
            acc += 2L * (yy2Hi * c2 + ((yy2Lo * c2) >> 15));
            long bad = acc + 0x80000000L;
            acc += 2L * xx0 * d0;
            bad |= acc + 0x80000000L;
            acc += 2L * xx1 * d1;
            bad |= acc + 0x80000000L;
            acc += 2L * xx2 * d2;
            bad |= acc + 0x80000000L;
            int l;
            if ((bad >>> 32) == 0) {
                l = (int) acc;
            } else {
                l = Oper32.mpy32x16(yy1Hi, yy1Lo, c1);
                l = lAdd(l, Oper32.mpy32x16(yy2Hi, yy2Lo, c2));
                l = lMac(l, xx0, d0);
                l = lMac(l, xx1, d1);
                l = lMac(l, xx2, d2);
            }
            l = lShl(l, stateShift);
            signal[off + i] = (short) round(outShift == 0 ? l : lShl(l, outShift));

            yy2Hi = yy1Hi;
            yy2Lo = yy1Lo;
            yy1Hi = Oper32.extractHi(l);
            yy1Lo = Oper32.extractLo(l);
        }
        y1Hi = yy1Hi;
        y1Lo = yy1Lo;
        y2Hi = yy2Hi;
        y2Lo = yy2Lo;
        x0 = xx0;
        x1 = xx1;
    }
}
