package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;

/**
 * Mathematical functions of the reference code (DSPFUNC.C): 2^x, log2(x) and
 * 1/sqrt(x), each by table look-up and linear interpolation.
 */
public final class DspFunctions {
    private DspFunctions() {
    }

    /**
     * 2^(exponent.fraction).
     *
     * @param exponent integer part, 0..30
     * @param fraction fractional part, Q15
     * @return the power in Q0
     */
    public static int pow2(int exponent, int fraction) {
        // index: bits 10..15 of fraction, interpolation factor: bits 0..9
        int lx = interpolate(Tables.TABPOW, lMult(fraction, 32), 0);
        return lShrR(lx, sub(30, exponent));
    }

    /**
     * log2(lx) for lx &gt; 0 (0, 0 otherwise).
     *
     * @param out out[0] = integer part (exponent, 0..30), out[1] = fraction in Q15
     */
    public static void log2(int lx, int[] out) {
        int r = log2Packed(lx);
        out[0] = r >> 16;
        out[1] = r & 0xffff;
    }

    /**
     * log2(lx) as one int: exponent &lt;&lt; 16 | fraction (both are non-negative 16-bit
     * values), for callers that want no output array.
     */
    public static int log2Packed(int lx) {
        if (lx <= 0) {
            return 0;
        }
        int exp = normL(lx);
        lx = lShl(lx, exp);
        int exponent = sub(30, exp);
        // index: bits 25..31 of the normalised lx, interpolation factor: bits 10..24
        int ly = interpolate(Tables.TABLOG, lx >> 9, 32);
        return (exponent << 16) | ((ly >> 16) & 0xffff);
    }

    /**
     * 1/sqrt(lx) in Q30 for lx &gt; 0 (0x3fffffff otherwise).
     */
    public static int invSqrt(int lx) {
        if (lx <= 0) {
            return 0x3fffffff;
        }
        int exp = normL(lx);
        lx = lShl(lx, exp);
        exp = 30 - exp;
        if ((exp & 1) == 0) {
            lx = lx >> 1;
        }
        exp = (exp >> 1) + 1;
        // index: bits 25..31 of the normalised lx, interpolation factor: bits 10..24
        int ly = interpolate(Tables.TABSQR, lx >> 9, 16);
        return lShr(ly, exp);
    }

    /**
     * The table interpolation shared by the three functions: with i = (x &gt;&gt; 16) - first
     * and a = bits 1..15 of x, table[i] &lt;&lt; 16 - (table[i] - table[i+1]) * a * 2 (L_msu).
     */
    private static int interpolate(short[] table, int x, int first) {
        int i = (x >> 16) - first;
        int a = (short) (x >> 1) & 0x7fff;
        int tmp = sub(table[i], table[i + 1]);
        return lMsu(table[i] << 16, tmp, a);
    }
}
