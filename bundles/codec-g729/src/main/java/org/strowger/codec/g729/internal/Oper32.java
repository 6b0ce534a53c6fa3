package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;

/**
 * Double precision operations of the reference code (OPER_32B.C). A 32-bit value is
 * split into a "DPF" pair hi, lo with L = hi&lt;&lt;16 + lo&lt;&lt;1, both 16-bit signed,
 * which allows cheap 32x16 and 32x32 fractional multiplications.
 */
public final class Oper32 {
    private Oper32() {
    }

    /** High part of the DPF split: bits 16..31. */
    public static int extractHi(int l32) {
        return l32 >> 16;
    }

    /** Low part of the DPF split: (L - hi&lt;&lt;16) &gt;&gt; 1. */
    public static int extractLo(int l32) {
        return (short) lMsu(l32 >> 1, l32 >> 16, 16384);
    }

    /** Composes hi&lt;&lt;16 + lo&lt;&lt;1. */
    public static int lComp(int hi, int lo) {
        return lMac(hi << 16, lo, 1);
    }

    /** Product of two DPF numbers, divided by 2^31 (Q31 x Q31 -&gt; Q31). */
    public static int mpy32(int hi1, int lo1, int hi2, int lo2) {
        int l = lMult(hi1, hi2);
        l = lMac(l, mult(hi1, lo2), 1);
        return lMac(l, mult(lo1, hi2), 1);
    }

    /** Product of a DPF number and a 16-bit number, divided by 2^15 (Q31 x Q15 -&gt; Q31). */
    public static int mpy32x16(int hi, int lo, int n) {
        return lMac(lMult(hi, n), mult(lo, n), 1);
    }

    /**
     * Fractional division lNum / (denomHi&lt;&lt;16 + denomLo&lt;&lt;1), 0 &lt; lNum &lt; denominator,
     * denomHi normalised; result in Q31 (24 bits of precision).
     */
    public static int div32(int lNum, int denomHi, int denomLo) {
        int approx = divS(0x3fff, denomHi);          // 1/denom_hi in Q14
        int l = mpy32x16(denomHi, denomLo, approx);  // Q30
        l = lSub(0x7fffffff, l);
        l = mpy32x16(extractHi(l), extractLo(l), approx); // 1/L_denom in Q29
        l = mpy32(extractHi(lNum), extractLo(lNum), extractHi(l), extractLo(l));
        return lShl(l, 2);
    }
}
