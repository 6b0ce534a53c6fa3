package org.strowger.core.internal.dialplan.expr;

/**
 * The operators of Asterisk's expression language with the C code's exact coercions (the
 * {@code op_*} functions of main/ast_expr2.y). A numeric string that an operator converts in place
 * stays converted in what the operator returns: {@code $[05 | 0]} is {@code 5}, not {@code 05}.
 */
final class Operators {

    private static final String NON_NUMERIC = "non-numeric argument";
    private static final LongDouble QUAD_MIN = LongDouble.ofLong(Long.MIN_VALUE);
    private static final LongDouble MINUS_ONE = LongDouble.ofLong(-1);

    private final Diagnostics log;

    Operators(Diagnostics log) {
        this.log = log;
    }

    /** {@code to_number()}: the value as a number, or null for a string (or a numeric string out of range). */
    LongDouble toNumber(Value value) {
        switch (value.type()) {
            case NUMBER:
                return value.number();
            case STRING:
                return null;
            default:
                LongDouble parsed = LongDouble.parse(value.text());
                if (parsed == null) {
                    log.warning("Conversion of " + value.text() + " to number under/overflowed!");
                }
                return parsed;
        }
    }

    /** The value after {@code to_number()} converted it in place (unchanged when it could not). */
    private Value converted(Value value) {
        if (value.type() != Value.Type.NUMERIC_STRING) {
            return value;
        }
        LongDouble number = toNumber(value);
        return number == null ? value : Value.number(number);
    }

    /** {@code is_zero_or_null()} on an already converted value. */
    private static boolean isZeroOrNull(Value convertedValue) {
        if (convertedValue.isNumber()) {
            return convertedValue.number().isZero();
        }
        return convertedValue.text().isEmpty();
    }

    Value or(Value a, Value b) {
        Value left = converted(a);
        return isZeroOrNull(left) ? b : left;
    }

    Value and(Value a, Value b) {
        Value left = converted(a);
        if (isZeroOrNull(left) || isZeroOrNull(converted(b))) {
            return Value.ZERO;
        }
        return left;
    }

    enum Comparison { EQ, NE, LT, GT, LE, GE }

    /** op_eq ... op_ne: string comparison (strcoll in the C locale) unless both sides are numeric. */
    Value compare(Comparison comparison, Value a, Value b) {
        int order;
        if (a.isString() || b.isString()) {
            order = compareAsC(a.asText(), b.asText());
        } else {
            LongDouble x = numberOrZero(a);
            LongDouble y = numberOrZero(b);
            if (x.isNaN() || y.isNaN()) {
                return Value.booleanNumber(comparison == Comparison.NE);
            }
            order = x.lessThan(y) ? -1 : x.greaterThan(y) ? 1 : 0;
        }
        boolean result = switch (comparison) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case GT -> order > 0;
            case LE -> order <= 0;
            case GE -> order >= 0;
        };
        return Value.booleanNumber(result);
    }

    private LongDouble numberOrZero(Value value) {
        LongDouble number = toNumber(value);
        return number == null ? LongDouble.ZERO : number;
    }

    /** strcmp order: unsigned bytes of the UTF-8 text, which is code point order. */
    static int compareAsC(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    /** op_cond: a string condition is true unless empty, {@code ""} or {@code 0}; a number unless zero. */
    Value conditional(Value condition, Value whenTrue, Value whenFalse) {
        boolean truth;
        if (condition.isString()) {
            String text = condition.text();
            truth = !text.isEmpty() && !text.equals("\"\"") && !text.equals("0");
        } else {
            LongDouble number = toNumber(condition);
            truth = number == null || number.isNonZero();
        }
        return truth ? whenTrue : whenFalse;
    }

    Value plus(Value a, Value b) {
        LongDouble x = toNumber(a);
        if (x == null) {
            log.warning(NON_NUMERIC);
            LongDouble y = toNumber(b);
            return y == null ? Value.ZERO : Value.number(y);
        }
        LongDouble y = toNumber(b);
        if (y == null) {
            return Value.number(x);
        }
        LongDouble r = x.add(y);
        if (checkPlus(x, y, r)) {
            log.warning("overflow");
        }
        return Value.number(r);
    }

    Value minus(Value a, Value b) {
        LongDouble x = toNumber(a);
        if (x == null) {
            log.warning(NON_NUMERIC);
            LongDouble y = toNumber(b);
            return y == null ? Value.ZERO : Value.number(LongDouble.ZERO.subtract(y));
        }
        LongDouble y = toNumber(b);
        if (y == null) {
            log.warning(NON_NUMERIC);
            return Value.number(x);
        }
        LongDouble r = x.subtract(y);
        if (checkMinus(x, y, r)) {
            log.warning("overflow");
        }
        return Value.number(r);
    }

    Value negate(Value a) {
        LongDouble x = toNumber(a);
        if (x == null) {
            log.warning(NON_NUMERIC);
            return Value.ZERO;
        }
        LongDouble r = x.negate();
        if (checkMinus(LongDouble.ZERO, x, r)) {
            log.warning("overflow");
        }
        return Value.number(r);
    }

    /** op_compl: numbers by value, text by C's atoi except that "" and "0" are false. */
    Value not(Value a) {
        boolean truth;
        if (a.isNumber()) {
            truth = a.number().isNonZero();
        } else {
            String text = a.text();
            truth = !text.isEmpty() && !text.equals("0") && atoi(text) != 0;
        }
        return Value.booleanNumber(!truth);
    }

    Value times(Value a, Value b) {
        LongDouble x = toNumber(a);
        LongDouble y = x == null ? null : toNumber(b);
        if (x == null || y == null) {
            log.warning(NON_NUMERIC);
            return Value.ZERO;
        }
        LongDouble r = x.multiply(y);
        // chk_times: the C code checks the product by dividing it back, which inexact products fail too
        if (!x.isZero() && !r.divide(x).numericallyEquals(y)) {
            log.warning("overflow");
        }
        return Value.number(r);
    }

    Value divide(Value a, Value b) {
        LongDouble x = toNumber(a);
        if (x == null) {
            log.warning(NON_NUMERIC);
            return Value.ZERO;
        }
        LongDouble y = toNumber(b);
        if (y == null) {
            log.warning(NON_NUMERIC);
            return Value.INT_MAX;
        }
        if (y.isZero()) {
            log.warning("division by zero");
            return Value.INT_MAX;
        }
        LongDouble r = x.divide(y);
        if (x.numericallyEquals(QUAD_MIN) && y.numericallyEquals(MINUS_ONE)) {
            log.warning("overflow");
        }
        return Value.number(r);
    }

    Value remainder(Value a, Value b) {
        LongDouble x = toNumber(a);
        LongDouble y = x == null ? null : toNumber(b);
        if (x == null || y == null) {
            log.warning(NON_NUMERIC);
            return Value.ZERO;
        }
        if (y.isZero()) {
            log.warning("div by zero");
            return Value.number(y);
        }
        return Value.number(x.fmod(y));
    }

    /** op_colon ({@code anchored}) and op_eqtilde: the first group if it took part, else the match length. */
    Value match(Value a, Value b, boolean anchored) {
        String subject = stripQuotes(a.asText());
        String pattern = stripQuotes(b.asText());
        PosixRegex.Compiled compiled = PosixRegex.compile(pattern);
        if (compiled.error() != null) {
            log.warning("regcomp() error : " + compiled.error());
            return Value.EMPTY_STRING;
        }
        PosixRegex.Match match = PosixRegex.match(compiled, subject, anchored);
        if (match == null) {
            return compiled.groupCount() == 0 ? Value.ZERO : Value.EMPTY_STRING;
        }
        if (match.firstGroup() != null) {
            return Value.string(match.firstGroup());
        }
        return Value.number(LongDouble.ofLong(match.length()));
    }

    /** op_tildetilde: string concatenation. */
    Value concatenate(Value a, Value b) {
        return Value.string(stripQuotes(a.asText()) + stripQuotes(b.asText()));
    }

    /** strip_quotes(): when the text starts and ends with '"', every '"' in it goes. */
    static String stripQuotes(String text) {
        if (!text.isEmpty() && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
            return text.replace("\"", "");
        }
        return text;
    }

    private static boolean checkPlus(LongDouble a, LongDouble b, LongDouble r) {
        LongDouble zero = LongDouble.ZERO;
        if (a.greaterThan(zero) && b.greaterThan(zero) && !r.greaterThan(zero) && !r.isNaN()) {
            return true;
        }
        return a.lessThan(zero) && b.lessThan(zero) && !r.lessThan(zero) && !r.isNaN();
    }

    private static boolean checkMinus(LongDouble a, LongDouble b, LongDouble r) {
        if (b.numericallyEquals(QUAD_MIN)) {
            return !a.lessThan(LongDouble.ZERO) && !a.isNaN();
        }
        return checkPlus(a, b.negate(), r);
    }

    /** C's atoi: blanks, a sign, digits; the long result truncated to int as glibc does. */
    static int atoi(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && LongDouble.isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean overflow = false;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            int digit = text.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 + digit;
            }
            i++;
        }
        if (overflow) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            value = -value;
        }
        return (int) value;
    }
}
