package org.strowger.codec.g729.internal;

/**
 * The ITU-T basic operators (BASIC_OP.C of the G.729 reference software) that define
 * the fixed-point arithmetic of the codec: 16-bit (Word16) and 32-bit (Word32)
 * operations with saturation. Word16 values are carried in {@code int}s holding
 * values in [-32768, 32767]; Word32 values in {@code int}s.
 *
 * <p>The reference code also maintains a global {@code Overflow} flag; this class has
 * no state at all. The few algorithm steps that test {@code Overflow} detect
 * saturation locally (see e.g. {@link Filters#synFiltOverflow}).
 */
public final class BasicOps {
    private BasicOps() {
    }

    public static final int MAX_16 = 0x7fff;
    public static final int MIN_16 = -0x8000;
    public static final int MAX_32 = 0x7fffffff;
    public static final int MIN_32 = 0x80000000;

    /** Limits a 32-bit value to the 16-bit range. */
    public static int sature(int l) {
        return l > MAX_16 ? MAX_16 : (l < MIN_16 ? MIN_16 : l);
    }

    /** 16-bit addition with saturation. */
    public static int add(int a, int b) {
        return sature(a + b);
    }

    /** 16-bit subtraction with saturation. */
    public static int sub(int a, int b) {
        return sature(a - b);
    }

    /** Absolute value; absS(-32768) = 32767. */
    public static int absS(int a) {
        return a == MIN_16 ? MAX_16 : (a < 0 ? -a : a);
    }

    /** Arithmetic shift left of a 16-bit value with saturation (right shift when n < 0). */
    public static int shl(int a, int n) {
        if (n < 0) {
            return shr(a, -n);
        }
        if (n > 15) {
            return a == 0 ? 0 : (a > 0 ? MAX_16 : MIN_16);
        }
        int r = a << n;
        if (r != (short) r) {
            return a > 0 ? MAX_16 : MIN_16;
        }
        return r;
    }

    /** Arithmetic shift right of a 16-bit value (saturating left shift when n < 0). */
    public static int shr(int a, int n) {
        if (n < 0) {
            return shl(a, -n);
        }
        if (n >= 15) {
            return a < 0 ? -1 : 0;
        }
        return a >> n;
    }

    /** Fractional multiplication (a*b) >> 15 with saturation; mult(-32768,-32768) = 32767. */
    public static int mult(int a, int b) {
        return sature((a * b) >> 15);
    }

    /** 32-bit result of (a*b) << 1 with saturation; lMult(-32768,-32768) = 0x7fffffff. */
    public static int lMult(int a, int b) {
        int p = a * b;
        return p != 0x40000000 ? p << 1 : MAX_32;
    }

    /** Negation with saturation. */
    public static int negate(int a) {
        return a == MIN_16 ? MAX_16 : -a;
    }

    /** The 16 most significant bits. */
    public static int extractH(int l) {
        return l >> 16;
    }

    /** The 16 least significant bits, as a signed value. */
    public static int extractL(int l) {
        return (short) l;
    }

    /** Rounds the low 16 bits into the high 16 bits: extractH(lAdd(l, 0x8000)). */
    public static int round(int l) {
        return l > 0x7fff7fff ? MAX_16 : (l + 0x8000) >> 16;
    }

    /** lAdd(acc, lMult(a, b)). */
    public static int lMac(int acc, int a, int b) {
        return lAdd(acc, lMult(a, b));
    }

    /** lSub(acc, lMult(a, b)). */
    public static int lMsu(int acc, int a, int b) {
        return lSub(acc, lMult(a, b));
    }

    /** 32-bit addition with saturation. */
    public static int lAdd(int a, int b) {
        int r = a + b;
        if (((a ^ b) & MIN_32) == 0 && ((r ^ a) & MIN_32) != 0) {
            return a < 0 ? MIN_32 : MAX_32;
        }
        return r;
    }

    /** 32-bit subtraction with saturation. */
    public static int lSub(int a, int b) {
        int r = a - b;
        if (((a ^ b) & MIN_32) != 0 && ((r ^ a) & MIN_32) != 0) {
            return a < 0 ? MIN_32 : MAX_32;
        }
        return r;
    }

    /** 32-bit negation with saturation. */
    public static int lNegate(int l) {
        return l == MIN_32 ? MAX_32 : -l;
    }

    /** Like {@link #mult} with rounding: (a*b + 0x4000) >> 15, saturated. */
    public static int multR(int a, int b) {
        return sature((a * b + 0x4000) >> 15);
    }

    /** 32-bit arithmetic shift left with saturation (right shift when n &lt;= 0). */
    public static int lShl(int l, int n) {
        if (n <= 0) {
            return lShr(l, -n);
        }
        if (n > 32) {
            n = 32;
        }
        long r = (long) l << n;
        if (r > MAX_32) {
            return MAX_32;
        }
        if (r < MIN_32) {
            return MIN_32;
        }
        return (int) r;
    }

    /** 32-bit arithmetic shift right (saturating left shift when n &lt; 0). */
    public static int lShr(int l, int n) {
        if (n < 0) {
            return lShl(l, -n);
        }
        if (n >= 31) {
            return l < 0 ? -1 : 0;
        }
        return l >> n;
    }

    /** {@link #shr} with rounding. */
    public static int shrR(int a, int n) {
        if (n > 15) {
            return 0;
        }
        int r = shr(a, n);
        if (n > 0 && (a & (1 << (n - 1))) != 0) {
            r++;
        }
        return r;
    }

    /** {@link #lShr} with rounding. */
    public static int lShrR(int l, int n) {
        if (n > 31) {
            return 0;
        }
        int r = lShr(l, n);
        if (n > 0 && (l & (1 << (n - 1))) != 0) {
            r++;
        }
        return r;
    }

    /** a << 16. */
    public static int lDepositH(int a) {
        return a << 16;
    }

    /** Sign-extended 16-bit value as 32 bits. */
    public static int lDepositL(int a) {
        return a;
    }

    /** 32-bit absolute value with saturation. */
    public static int lAbs(int l) {
        return l == MIN_32 ? MAX_32 : (l < 0 ? -l : l);
    }

    /** Number of left shifts to normalise a 16-bit value (0 for 0, 15 for -1). */
    public static int normS(int a) {
        if (a == 0) {
            return 0;
        }
        if (a == -1) {
            return 15;
        }
        if (a < 0) {
            a = ~a;
        }
        return Integer.numberOfLeadingZeros(a) - 17;
    }

    /** Number of left shifts to normalise a 32-bit value (0 for 0, 31 for -1). */
    public static int normL(int l) {
        if (l == 0) {
            return 0;
        }
        if (l == -1) {
            return 31;
        }
        if (l < 0) {
            l = ~l;
        }
        return Integer.numberOfLeadingZeros(l) - 1;
    }

    /**
     * Fractional division a/b in Q15 for 0 &lt;= a &lt;= b, b &gt; 0; divS(a, a) = 32767.
     *
     * @throws ArithmeticException for arguments outside that domain (the reference
     *                             code aborts the program)
     */
    public static int divS(int a, int b) {
        if (a > b || a < 0 || b <= 0) {
            throw new ArithmeticException("div_s(" + a + ", " + b + ")");
        }
        if (a == 0) {
            return 0;
        }
        if (a == b) {
            return MAX_16;
        }
        // the 15-step restoring division of the reference is exactly floor(a*2^15/b)
        return (a << 15) / b;
    }
}
