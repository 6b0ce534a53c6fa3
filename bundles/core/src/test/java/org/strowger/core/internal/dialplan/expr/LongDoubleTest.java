package org.strowger.core.internal.dialplan.expr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/**
 * The x87 long double of ast_expr2.y's FP___TYPE: 64-bit significand rounded half to even, and
 * glibc's printf("%.18Lg").
 */
public class LongDoubleTest {

    private static LongDouble n(String text) {
        return LongDouble.parse(text);
    }

    @Test
    public void percentPointEighteenLgPrinting() {
        assertEquals("integers up to 18 digits print whole", "123456789012345678", n("123456789012345678").toString());
        assertEquals("19 digits switch to exponent notation", "1.23456789012345679e+18", n("1234567890123456789").toString());
        assertEquals("trailing zeros go", "1e+20", n("100000000000000000000").toString());
        assertEquals("the exponent has at least two digits", "1e-05", n("0.00001").toString());
        assertEquals("down to 1e-4 is fixed notation", "0.0001", n("0.0001").toString());
        assertEquals("no decimal point for integral values", "10", n("2.5").multiply(n("4")).toString());
        assertEquals("negative zero", "-0", LongDouble.ZERO.negate().toString());
        assertEquals("infinity", "inf", LongDouble.POSITIVE_INFINITY.toString());
        assertEquals("the FPU's default NaN has its sign bit set", "-nan", LongDouble.DEFAULT_NAN.toString());
    }

    @Test
    public void sixtyFourBitSignificand() {
        assertEquals("beyond double's 53 bits integers stay exact", "9007199254740993", n("9007199254740993").add(LongDouble.ZERO).toString());
        assertEquals("2^64 + 1 rounds to 2^64", "0", n("18446744073709551617").subtract(n("18446744073709551616")).toString());
        assertEquals("2^63 + 1 is still exact", "1", n("9223372036854775809").subtract(n("9223372036854775808")).toString());
        assertEquals("0.1 + 0.2 prints as 0.3 in long double", "0.3", n("0.1").add(n("0.2")).toString());
        assertEquals("1/3", "0.333333333333333333", LongDouble.ONE.divide(n("3")).toString());
        assertEquals("10/3", "3.33333333333333333", n("10").divide(n("3")).toString());
        assertEquals("1/7", "0.142857142857142857", LongDouble.ONE.divide(n("7")).toString());
    }

    @Test
    public void exponentRange() {
        assertEquals("long double reaches far beyond double", "1e+400", n("10").pow(n("400")).toString());
        assertEquals("and overflows at 2^16384", "inf", n("10").pow(n("5000")).toString());
        assertNull("strtold's ERANGE on overflow", n("1" + "0".repeat(5000)));
    }

    @Test
    public void strtoldReadsTheLongestNumericPrefix() {
        assertEquals("digits then whatever", "5", n("5-3").toString());
        assertEquals("leading blanks and a sign", "-12", n(" \t-12").toString());
        assertEquals("no digits is 0", "0", n("-").toString());
        assertEquals("only the first dot counts", "1.2", n("1.2.3").toString());
    }

    @Test
    public void exactOperations() {
        assertEquals("fmod keeps the dividend's sign", "-1", n("-7").fmod(n("3")).toString());
        assertEquals("fmod of fractions", "1.5", n("5.5").fmod(n("2")).toString());
        assertEquals("remainder rounds the quotient half to even", "-1", n("7").remainder(n("2")).toString());
        assertEquals("remainder", "1", n("10").remainder(n("3")).toString());
        assertEquals("sqrt correctly rounded", "1.41421356237309505", n("2").sqrt().toString());
        assertEquals("sqrt of a square is exact", "4", n("16").sqrt().toString());
        assertEquals("rint halves to even", "2", n("2.5").rint().toString());
        assertEquals("round halves away from zero", "-3", n("-2.5").round().toString());
        assertEquals("floor of a negative", "-3", n("-2.5").floor().toString());
        assertEquals("ceil of a negative fraction is -0", "-0", n("-0.5").ceil().toString());
    }

    @Test
    public void nanComparesUnequalToEverything() {
        LongDouble nan = LongDouble.DEFAULT_NAN;
        assertEquals(false, nan.numericallyEquals(nan));
        assertEquals(false, nan.lessThan(LongDouble.ONE));
        assertEquals("and is true in C", true, nan.isNonZero());
    }
}
