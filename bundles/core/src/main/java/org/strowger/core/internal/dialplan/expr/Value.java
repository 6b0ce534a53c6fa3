package org.strowger.core.internal.dialplan.expr;

/**
 * One operand or result of an expression: Asterisk's {@code struct val} with its three types. The type
 * decides the operators' behaviour ({@code $[010 = 10]} compares numbers, {@code $["10" = 10]}
 * compares strings) and how a result prints ({@code $[010]} stays {@code 010}, {@code $[010 + 0]} is
 * {@code 10}), so it is kept exactly as the C code keeps it.
 */
final class Value {

    enum Type {
        /** A computed number, printed with %.18Lg. */
        NUMBER,
        /** Text that looks like a number (digits and dots): compared as a number, printed as typed. */
        NUMERIC_STRING,
        /** Anything else, quoted strings included (with their quotes). */
        STRING
    }

    static final Value EMPTY_STRING = new Value(Type.STRING, "", null);
    static final Value ZERO = number(LongDouble.ZERO);
    private static final Value ONE = number(LongDouble.ONE);
    /** What Asterisk's division gives for a zero or non-numeric divisor: C's INT_MAX. */
    static final Value INT_MAX = number(LongDouble.ofLong(Integer.MAX_VALUE));

    private final Type type;
    private final String text;
    private final LongDouble number;

    private Value(Type type, String text, LongDouble number) {
        this.type = type;
        this.text = text;
        this.number = number;
    }

    static Value number(LongDouble number) {
        return new Value(Type.NUMBER, null, number);
    }

    static Value booleanNumber(boolean value) {
        return value ? ONE : ZERO;
    }

    /** A token of the lexer, typed as the lexer types it (quoted strings are strings whatever they hold). */
    static Value token(String text, boolean numeric) {
        return new Value(numeric ? Type.NUMERIC_STRING : Type.STRING, text, null);
    }

    /**
     * {@code make_str()}: numeric when non-empty and made of digits and dots only (its test lets a
     * leading '-' in and then rejects it, so "-5" is a string).
     */
    static Value string(String text) {
        if (text.isEmpty()) {
            return EMPTY_STRING;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return new Value(Type.STRING, text, null);
            }
        }
        return new Value(Type.NUMERIC_STRING, text, null);
    }

    Type type() {
        return type;
    }

    boolean isString() {
        return type == Type.STRING;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    LongDouble number() {
        return number;
    }

    /** The text of a string or numeric string; null for a number (use {@link #asText()}). */
    String text() {
        return text;
    }

    /** {@code to_string()}: a number printed with %.18Lg, text as it is. */
    String asText() {
        return type == Type.NUMBER ? number.toString() : text;
    }

    @Override
    public String toString() {
        return asText();
    }
}
