package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * LP filtering primitives of the reference code (FILTER.C): the synthesis filter
 * 1/A(z), the inverse (residual) filter A(z) and the convolution with an impulse
 * response. Stateless; filter memories are owned by the caller.
 */
public final class Filters {
    private Filters() {
    }

    /**
     * Convolution y[n] = sum_{i&lt;=n} x[i] h[n-i] (h in Q12), for n = 0..l-1; the result
     * is scaled by 2^3 with saturation and its high 16 bits kept.
     */
    public static void convolve(short[] x, int xOff, short[] h, int hOff, short[] y, int yOff, int l) {
        for (int n = 0; n < l; n++) {
            int s = 0;
            for (int i = 0; i <= n; i++) {
                s = lMac(s, x[xOff + i], h[hOff + n - i]);
            }
            y[yOff + n] = (short) (lShl(s, 3) >> 16);
        }
    }

    /**
     * Synthesis filtering 1/A(z) of lg samples (a[0..M] in Q12). mem[0..M-1] holds the
     * last M outputs of the previous call (oldest first); it is updated when update != 0.
     * x and y may be the same array region, and mem may overlap y.
     */
    public static void synFilt(short[] a, int aOff, short[] x, int xOff, short[] y, int yOff, int lg,
            short[] mem, int update) {
        synFiltOverflow(a, aOff, x, xOff, y, yOff, lg, mem, 0, update != 0);
    }

    /** {@link #synFilt} with the memory at mem[memOff..memOff+M-1]. */
    public static void synFilt(short[] a, int aOff, short[] x, int xOff, short[] y, int yOff, int lg,
            short[] mem, int memOff, int update) {
        synFiltOverflow(a, aOff, x, xOff, y, yOff, lg, mem, memOff, update != 0);
    }

    /**
     * {@link #synFilt} that also tells whether any basic operation of the filtering
     * saturated (the reference code's Overflow flag, reset before the call and tested
     * after it, as in the decoder's synthesis step).
     *
     * @return true if a saturation occurred
     */
    public static boolean synFiltOverflow(short[] a, int aOff, short[] x, int xOff, short[] y, int yOff,
            int lg, short[] mem, int memOff, boolean update) {
        // the last M outputs, h1 the most recent; held in locals so that x, y and mem may alias
        int h1 = mem[memOff + 9], h2 = mem[memOff + 8], h3 = mem[memOff + 7], h4 = mem[memOff + 6];
        int h5 = mem[memOff + 5], h6 = mem[memOff + 4], h7 = mem[memOff + 3], h8 = mem[memOff + 2];
        int h9 = mem[memOff + 1], h10 = mem[memOff];
        final int a0 = a[aOff], a1 = a[aOff + 1], a2 = a[aOff + 2], a3 = a[aOff + 3], a4 = a[aOff + 4];
        final int a5 = a[aOff + 5], a6 = a[aOff + 6], a7 = a[aOff + 7], a8 = a[aOff + 8];
        final int a9 = a[aOff + 9], a10 = a[aOff + 10];
        final boolean fastOk = noMin16(a, aOff);
        boolean overflow = false;
        for (int i = 0; i < lg; i++) {
            int xi = x[xOff + i];
            int s;
            boolean exact = false;
            if (fastOk) {
                // exact sum in 64 bits; valid if no partial sum leaves the 32-bit range
                long acc = 2L * xi * a0;
                long bad = acc + 0x80000000L;
                acc -= 2L * a1 * h1;
                bad |= acc + 0x80000000L;
                acc -= 2L * a2 * h2;
                bad |= acc + 0x80000000L;
                acc -= 2L * a3 * h3;
                bad |= acc + 0x80000000L;
                acc -= 2L * a4 * h4;
                bad |= acc + 0x80000000L;
                acc -= 2L * a5 * h5;
                bad |= acc + 0x80000000L;
                acc -= 2L * a6 * h6;
                bad |= acc + 0x80000000L;
                acc -= 2L * a7 * h7;
                bad |= acc + 0x80000000L;
                acc -= 2L * a8 * h8;
                bad |= acc + 0x80000000L;
                acc -= 2L * a9 * h9;
                bad |= acc + 0x80000000L;
                acc -= 2L * a10 * h10;
                bad |= acc + 0x80000000L;
                exact = (bad >>> 32) == 0;
                s = (int) acc;
            } else {
                s = 0;
            }
            if (!exact) {
                // the reference computation with saturating operations, for the rare
                // sample where the fast path above cannot be exact; it also tracks the
                // Overflow flag per operation. Written out like the fast path because the
                // past outputs live in locals h1..h10 (x, y and mem may alias, and the
                // fast path is the filter's speed), so there is no array to loop over.
                int p = lMult(xi, a0);
                boolean o = xi == MIN_16 && a0 == MIN_16;
                s = p;
                int prev;
                prev = s;
                s = lMsu(prev, a1, h1);
                o |= msuSaturates(prev, a1, h1);
                prev = s;
                s = lMsu(prev, a2, h2);
                o |= msuSaturates(prev, a2, h2);
                prev = s;
                s = lMsu(prev, a3, h3);
                o |= msuSaturates(prev, a3, h3);
                prev = s;
                s = lMsu(prev, a4, h4);
                o |= msuSaturates(prev, a4, h4);
                prev = s;
                s = lMsu(prev, a5, h5);
                o |= msuSaturates(prev, a5, h5);
                prev = s;
                s = lMsu(prev, a6, h6);
                o |= msuSaturates(prev, a6, h6);
                prev = s;
                s = lMsu(prev, a7, h7);
                o |= msuSaturates(prev, a7, h7);
                prev = s;
                s = lMsu(prev, a8, h8);
                o |= msuSaturates(prev, a8, h8);
                prev = s;
                s = lMsu(prev, a9, h9);
                o |= msuSaturates(prev, a9, h9);
                prev = s;
                s = lMsu(prev, a10, h10);
                o |= msuSaturates(prev, a10, h10);
                overflow |= o;
            }
            // L_shl(s, 3) and round()
            int out;
            if (s >= -0x10000000 && s < 0x10000000) {
                s <<= 3;
                if (s > 0x7fff7fff) {
                    overflow = true;
                    out = MAX_16;
                } else {
                    out = (s + 0x8000) >> 16;
                }
            } else {
                overflow = true;
                s = s > 0 ? MAX_32 : MIN_32;
                out = round(s);
            }
            h10 = h9;
            h9 = h8;
            h8 = h7;
            h7 = h6;
            h6 = h5;
            h5 = h4;
            h4 = h3;
            h3 = h2;
            h2 = h1;
            h1 = out;
            y[yOff + i] = (short) out;
        }
        if (update) {
            System.arraycopy(y, yOff + lg - M, mem, memOff, M);
        }
        return overflow;
    }

    /**
     * Whether none of a[aOff..aOff+M] is -32768: a product -32768*-32768 is the only
     * way an L_mult saturates, so the fast paths need this.
     */
    private static boolean noMin16(short[] a, int aOff) {
        for (int j = 0; j <= M; j++) {
            if (a[aOff + j] == MIN_16) {
                return false;
            }
        }
        return true;
    }

    /** Whether lMsu(acc, a, b) saturates in its L_mult or its L_sub. */
    private static boolean msuSaturates(int acc, int a, int b) {
        if (a == MIN_16 && b == MIN_16) {
            return true;
        }
        long e = (long) acc - 2L * a * b;
        return e > MAX_32 || e < MIN_32;
    }

    /**
     * Residual (inverse) filtering with A(z): y[i] = sum_j a[j] x[i-j], a in Q12;
     * x[xOff-M .. xOff-1] must hold the past input. y must not overlap x.
     */
    public static void residu(short[] a, int aOff, short[] x, int xOff, short[] y, int yOff, int lg) {
        final int a0 = a[aOff], a1 = a[aOff + 1], a2 = a[aOff + 2], a3 = a[aOff + 3], a4 = a[aOff + 4];
        final int a5 = a[aOff + 5], a6 = a[aOff + 6], a7 = a[aOff + 7], a8 = a[aOff + 8];
        final int a9 = a[aOff + 9], a10 = a[aOff + 10];
        final boolean fastOk = noMin16(a, aOff);
        for (int i = 0; i < lg; i++) {
            final int b = xOff + i;
            int s;
            boolean exact = false;
            if (fastOk) {
                // exact sum in 64 bits; valid if no partial sum leaves the 32-bit range
                long acc = 2L * x[b] * a0;
                long bad = acc + 0x80000000L;
                acc += 2L * a1 * x[b - 1];
                bad |= acc + 0x80000000L;
                acc += 2L * a2 * x[b - 2];
                bad |= acc + 0x80000000L;
                acc += 2L * a3 * x[b - 3];
                bad |= acc + 0x80000000L;
                acc += 2L * a4 * x[b - 4];
                bad |= acc + 0x80000000L;
                acc += 2L * a5 * x[b - 5];
                bad |= acc + 0x80000000L;
                acc += 2L * a6 * x[b - 6];
                bad |= acc + 0x80000000L;
                acc += 2L * a7 * x[b - 7];
                bad |= acc + 0x80000000L;
                acc += 2L * a8 * x[b - 8];
                bad |= acc + 0x80000000L;
                acc += 2L * a9 * x[b - 9];
                bad |= acc + 0x80000000L;
                acc += 2L * a10 * x[b - 10];
                bad |= acc + 0x80000000L;
                exact = (bad >>> 32) == 0;
                s = (int) acc;
            } else {
                s = 0;
            }
            if (!exact) {
                // the reference computation with saturating operations, for the rare
                // sample where the unrolled fast path above cannot be exact
                s = lMult(x[b], a0);
                for (int j = 1; j <= M; j++) {
                    s = lMac(s, a[aOff + j], x[b - j]);
                }
            }
            y[yOff + i] = (short) round(lShl(s, 3));
        }
    }
}
