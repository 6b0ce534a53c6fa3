package org.strowger.core.internal.dialplan.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The C {@code long double} that Asterisk's expression parser computes with ({@code FP___TYPE} in
 * main/ast_expr2.y): the x87 80-bit extended format, a 64-bit significand and a 15-bit exponent.
 *
 * <p>Java's {@code double} would print {@code $[10 / 3]} as {@code 3.33333333333333348} where Asterisk
 * prints {@code 3.33333333333333333}, and {@code $[0.1 + 0.2]} as {@code 0.300000000000000044} where
 * Asterisk prints {@code 0.3}; so the arithmetic is done exactly and rounded to 64 bits (round half to
 * even, as the FPU does), and printing follows glibc's {@code %.18Lg}. Small integers, by far the most
 * common dialplan numbers, stay in a {@code long} and never touch {@link BigInteger}.
 */
final class LongDouble {

    private static final int SIGNIFICAND_BITS = 64;
    /** The exponent of the least significant bit of the smallest subnormal: 2^-16445. */
    private static final int MIN_LSB_EXPONENT = -16445;
    /** Values at or above 2^16384 overflow to infinity. */
    private static final int MAX_BIT_EXPONENT = 16384;
    private static final long SMALL_LIMIT = 1L << 62;
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final MathContext PRINT_DIGITS = new MathContext(18, RoundingMode.HALF_EVEN);

    private enum Kind { FINITE, INFINITE, NAN }

    static final LongDouble ZERO = ofLong(0);
    static final LongDouble NEGATIVE_ZERO = new LongDouble(Kind.FINITE, true, 0, null, 0);
    static final LongDouble ONE = ofLong(1);
    private static final LongDouble HALF = ONE.divide(ofLong(2));
    /** What the x87 produces for an invalid operation (sqrt of a negative number): printed as "-nan". */
    static final LongDouble DEFAULT_NAN = new LongDouble(Kind.NAN, true, 0, null, 0);
    /** What glibc's libm functions return for a domain error (acosl(2), logl(-1)): printed as "nan". */
    static final LongDouble NAN = new LongDouble(Kind.NAN, false, 0, null, 0);
    /**
     * What a math function reads from a string argument: the C code ignores to_number()'s failure and
     * reads the union holding the string pointer as a long double, a denormal around 3.4e-4937 (the
     * pointer's bits as significand, the calloc'ed zero bytes after it as exponent). Its digits depend
     * on the address; that it is tiny, positive and not zero is what shows ({@code $[CEIL(abc)]} is 1).
     */
    static final LongDouble STRING_POINTER = round(false, BigInteger.valueOf(0x55D0_0000_0000L), MIN_LSB_EXPONENT, false);
    static final LongDouble POSITIVE_INFINITY = new LongDouble(Kind.INFINITE, false, 0, null, 0);
    static final LongDouble NEGATIVE_INFINITY = new LongDouble(Kind.INFINITE, true, 0, null, 0);

    private final Kind kind;
    private final boolean negative;
    /** The magnitude when it is an integer below 2^62 and {@link #big} is null. */
    private final long small;
    /** Otherwise |value| = big * 2^exponent, big having at most 64 bits. */
    private final BigInteger big;
    private final int exponent;

    private LongDouble(Kind kind, boolean negative, long small, BigInteger big, int exponent) {
        this.kind = kind;
        this.negative = negative;
        this.small = small;
        this.big = big;
        this.exponent = exponent;
    }

    static LongDouble ofLong(long value) {
        if (value > -SMALL_LIMIT && value < SMALL_LIMIT) {
            return new LongDouble(Kind.FINITE, value < 0, Math.abs(value), null, 0);
        }
        return round(value < 0, BigInteger.valueOf(value).abs(), 0, false);
    }

    static LongDouble ofDouble(double value) {
        if (Double.isNaN(value)) {
            return new LongDouble(Kind.NAN, (Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0, 0, null, 0);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        if (value == 0) {
            return (Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0 ? NEGATIVE_ZERO : ZERO;
        }
        BigDecimal exact = new BigDecimal(value);
        return ofExactDecimal(exact.signum() < 0, exact.abs());
    }

    /**
     * C's {@code strtold} on the characters Asterisk lets through to it (blanks, a sign, digits and
     * dots): the longest prefix that reads as a decimal number, 0 when there is none.
     *
     * @return null when the conversion overflows or underflows (strtold's ERANGE)
     */
    static LongDouble parse(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int integerEnd = i;
        int fractionEnd = i;
        if (i < n && text.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            fractionEnd = j;
        }
        boolean hasDigits = integerEnd > digitsStart || fractionEnd > integerEnd + 1;
        if (!hasDigits) {
            return ZERO;
        }
        if (fractionEnd == integerEnd && integerEnd - digitsStart <= 18) {
            long value = Long.parseLong(text.substring(digitsStart, integerEnd));
            return value == 0 && negative ? NEGATIVE_ZERO : ofLong(negative ? -value : value);
        }
        String digits = text.substring(digitsStart, integerEnd)
                + (fractionEnd > integerEnd ? text.substring(integerEnd + 1, fractionEnd) : "");
        int scale = fractionEnd > integerEnd ? fractionEnd - integerEnd - 1 : 0;
        BigDecimal exact = new BigDecimal(new BigInteger(digits), scale);
        LongDouble result = ofExactDecimal(negative, exact);
        boolean nonZeroInput = exact.signum() != 0;
        if (result.kind == Kind.INFINITE || (nonZeroInput && result.isSubnormalOrZero())) {
            return null;
        }
        return result;
    }

    private static LongDouble ofExactDecimal(boolean negative, BigDecimal magnitude) {
        if (magnitude.signum() == 0) {
            return negative ? NEGATIVE_ZERO : ZERO;
        }
        BigInteger unscaled = magnitude.unscaledValue();
        int scale = magnitude.scale();
        if (scale <= 0) {
            return round(negative, unscaled.multiply(BigInteger.TEN.pow(-scale)), 0, false);
        }
        // unscaled / 10^scale = (unscaled / 5^scale) * 2^-scale
        return divide(negative, unscaled, 0, FIVE.pow(scale), scale);
    }

    // ---- classification

    boolean isNaN() {
        return kind == Kind.NAN;
    }

    boolean isZero() {
        return kind == Kind.FINITE && big == null && small == 0;
    }

    private boolean isSubnormalOrZero() {
        return kind == Kind.FINITE && (isZero() || big != null && big.bitLength() + exponent <= -16382);
    }

    private BigInteger magnitude() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    private int exponent() {
        return big != null ? exponent : 0;
    }

    boolean isInfinite() {
        return kind == Kind.INFINITE;
    }

    boolean isNegative() {
        return negative;
    }

    /** The exact value of a finite number. */
    BigDecimal toBigDecimal() {
        BigDecimal exact = big == null ? BigDecimal.valueOf(small) : new BigDecimal(big).multiply(powerOfTwo(exponent));
        return negative ? exact.negate() : exact;
    }

    /** A decimal approximation rounded (once, correctly) to the nearest long double. */
    static LongDouble ofDecimal(BigDecimal value) {
        return ofExactDecimal(value.signum() < 0, value.abs());
    }

    /** this * 2^n, exact unless it leaves the exponent range. */
    LongDouble scaleByPowerOfTwo(int n) {
        if (kind != Kind.FINITE || isZero()) {
            return this;
        }
        return round(negative, magnitude(), exponent() + n, false);
    }

    /** The binary exponent of the most significant bit (|x| in [2^k, 2^(k+1))); finite non-zero values only. */
    int binaryExponent() {
        return magnitude().bitLength() - 1 + exponent();
    }

    /** The value as a C {@code double} would hold it, for the libm functions computed in double. */
    double toDouble() {
        switch (kind) {
            case NAN:
                return Double.NaN;
            case INFINITE:
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default:
                if (big == null) {
                    return negative ? -(double) small : (double) small;
                }
                double value = new BigDecimal(big).multiply(powerOfTwo(exponent)).doubleValue();
                return negative ? -value : value;
        }
    }

    // ---- arithmetic (each result rounded to 64 bits, half to even)

    LongDouble negate() {
        return new LongDouble(kind, !negative, small, big, exponent);
    }

    LongDouble abs() {
        return negative ? negate() : this;
    }

    LongDouble add(LongDouble other) {
        if (kind != Kind.FINITE || other.kind != Kind.FINITE) {
            if (kind == Kind.NAN) {
                return this;
            }
            if (other.kind == Kind.NAN) {
                return other;
            }
            if (kind == Kind.INFINITE && other.kind == Kind.INFINITE) {
                return negative == other.negative ? this : DEFAULT_NAN;
            }
            return kind == Kind.INFINITE ? this : other;
        }
        if (isZero() && other.isZero()) {
            return negative && other.negative ? NEGATIVE_ZERO : ZERO;
        }
        if (big == null && other.big == null) {
            long sum = signedSmall() + other.signedSmall();
            return ofLong(sum);
        }
        int e = Math.min(exponent(), other.exponent());
        BigInteger a = magnitude().shiftLeft(exponent() - e);
        BigInteger b = other.magnitude().shiftLeft(other.exponent() - e);
        BigInteger sum = (negative ? a.negate() : a).add(other.negative ? b.negate() : b);
        if (sum.signum() == 0) {
            return ZERO;
        }
        return round(sum.signum() < 0, sum.abs(), e, false);
    }

    LongDouble subtract(LongDouble other) {
        if (other.isNaN()) {
            // the FPU passes a NaN operand through as it is: 0 - nan is nan, not -nan
            return isNaN() ? this : other;
        }
        return add(other.negate());
    }

    LongDouble multiply(LongDouble other) {
        boolean sign = negative != other.negative;
        if (kind != Kind.FINITE || other.kind != Kind.FINITE) {
            if (kind == Kind.NAN) {
                return this;
            }
            if (other.kind == Kind.NAN) {
                return other;
            }
            if (isZero() || other.isZero()) {
                return DEFAULT_NAN;
            }
            return sign ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
        }
        if (isZero() || other.isZero()) {
            return sign ? NEGATIVE_ZERO : ZERO;
        }
        if (big == null && other.big == null && small < (1L << 31) && other.small < (1L << 31)) {
            long product = small * other.small;
            return ofLong(sign ? -product : product);
        }
        return round(sign, magnitude().multiply(other.magnitude()), exponent() + other.exponent(), false);
    }

    LongDouble divide(LongDouble other) {
        boolean sign = negative != other.negative;
        if (kind != Kind.FINITE || other.kind != Kind.FINITE) {
            if (kind == Kind.NAN) {
                return this;
            }
            if (other.kind == Kind.NAN) {
                return other;
            }
            if (kind == Kind.INFINITE) {
                return other.kind == Kind.INFINITE ? DEFAULT_NAN : sign ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
            }
            return sign ? NEGATIVE_ZERO : ZERO;
        }
        if (other.isZero()) {
            return isZero() ? DEFAULT_NAN : sign ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
        }
        if (isZero()) {
            return sign ? NEGATIVE_ZERO : ZERO;
        }
        if (big == null && other.big == null && small % other.small == 0) {
            long quotient = small / other.small;
            return ofLong(sign ? -quotient : quotient);
        }
        return divide(sign, magnitude(), exponent(), other.magnitude(), other.exponent());
    }

    /** (a * 2^ea) / (b * 2^eb), correctly rounded. */
    private static LongDouble divide(boolean negative, BigInteger a, int ea, BigInteger b, int eb) {
        int shift = Math.max(0, SIGNIFICAND_BITS + 2 + b.bitLength() - a.bitLength());
        BigInteger[] qr = a.shiftLeft(shift).divideAndRemainder(b);
        return round(negative, qr[0], ea - eb - shift, qr[1].signum() != 0);
    }

    /** C's {@code fmodl}: exact, with the sign of the dividend. */
    LongDouble fmod(LongDouble other) {
        if (kind == Kind.NAN || other.kind == Kind.NAN) {
            return kind == Kind.NAN ? this : other;
        }
        if (kind == Kind.INFINITE || other.isZero()) {
            return DEFAULT_NAN;
        }
        if (other.kind == Kind.INFINITE || isZero()) {
            return this;
        }
        if (big == null && other.big == null) {
            long remainder = small % other.small;
            return remainder == 0 ? (negative ? NEGATIVE_ZERO : ZERO) : ofLong(negative ? -remainder : remainder);
        }
        int e = Math.min(exponent(), other.exponent());
        BigInteger a = magnitude().shiftLeft(exponent() - e);
        BigInteger b = other.magnitude().shiftLeft(other.exponent() - e);
        BigInteger r = a.remainder(b);
        return r.signum() == 0 ? (negative ? NEGATIVE_ZERO : ZERO) : round(negative, r, e, false);
    }

    /** C's {@code remainderl}: x - n*y with n the quotient rounded half to even; exact. */
    LongDouble remainder(LongDouble other) {
        if (kind == Kind.NAN || other.kind == Kind.NAN) {
            return kind == Kind.NAN ? this : other;
        }
        if (kind == Kind.INFINITE || other.isZero()) {
            return DEFAULT_NAN;
        }
        if (other.kind == Kind.INFINITE || isZero()) {
            return this;
        }
        int e = Math.min(exponent(), other.exponent());
        BigInteger a = magnitude().shiftLeft(exponent() - e);
        BigInteger b = other.magnitude().shiftLeft(other.exponent() - e);
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger r = qr[1];
        int twice = r.shiftLeft(1).compareTo(b);
        boolean resultNegative = negative;
        if (twice > 0 || twice == 0 && qr[0].testBit(0)) {
            r = b.subtract(r);
            resultNegative = !negative;
        }
        if (r.signum() == 0) {
            return negative ? NEGATIVE_ZERO : ZERO;
        }
        return round(resultNegative, r, e, false);
    }

    /** {@code sqrtl}, correctly rounded. */
    LongDouble sqrt() {
        if (kind == Kind.NAN || isZero()) {
            return this;
        }
        if (negative) {
            return DEFAULT_NAN;
        }
        if (kind == Kind.INFINITE) {
            return this;
        }
        BigInteger m = magnitude();
        int e = exponent();
        int shift = Math.max(0, 2 * (SIGNIFICAND_BITS + 2) - m.bitLength());
        if (((e - shift) & 1) != 0) {
            shift++;
        }
        BigInteger scaled = m.shiftLeft(shift);
        BigInteger root = scaled.sqrt();
        boolean inexact = !root.multiply(root).equals(scaled);
        return round(false, root, (e - shift) / 2, inexact);
    }

    LongDouble floor() {
        return toIntegral(negative ? RoundingMode.UP : RoundingMode.DOWN);
    }

    LongDouble ceil() {
        return toIntegral(negative ? RoundingMode.DOWN : RoundingMode.UP);
    }

    LongDouble trunc() {
        return toIntegral(RoundingMode.DOWN);
    }

    /** {@code roundl}: halves away from zero. */
    LongDouble round() {
        return toIntegral(RoundingMode.HALF_UP);
    }

    /** {@code rintl} in the default rounding mode: halves to even. */
    LongDouble rint() {
        return toIntegral(RoundingMode.HALF_EVEN);
    }

    /** Rounds the magnitude with the given mode (modes act on magnitudes, so UP is away from zero). */
    private LongDouble toIntegral(RoundingMode mode) {
        if (kind != Kind.FINITE || big == null || exponent >= 0) {
            return this;
        }
        BigInteger integral = new BigDecimal(big).multiply(powerOfTwo(exponent)).setScale(0, mode).toBigIntegerExact();
        if (integral.signum() == 0) {
            return negative ? NEGATIVE_ZERO : ZERO;
        }
        return round(negative, integral, 0, false);
    }

    /**
     * {@code powl}: integer exponents exactly (repeated multiplication of exact integers, then one
     * rounding), square roots as {@link #sqrt()}, the rest through exp(y log x).
     */
    LongDouble pow(LongDouble y) {
        if (y.isZero()) {
            return ONE;
        }
        if (kind == Kind.FINITE && !isZero() && y.kind == Kind.FINITE && y.isIntegral()) {
            BigInteger n = y.magnitude().shiftLeft(y.exponent());
            if (n.bitLength() <= 14) {
                int power = n.intValue();
                BigInteger m = magnitude();
                int e = exponent();
                long resultExponent = (long) e * power;
                if (Math.abs(resultExponent + (long) m.bitLength() * power) < 40_000) {
                    boolean sign = negative && (power & 1) == 1;
                    BigInteger raised = m.pow(power);
                    if (y.negative) {
                        return divide(sign, BigInteger.ONE, 0, raised, (int) resultExponent);
                    }
                    return round(sign, raised, (int) resultExponent, false);
                }
            }
        }
        if (kind == Kind.FINITE && !negative && !isZero() && y.numericallyEquals(HALF)) {
            return sqrt();
        }
        return LongDoubleMath.pow(this, y);
    }

    private boolean isIntegral() {
        return kind == Kind.FINITE && (big == null || exponent >= 0
                || big.getLowestSetBit() >= -exponent);
    }

    private long signedSmall() {
        return negative ? -small : small;
    }

    /** sign * m * 2^e (+ a sticky bit below m when {@code inexact}) rounded to 64 bits, half to even. */
    private static LongDouble round(boolean negative, BigInteger m, int e, boolean inexact) {
        int bits = m.bitLength();
        if (bits == 0) {
            return negative ? NEGATIVE_ZERO : ZERO;
        }
        int shift = Math.max(bits - SIGNIFICAND_BITS, MIN_LSB_EXPONENT - e);
        if (shift > 0) {
            BigInteger kept = m.shiftRight(shift);
            boolean half = m.testBit(shift - 1);
            boolean below = inexact || m.getLowestSetBit() < shift - 1;
            if (half && (below || kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            m = kept;
            e += shift;
            if (m.signum() == 0) {
                return negative ? NEGATIVE_ZERO : ZERO;
            }
        }
        if ((long) m.bitLength() + e > MAX_BIT_EXPONENT) {
            return negative ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
        }
        if (e >= 0 && (long) m.bitLength() + e <= 62) {
            long value = m.longValue() << e;
            return new LongDouble(Kind.FINITE, negative, value, null, 0);
        }
        int trailingZeros = m.getLowestSetBit();
        if (trailingZeros > 0) {
            m = m.shiftRight(trailingZeros);
            e += trailingZeros;
        }
        return new LongDouble(Kind.FINITE, negative, 0, m, e);
    }

    // ---- comparison (C semantics: any comparison with NaN is false, -0 == 0)

    /** @return negative, zero or positive; only meaningful when neither side is NaN */
    private int compareOrdered(LongDouble other) {
        int signA = signum();
        int signB = other.signum();
        if (signA != signB) {
            return Integer.compare(signA, signB);
        }
        if (signA == 0) {
            return 0;
        }
        int magnitudeOrder;
        if (kind == Kind.INFINITE || other.kind == Kind.INFINITE) {
            magnitudeOrder = kind == other.kind ? 0 : kind == Kind.INFINITE ? 1 : -1;
        } else if (big == null && other.big == null) {
            magnitudeOrder = Long.compare(small, other.small);
        } else {
            int e = Math.min(exponent(), other.exponent());
            magnitudeOrder = magnitude().shiftLeft(exponent() - e).compareTo(other.magnitude().shiftLeft(other.exponent() - e));
        }
        return signA < 0 ? -magnitudeOrder : magnitudeOrder;
    }

    private int signum() {
        if (isZero()) {
            return 0;
        }
        return negative ? -1 : 1;
    }

    boolean numericallyEquals(LongDouble other) {
        return !isNaN() && !other.isNaN() && compareOrdered(other) == 0;
    }

    boolean lessThan(LongDouble other) {
        return !isNaN() && !other.isNaN() && compareOrdered(other) < 0;
    }

    boolean greaterThan(LongDouble other) {
        return !isNaN() && !other.isNaN() && compareOrdered(other) > 0;
    }

    /** C truth of the value ({@code if (x)}): NaN is true, both zeros are false. */
    boolean isNonZero() {
        return !isZero();
    }

    boolean isNegativeNonZero() {
        return negative && !isZero() && !isNaN();
    }

    // ---- printing: glibc's printf("%.18Lg")

    @Override
    public String toString() {
        switch (kind) {
            case NAN:
                return negative ? "-nan" : "nan";
            case INFINITE:
                return negative ? "-inf" : "inf";
            default:
                break;
        }
        if (isZero()) {
            return negative ? "-0" : "0";
        }
        if (big == null && small < 1_000_000_000_000_000_000L) {
            return negative ? "-" + small : Long.toString(small);
        }
        BigDecimal exact = new BigDecimal(big != null ? big : BigInteger.valueOf(small)).multiply(powerOfTwo(exponent()));
        BigDecimal rounded = exact.round(PRINT_DIGITS);
        int decimalExponent = rounded.precision() - rounded.scale() - 1;
        StringBuilder out = new StringBuilder(26);
        if (negative) {
            out.append('-');
        }
        if (decimalExponent < -4 || decimalExponent >= 18) {
            String digits = stripTrailingZeros(rounded.unscaledValue().toString());
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(decimalExponent < 0 ? '-' : '+');
            int absoluteExponent = Math.abs(decimalExponent);
            if (absoluteExponent < 10) {
                out.append('0');
            }
            out.append(absoluteExponent);
        } else {
            out.append(rounded.stripTrailingZeros().toPlainString());
        }
        return out.toString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static BigDecimal powerOfTwo(int exponent) {
        if (exponent >= 0) {
            return new BigDecimal(BigInteger.ONE.shiftLeft(exponent));
        }
        // 2^-k = 5^k / 10^k, exact
        return new BigDecimal(FIVE.pow(-exponent), -exponent);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C's isspace in the C locale. */
    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
