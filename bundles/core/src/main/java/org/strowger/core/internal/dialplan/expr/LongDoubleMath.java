package org.strowger.core.internal.dialplan.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The libm functions of the expression language ({@code cosl}, {@code expl}, {@code logl}, ...) computed
 * to about 45 significant digits and rounded once to a long double, so that what prints with 18 digits
 * is what glibc's long double functions print; {@code double} would get the last two or three digits
 * wrong ({@code $[EXP(1)]} is {@code 2.71828182845904524}, not {@code 2.71828182845904509}).
 */
final class LongDoubleMath {

    private static final MathContext WORK = new MathContext(48, RoundingMode.HALF_EVEN);
    private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(52);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), WORK)).multiply(TWO, WORK);
    private static final BigDecimal LN10 = LN2.multiply(BigDecimal.valueOf(3), WORK)
            .add(atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(9), WORK)).multiply(TWO, WORK), WORK);
    /** Enough digits of pi to reduce arguments up to ~1e60 for sin, cos and tan. */
    private static final MathContext PI_PRECISION = new MathContext(120, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = machinPi();
    private static final BigDecimal HALF_PI = PI.divide(TWO, PI_PRECISION);
    /** expl overflows beyond ln(LDBL_MAX) and is 0 below the smallest subnormal. */
    private static final BigDecimal EXP_OVERFLOW = new BigDecimal("11356.6");
    private static final BigDecimal EXP_UNDERFLOW = new BigDecimal("-11400");

    private LongDoubleMath() {
    }

    static LongDouble exp(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ZERO : x;
        }
        return exp(x.toBigDecimal());
    }

    private static LongDouble exp(BigDecimal x) {
        if (x.compareTo(EXP_OVERFLOW) > 0) {
            return LongDouble.POSITIVE_INFINITY;
        }
        if (x.compareTo(EXP_UNDERFLOW) < 0) {
            return LongDouble.ZERO;
        }
        // x = k ln2 + r with |r| <= ln2/2, exp(x) = 2^k exp(r)
        int k = x.divide(LN2, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
        BigDecimal r = x.subtract(LN2.multiply(BigDecimal.valueOf(k), WORK), WORK);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(EPSILON) > 0; n++) {
            term = term.multiply(r, WORK).divide(BigDecimal.valueOf(n), WORK);
            sum = sum.add(term, WORK);
        }
        return LongDouble.ofDecimal(sum).scaleByPowerOfTwo(k);
    }

    static LongDouble exp2(LongDouble x) {
        return x.isNaN() || x.isInfinite() ? exp(x) : exp(x.toBigDecimal().multiply(LN2, WORK));
    }

    static LongDouble exp10(LongDouble x) {
        return x.isNaN() || x.isInfinite() ? exp(x) : exp(x.toBigDecimal().multiply(LN10, WORK));
    }

    static LongDouble log(LongDouble x) {
        BigDecimal log = logOrNull(x);
        return log == null ? special(x) : LongDouble.ofDecimal(log);
    }

    static LongDouble log2(LongDouble x) {
        BigDecimal log = logOrNull(x);
        return log == null ? special(x) : LongDouble.ofDecimal(log.divide(LN2, WORK));
    }

    static LongDouble log10(LongDouble x) {
        BigDecimal log = logOrNull(x);
        return log == null ? special(x) : LongDouble.ofDecimal(log.divide(LN10, WORK));
    }

    /** log of a special argument: -inf for zeros, nan for negatives, itself for +inf and NaN. */
    private static LongDouble special(LongDouble x) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isZero()) {
            return LongDouble.NEGATIVE_INFINITY;
        }
        return x.isNegative() ? LongDouble.NAN : x;
    }

    /** The natural log of a finite positive value, null for anything else. */
    private static BigDecimal logOrNull(LongDouble x) {
        if (x.isNaN() || x.isInfinite() || x.isZero() || x.isNegative()) {
            return null;
        }
        // x = f * 2^e with f in [0.75, 1.5): log x = 2 atanh((f-1)/(f+1)) + e ln2
        int e = x.binaryExponent();
        BigDecimal f = x.scaleByPowerOfTwo(-e).toBigDecimal();
        if (f.compareTo(new BigDecimal("1.5")) >= 0) {
            f = f.divide(TWO, WORK);
            e++;
        }
        BigDecimal z = f.subtract(BigDecimal.ONE).divide(f.add(BigDecimal.ONE), WORK);
        return atanhSeries(z).multiply(TWO, WORK).add(LN2.multiply(BigDecimal.valueOf(e), WORK), WORK);
    }

    /** powl for the cases {@link LongDouble#pow} leaves: non-integer or huge exponents. */
    static LongDouble pow(LongDouble x, LongDouble y) {
        if (x.isZero() && !y.isNaN() && !y.isInfinite()) {
            // C99 F.9.4.4, spelled out: a denormal y would read as 0 in double and give 1
            BigDecimal exponent = y.toBigDecimal();
            boolean oddInteger = exponent.stripTrailingZeros().scale() <= 0 && exponent.toBigInteger().testBit(0);
            boolean negativeResult = x.isNegative() && oddInteger;
            if (y.isNegative()) {
                return negativeResult ? LongDouble.NEGATIVE_INFINITY : LongDouble.POSITIVE_INFINITY;
            }
            return negativeResult ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        if (x.isNaN() || y.isNaN() || x.isInfinite() || y.isInfinite()) {
            return LongDouble.ofDouble(Math.pow(x.toDouble(), y.toDouble()));
        }
        BigDecimal exponent = y.toBigDecimal();
        boolean integral = exponent.stripTrailingZeros().scale() <= 0;
        if (x.isNegative() && !integral) {
            return LongDouble.DEFAULT_NAN;
        }
        BigDecimal log = logOrNull(x.abs());
        LongDouble magnitude = exp(exponent.multiply(log, WORK));
        boolean odd = integral && exponent.toBigInteger().testBit(0);
        return x.isNegative() && odd ? magnitude.negate() : magnitude;
    }

    static LongDouble sin(LongDouble x) {
        return trigonometric(x, 0);
    }

    static LongDouble cos(LongDouble x) {
        return trigonometric(x, 1);
    }

    static LongDouble tan(LongDouble x) {
        return trigonometric(x, 2);
    }

    /** sin (0), cos (1) or tan (2) after reducing the argument by multiples of pi/2. */
    private static LongDouble trigonometric(LongDouble x, int function) {
        if (x.isNaN()) {
            return x;
        }
        if (x.isInfinite()) {
            return LongDouble.DEFAULT_NAN;
        }
        if (x.isZero()) {
            return function == 1 ? LongDouble.ONE : x;
        }
        BigDecimal value = x.toBigDecimal();
        if (value.abs().compareTo(BigDecimal.ONE.movePointRight(60)) > 0) {
            double d = x.toDouble();
            return LongDouble.ofDouble(function == 0 ? Math.sin(d) : function == 1 ? Math.cos(d) : Math.tan(d));
        }
        BigInteger quadrants = value.divide(HALF_PI, PI_PRECISION).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        BigDecimal r = value.subtract(HALF_PI.multiply(new BigDecimal(quadrants), PI_PRECISION), PI_PRECISION).round(WORK);
        BigDecimal[] sinCos = sinCos(r);
        int quadrant = quadrants.mod(BigInteger.valueOf(4)).intValue();
        BigDecimal sin = switch (quadrant) {
            case 0 -> sinCos[0];
            case 1 -> sinCos[1];
            case 2 -> sinCos[0].negate();
            default -> sinCos[1].negate();
        };
        BigDecimal cos = switch (quadrant) {
            case 0 -> sinCos[1];
            case 1 -> sinCos[0].negate();
            case 2 -> sinCos[1].negate();
            default -> sinCos[0];
        };
        return switch (function) {
            case 0 -> LongDouble.ofDecimal(sin);
            case 1 -> LongDouble.ofDecimal(cos);
            default -> LongDouble.ofDecimal(sin.divide(cos, WORK));
        };
    }

    /** Taylor series of sin and cos for |r| <= pi/4. */
    private static BigDecimal[] sinCos(BigDecimal r) {
        BigDecimal square = r.multiply(r, WORK);
        BigDecimal sin = r;
        BigDecimal cos = BigDecimal.ONE;
        BigDecimal sinTerm = r;
        BigDecimal cosTerm = BigDecimal.ONE;
        for (int n = 1; sinTerm.abs().compareTo(EPSILON) > 0 || cosTerm.abs().compareTo(EPSILON) > 0; n++) {
            sinTerm = sinTerm.multiply(square, WORK).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), WORK).negate();
            cosTerm = cosTerm.multiply(square, WORK).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), WORK).negate();
            sin = sin.add(sinTerm, WORK);
            cos = cos.add(cosTerm, WORK);
        }
        return new BigDecimal[] {sin, cos};
    }

    static LongDouble atan(LongDouble x) {
        if (x.isNaN() || x.isZero()) {
            return x;
        }
        if (x.isInfinite()) {
            return LongDouble.ofDecimal(x.isNegative() ? HALF_PI.negate() : HALF_PI);
        }
        return LongDouble.ofDecimal(atan(x.toBigDecimal()));
    }

    private static BigDecimal atan(BigDecimal x) {
        if (x.signum() < 0) {
            return atan(x.negate()).negate();
        }
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return HALF_PI.subtract(atan(BigDecimal.ONE.divide(x, WORK)), WORK);
        }
        // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), twice, then the series
        BigDecimal reduced = x;
        for (int i = 0; i < 2; i++) {
            BigDecimal root = BigDecimal.ONE.add(reduced.multiply(reduced, WORK), WORK).sqrt(WORK);
            reduced = reduced.divide(BigDecimal.ONE.add(root, WORK), WORK);
        }
        BigDecimal square = reduced.multiply(reduced, WORK);
        BigDecimal power = reduced;
        BigDecimal sum = reduced;
        for (int n = 1; power.abs().compareTo(EPSILON) > 0; n++) {
            power = power.multiply(square, WORK).negate();
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * n + 1), WORK), WORK);
        }
        return sum.multiply(BigDecimal.valueOf(4), WORK);
    }

    static LongDouble atan2(LongDouble y, LongDouble x) {
        if (y.isNaN() || x.isNaN()) {
            return y.isNaN() ? y : x;
        }
        if (y.isInfinite() || x.isInfinite()) {
            return LongDouble.ofDouble(Math.atan2(y.toDouble(), x.toDouble()));
        }
        if (y.isZero()) {
            boolean towardsNegativeX = x.isNegative();
            if (!towardsNegativeX) {
                return y;
            }
            return LongDouble.ofDecimal(y.isNegative() ? PI.negate() : PI);
        }
        if (x.isZero()) {
            return LongDouble.ofDecimal(y.isNegative() ? HALF_PI.negate() : HALF_PI);
        }
        BigDecimal angle = atan(y.toBigDecimal().divide(x.toBigDecimal(), WORK));
        if (x.isNegative()) {
            angle = y.isNegative() ? angle.subtract(PI, WORK) : angle.add(PI, WORK);
        }
        return LongDouble.ofDecimal(angle);
    }

    static LongDouble asin(LongDouble x) {
        BigDecimal complement = complementRoot(x);
        if (complement == null) {
            return x.isNaN() ? x : LongDouble.NAN;
        }
        if (x.isZero()) {
            return x;
        }
        if (complement.signum() == 0) {
            return LongDouble.ofDecimal(x.isNegative() ? HALF_PI.negate() : HALF_PI);
        }
        return LongDouble.ofDecimal(atan(x.toBigDecimal().divide(complement, WORK)));
    }

    static LongDouble acos(LongDouble x) {
        BigDecimal complement = complementRoot(x);
        if (complement == null) {
            return x.isNaN() ? x : LongDouble.NAN;
        }
        if (x.isZero()) {
            return LongDouble.ofDecimal(HALF_PI);
        }
        BigDecimal angle = HALF_PI.subtract(complement.signum() == 0
                ? (x.isNegative() ? HALF_PI.negate() : HALF_PI)
                : atan(x.toBigDecimal().divide(complement, WORK)), WORK);
        return LongDouble.ofDecimal(angle);
    }

    /** sqrt(1 - x^2), null outside [-1, 1]. */
    private static BigDecimal complementRoot(LongDouble x) {
        if (x.isNaN() || x.isInfinite()) {
            return null;
        }
        BigDecimal value = x.toBigDecimal();
        if (value.abs().compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        return BigDecimal.ONE.subtract(value.multiply(value, WORK), WORK).sqrt(WORK);
    }

    /** atanh(z) = z + z^3/3 + z^5/5 + ... for small |z|. */
    private static BigDecimal atanhSeries(BigDecimal z) {
        BigDecimal square = z.multiply(z, WORK);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 1; power.abs().compareTo(EPSILON) > 0; n++) {
            power = power.multiply(square, WORK);
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * n + 1), WORK), WORK);
        }
        return sum;
    }

    /** pi = 16 atan(1/5) - 4 atan(1/239) (Machin), to {@link #PI_PRECISION}. */
    private static BigDecimal machinPi() {
        return arctanOfInverse(5).multiply(BigDecimal.valueOf(16))
                .subtract(arctanOfInverse(239).multiply(BigDecimal.valueOf(4)), PI_PRECISION);
    }

    private static BigDecimal arctanOfInverse(int n) {
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(PI_PRECISION.getPrecision() + 5);
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), PI_PRECISION);
        BigDecimal square = BigDecimal.valueOf((long) n * n);
        BigDecimal power = x;
        BigDecimal sum = x;
        for (int k = 1; power.abs().compareTo(epsilon) > 0; k++) {
            power = power.divide(square, PI_PRECISION).negate();
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), PI_PRECISION), PI_PRECISION);
        }
        return sum;
    }
}
