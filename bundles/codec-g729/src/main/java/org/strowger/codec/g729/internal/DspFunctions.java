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
        int lx = lMult(fraction, 32);
        int i = lx >> 16;                  // bits 10..15 of fraction
        int a = (short) (lx >> 1) & 0x7fff; // bits 0..9 of fraction
        lx = Tables.TABPOW[i] << 16;
        int tmp = sub(Tables.TABPOW[i], Tables.TABPOW[i + 1]);
        lx = lMsu(lx, tmp, a);
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
        lx = lx >> 9;
        int i = lx >> 16;                  // bits 25..31
        int a = (short) (lx >> 1) & 0x7fff; // bits 10..24
        i -= 32;
        int ly = Tables.TABLOG[i] << 16;
        int tmp = sub(Tables.TABLOG[i], Tables.TABLOG[i + 1]);
        ly = lMsu(ly, tmp, a);
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
        lx = lx >> 9;
        int i = lx >> 16;                  // bits 25..31
        int a = (short) (lx >> 1) & 0x7fff; // bits 10..24
        i -= 16;
        int ly = Tables.TABSQR[i] << 16;
        int tmp = sub(Tables.TABSQR[i], Tables.TABSQR[i + 1]);
        ly = lMsu(ly, tmp, a);
        return lShr(ly, exp);
    }
}
