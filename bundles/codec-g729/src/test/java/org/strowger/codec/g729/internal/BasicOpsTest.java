package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.strowger.codec.g729.internal.BasicOps.*;

import org.junit.Test;

/** Saturation and corner cases of the basic operators, from the definitions of BASIC_OP.C. */
public class BasicOpsTest {

    @Test
    public void addSubSaturate() {
        assertEquals(32767, add(32767, 1));
        assertEquals(-32768, add(-32768, -1));
        assertEquals(-32768, sub(-32768, 1));
        assertEquals(32767, sub(0, -32768));
        assertEquals(-1, add(32767, -32768));
    }

    @Test
    public void multiplications() {
        assertEquals(0x7fffffff, lMult(-32768, -32768));
        assertEquals(-0x80000000 + 0x10000, lMult(-32768, 32767));
        assertEquals(2, lMult(1, 1));
        assertEquals(32767, mult(-32768, -32768));
        assertEquals(-32767, mult(-32768, 32767));
        assertEquals(-1, mult(-1, 1));   // arithmetic shift rounds toward -infinity
        assertEquals(0, multR(-1, 1));
        assertEquals(32767, multR(-32768, -32768));
        assertEquals(16384, multR(32767, 16384));
    }

    @Test
    public void shifts16() {
        assertEquals(32767, shl(16384, 1));
        assertEquals(-32768, shl(-16385, 1));
        assertEquals(-32768, shl(-16384, 1));
        assertEquals(32767, shl(1, 16));
        assertEquals(0, shl(0, 20));
        assertEquals(2, shl(8, -2));
        assertEquals(-1, shr(-1, 20));
        assertEquals(0, shr(32767, 15));
        assertEquals(-2, shr(-3, 1));
        assertEquals(32767, shr(1, -15));
        assertEquals(2, shrR(3, 1));
        assertEquals(-1, shrR(-3, 1));
        assertEquals(0, shrR(32767, 16));
    }

    @Test
    public void shifts32() {
        assertEquals(0x7fffffff, lShl(0x40000000, 1));
        assertEquals(0x80000000, lShl(0xbfffffff, 1));
        assertEquals(0x80000000, lShl(0xc0000000, 1));
        assertEquals(0x7fffffff, lShl(1, 40));
        assertEquals(0, lShl(0, 40));
        assertEquals(-1, lShr(-5, 31));
        assertEquals(0, lShr(0x7fffffff, 31));
        assertEquals(0x7fffffff, lShr(0x1000, -30));
        assertEquals(2, lShrR(3, 1));
        assertEquals(1, lShrR(0x40000000, 31));
        assertEquals(0, lShrR(0x7fffffff, 32));
    }

    @Test
    public void add32Saturates() {
        assertEquals(0x7fffffff, lAdd(0x7fffffff, 1));
        assertEquals(0x80000000, lAdd(0x80000000, -1));
        assertEquals(0x7fffffff, lSub(0, 0x80000000));
        assertEquals(0x80000000, lSub(-2, 0x7fffffff));
        assertEquals(0x7fffffff, lMac(0x7fffffff, 1, 1));
        assertEquals(0x80000000, lMsu(0x80000000, 1, 1));
        assertEquals(0x7fffffff, lMac(0, -32768, -32768));
        assertEquals(0x7fff, round(0x7fffffff));
        assertEquals(1, round(0x8000));
        assertEquals(0, round(0x7fff));
    }

    @Test
    public void negationsAndAbs() {
        assertEquals(32767, negate(-32768));
        assertEquals(32767, absS(-32768));
        assertEquals(5, absS(-5));
        assertEquals(0x7fffffff, lNegate(0x80000000));
        assertEquals(0x7fffffff, lAbs(0x80000000));
        assertEquals(-7, lNegate(7));
    }

    @Test
    public void extractAndDeposit() {
        assertEquals(-1, extractH(0xffff1234));
        assertEquals(0x1234, extractL(0xffff1234));
        assertEquals(-32768, extractL(0x8000));
        assertEquals(0x12340000, lDepositH(0x1234));
        assertEquals(-32768 << 16, lDepositH(-32768));
        assertEquals(-5, lDepositL(-5));
    }

    @Test
    public void normalisation() {
        assertEquals(0, normS(0));
        assertEquals(15, normS(-1));
        assertEquals(14, normS(1));
        assertEquals(0, normS(16384));
        assertEquals(0, normS(-32768));
        assertEquals(0, normS(-16385));
        assertEquals(1, normS(-16384));
        assertEquals(0, normL(0));
        assertEquals(31, normL(-1));
        assertEquals(30, normL(1));
        assertEquals(0, normL(0x40000000));
        assertEquals(0, normL(0x80000000));
        assertEquals(1, normL(0xc0000000));
    }

    @Test
    public void division() {
        assertEquals(0, divS(0, 5));
        assertEquals(32767, divS(7, 7));
        assertEquals(16384, divS(1, 2));
        assertEquals(10922, divS(1, 3));
        assertEquals(32766, divS(32766, 32767));
        assertEquals(21845, divS(2, 3));
    }

    @Test(expected = ArithmeticException.class)
    public void divisionRejectsNumeratorAboveDenominator() {
        divS(3, 2);
    }

    @Test
    public void divisionMatchesRestoringLoop() {
        for (int b = 1; b <= 32767; b += 37) {
            for (int a = 0; a <= b; a += 13) {
                assertEquals(a + "/" + b, referenceDivS(a, b), divS(a, b));
            }
        }
    }

    /** The 15-iteration restoring division as the reference describes it. */
    private static int referenceDivS(int a, int b) {
        if (a == 0) {
            return 0;
        }
        if (a == b) {
            return 32767;
        }
        int out = 0;
        int num = a;
        for (int i = 0; i < 15; i++) {
            out <<= 1;
            num <<= 1;
            if (num >= b) {
                num -= b;
                out += 1;
            }
        }
        return out;
    }

    @Test
    public void doublePrecision() {
        int l = 0x12345678;
        assertEquals(l & ~1, Oper32.lComp(Oper32.extractHi(l), Oper32.extractLo(l)));
        int neg = -0x12345678;
        assertEquals(neg & ~1, Oper32.lComp(Oper32.extractHi(neg), Oper32.extractLo(neg)));
        // 0.5 * 0.5 = 0.25 in Q31
        assertEquals(0x20000000, Oper32.mpy32(0x4000, 0, 0x4000, 0));
        assertEquals(0x20000000, Oper32.mpy32x16(0x4000, 0, 0x4000));
    }

    @Test
    public void mathFunctions() {
        int[] out = new int[2];
        DspFunctions.log2(1 << 20, out);
        assertEquals(20, out[0]);
        assertEquals(0, out[1]);
        DspFunctions.log2(0, out);
        assertEquals(0, out[0]);
        assertEquals(0, out[1]);
        assertEquals(1 << 10, DspFunctions.pow2(10, 0));
        assertEquals(0x3fffffff, DspFunctions.invSqrt(0));
        // 1/sqrt(1) in Q30
        assertEquals(0x3fff8000, DspFunctions.invSqrt(1));
        // 1/sqrt(4) = 0.5 in Q30
        assertEquals(0x1fffc000, DspFunctions.invSqrt(4));
    }
}
