package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Adaptive codebook vector (PRED_LT3.C, 3.7.1): long-term prediction from the past
 * excitation with a fractional lag of 1/3 resolution, interpolated with the
 * windowed sinc filter inter_3l.
 */
public final class PitchInterpolation {
    private PitchInterpolation() {
    }

    /**
     * Writes exc[excOff .. excOff+lSubfr-1] = the past excitation delayed by t0 - frac/3
     * (frac in -1..2); exc[excOff - t0 - 11 ..] must hold the past excitation.
     */
    public static void predLt3(short[] exc, int excOff, int t0, int frac, int lSubfr) {
        int x0 = excOff - t0;
        frac = -frac;
        if (frac < 0) {
            frac += UP_SAMP;
            x0--;
        }
        final short[] c = Tables.INTER_3L;
        final int f1 = frac;
        final int f2 = UP_SAMP - frac;
        // the 20 filter taps of this fraction
        final int c10 = c[f1], c11 = c[f1 + 3], c12 = c[f1 + 6], c13 = c[f1 + 9], c14 = c[f1 + 12];
        final int c15 = c[f1 + 15], c16 = c[f1 + 18], c17 = c[f1 + 21], c18 = c[f1 + 24], c19 = c[f1 + 27];
        final int c20 = c[f2], c21 = c[f2 + 3], c22 = c[f2 + 6], c23 = c[f2 + 9], c24 = c[f2 + 12];
        final int c25 = c[f2 + 15], c26 = c[f2 + 18], c27 = c[f2 + 21], c28 = c[f2 + 24], c29 = c[f2 + 27];
        for (int j = 0; j < lSubfr; j++) {
            final int x1 = x0++;
            final int x2 = x0;
            // exact 64-bit sum in the order of the reference, valid unless a partial sum
            // leaves the 32-bit range. Fast path and fallback compute the same sum on
            // purpose: the fast one, unrolled with the 20 taps in locals, is the one that
            // runs (for every sample of every subframe in the encoder's pitch search and
            // in both coders' excitation); the saturating loop below is the reference
            // computation for the rare input where an L_mac would saturate
            long acc = 2L * exc[x1] * c10;
            long bad = acc + 0x80000000L;
            acc += 2L * exc[x2] * c20;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 1] * c11;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 1] * c21;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 2] * c12;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 2] * c22;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 3] * c13;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 3] * c23;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 4] * c14;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 4] * c24;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 5] * c15;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 5] * c25;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 6] * c16;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 6] * c26;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 7] * c17;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 7] * c27;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 8] * c18;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 8] * c28;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x1 - 9] * c19;
            bad |= acc + 0x80000000L;
            acc += 2L * exc[x2 + 9] * c29;
            bad |= acc + 0x80000000L;
            int s;
            if ((bad >>> 32) == 0) {
                s = (int) acc;
            } else {
                // the table has no -32768, so only the accumulation can saturate
                s = 0;
                for (int i = 0, k = 0; i < L_INTER10; i++, k += UP_SAMP) {
                    s = lMac(s, exc[x1 - i], c[f1 + k]);
                    s = lMac(s, exc[x2 + i], c[f2 + k]);
                }
            }
            exc[excOff + j] = (short) round(s);
        }
    }
}
