package org.strowger.core.internal.dialplan.expr;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code op_func()}: the math functions built into the expression parser, then the dialplan's own
 * functions ({@code $[LEN(abc)]}), which need a channel. Only names made of capitals, digits and '_'
 * are looked up at all.
 */
final class Functions {

    private final Diagnostics log;
    private final Operators operators;
    /** Reads {@code NAME(args)} as {@code ${NAME(args)}} would; null when there is no channel. */
    private final Function<String, Optional<String>> dialplanFunctions;

    Functions(Diagnostics log, Operators operators, Function<String, Optional<String>> dialplanFunctions) {
        this.log = log;
        this.operators = operators;
        this.dialplanFunctions = dialplanFunctions;
    }

    Value call(String name, List<Value> args) {
        if (!isFunctionName(name)) {
            log.error("Error! '" + name + "' is not possibly a function name!");
            return Value.ZERO;
        }
        LongDouble result = switch (name) {
            case "COS" -> exactUnary(name, args, LongDoubleMath::cos);
            case "SIN" -> exactUnary(name, args, LongDoubleMath::sin);
            case "TAN" -> exactUnary(name, args, LongDoubleMath::tan);
            case "ACOS" -> exactUnary(name, args, LongDoubleMath::acos);
            case "ASIN" -> exactUnary(name, args, LongDoubleMath::asin);
            case "ATAN" -> exactUnary(name, args, LongDoubleMath::atan);
            case "ATAN2" -> exactBinary(name, args, LongDoubleMath::atan2);
            case "POW" -> exactBinary(name, args, LongDouble::pow);
            case "SQRT" -> exactUnary(name, args, LongDouble::sqrt);
            case "FLOOR" -> exactUnary(name, args, LongDouble::floor);
            case "CEIL" -> exactUnary(name, args, LongDouble::ceil);
            case "ROUND" -> exactUnary(name, args, LongDouble::round);
            case "RINT" -> exactUnary(name, args, LongDouble::rint);
            case "TRUNC" -> exactUnary(name, args, LongDouble::trunc);
            case "EXP" -> exactUnary(name, args, LongDoubleMath::exp);
            case "EXP2" -> exactUnary(name, args, x -> isSmallInteger(x) ? LongDouble.ofLong(2).pow(x) : LongDoubleMath.exp2(x));
            case "EXP10" -> exactUnary(name, args, x -> isSmallInteger(x) ? LongDouble.ofLong(10).pow(x) : LongDoubleMath.exp10(x));
            case "LOG" -> exactUnary(name, args, LongDoubleMath::log);
            case "LOG2" -> exactUnary(name, args, LongDoubleMath::log2);
            case "LOG10" -> exactUnary(name, args, LongDoubleMath::log10);
            case "REMAINDER" -> exactBinary(name, args, LongDouble::remainder);
            case "ABS" -> exactUnary(name, args, x -> x.isNegativeNonZero() ? x.negate() : x);
            default -> null;
        };
        return result != null ? Value.number(result) : dialplanFunction(name, args);
    }

    private static boolean isFunctionName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private LongDouble exactUnary(String name, List<Value> args, Function<LongDouble, LongDouble> function) {
        if (args.size() != 1) {
            return wrongArgs(name);
        }
        return function.apply(argument(args.get(0)));
    }

    private LongDouble exactBinary(String name, List<Value> args, java.util.function.BinaryOperator<LongDouble> function) {
        if (args.size() != 2) {
            return wrongArgs(name);
        }
        return function.apply(argument(args.get(0)), argument(args.get(1)));
    }

    private static boolean isSmallInteger(LongDouble x) {
        return !x.isNaN() && !x.isInfinite() && x.numericallyEquals(x.trunc()) && x.abs().lessThan(LongDouble.ofLong(16384));
    }

    private LongDouble wrongArgs(String name) {
        log.warning("Wrong args to " + name + "() function");
        return LongDouble.ZERO;
    }

    /** The argument as the C code reads it after {@code to_number()}, which may have failed. */
    private LongDouble argument(Value value) {
        LongDouble number = operators.toNumber(value);
        return number == null ? LongDouble.STRING_POINTER : number;
    }

    private Value dialplanFunction(String name, List<Value> args) {
        if (dialplanFunctions == null) {
            log.warning("Hey! chan is NULL.");
            log.error("Error! '" + name + "' doesn't appear to be an available function!");
            return Value.ZERO;
        }
        StringBuilder call = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                call.append(',');
            }
            call.append(args.get(i).asText());
        }
        call.append(')');
        Optional<String> result = dialplanFunctions.apply(call.toString());
        if (result.isEmpty()) {
            log.warning("Hey! could not find func " + name + ".");
            log.error("Error! '" + name + "' doesn't appear to be an available function!");
            return Value.ZERO;
        }
        String text = result.get();
        if (isReallyNumber(text)) {
            LongDouble number = LongDouble.parse(text);
            return Value.number(number == null ? LongDouble.ZERO : number);
        }
        return Value.string(text);
    }

    /** {@code is_really_num()}: only "-0123456789. \t" characters (the empty string included). */
    private static boolean isReallyNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("-0123456789. \t".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
