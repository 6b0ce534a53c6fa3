package org.strowger.core.internal.dialplan.function;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How Asterisk's C functions take their arguments apart, kept exact because scripts depend on the
 * corner cases: {@code __ast_app_separate_args} (main/app.c), {@code ast_strip},
 * {@code ast_strip_quoted}, {@code strsep} and {@code ast_get_encoded_char}.
 */
public final class FunctionArguments {

    private FunctionArguments() {
    }

    /**
     * {@code AST_STANDARD_APP_ARGS}: split on commas outside parentheses, brackets and quotes, with
     * quotes and backslashes removed.
     *
     * @param max how many arguments the function declares; the last one gets the raw remainder
     */
    public static List<String> standard(String text, int max) {
        return separate(text, ',', true, max);
    }

    /** {@code AST_NONSTANDARD_APP_ARGS}: the same on another delimiter. */
    public static List<String> nonstandard(String text, char delimiter, int max) {
        return separate(text, delimiter, true, max);
    }

    /**
     * {@code __ast_app_separate_args}. An empty text has no arguments at all, and a text ending in
     * the delimiter has an empty last one.
     */
    public static List<String> separate(String text, char delimiter, boolean removeChars, int max) {
        List<String> arguments = new ArrayList<>();
        if (text == null || max <= 0) {
            return arguments;
        }
        int length = text.length();
        int i = 0;
        int parens = 0;
        int brackets = 0;
        boolean quoted = false;
        int afterLastDelimiter = -1;
        while (i < length && arguments.size() < max - 1) {
            StringBuilder argument = new StringBuilder();
            for (; i < length; i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    parens++;
                    argument.append(c);
                } else if (c == ')') {
                    if (parens > 0) {
                        parens--;
                    }
                    argument.append(c);
                } else if (c == '[') {
                    brackets++;
                    argument.append(c);
                } else if (c == ']') {
                    if (brackets > 0) {
                        brackets--;
                    }
                    argument.append(c);
                } else if (c == '"' && delimiter != '"') {
                    quoted = !quoted;
                    if (!removeChars) {
                        argument.append(c);
                    }
                } else if (c == '\\') {
                    // The escaped character is taken literally, never as a delimiter or quote.
                    if (!removeChars) {
                        argument.append(c);
                    }
                    if (i + 1 < length) {
                        argument.append(text.charAt(++i));
                    }
                } else if (c == delimiter && parens == 0 && brackets == 0 && !quoted) {
                    afterLastDelimiter = ++i;
                    break;
                } else {
                    argument.append(c);
                }
            }
            arguments.add(argument.toString());
        }
        // Past the last declared argument the rest stays as written, escapes and all.
        if (i < length || (i > 0 && i == afterLastDelimiter)) {
            arguments.add(text.substring(i));
        }
        return arguments;
    }

    /** The argument at {@code index}, or {@code null} when there are fewer (C's unset argument). */
    static String argument(List<String> arguments, int index) {
        return index < arguments.size() ? arguments.get(index) : null;
    }

    /** C's {@code ast_strlen_zero}. */
    static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    /** {@code ast_strip}: C's isspace() characters off both ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code ast_strip_quoted(s, "\"", "\"")}: stripped, then one pair of surrounding double quotes removed. */
    static String stripQuoted(String text) {
        String stripped = strip(text);
        if (!stripped.isEmpty() && stripped.charAt(0) == '"' && stripped.charAt(stripped.length() - 1) == '"') {
            return stripped.length() == 1 ? "" : stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    /**
     * {@code ast_get_encoded_char}: the first character of the text, where {@code \n}, {@code \r},
     * {@code \t}, {@code \xHH} and {@code \0ooo} stand for the characters they encode.
     *
     * @return the character, empty for an empty text or a bad hexadecimal escape
     */
    static OptionalInt encodedChar(String text) {
        if (isEmpty(text)) {
            return OptionalInt.empty();
        }
        if (text.charAt(0) != '\\' || text.length() < 2) {
            return OptionalInt.of(text.charAt(0));
        }
        char kind = text.charAt(1);
        switch (kind) {
            case 'n':
                return OptionalInt.of('\n');
            case 'r':
                return OptionalInt.of('\r');
            case 't':
                return OptionalInt.of('\t');
            case 'x': {
                int value = 0;
                int digits = 0;
                for (int i = 2; i < text.length() && digits < 2 && Character.digit(text.charAt(i), 16) >= 0; i++) {
                    value = value * 16 + Character.digit(text.charAt(i), 16);
                    digits++;
                }
                return digits == 0 ? OptionalInt.empty() : OptionalInt.of(value);
            }
            case '0': {
                int value = 0;
                for (int i = 2; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '7'; i++) {
                    value = (value * 8 + text.charAt(i) - '0') & 0xFF;
                }
                return OptionalInt.of(value);
            }
            default:
                return OptionalInt.of(kind);
        }
    }

    /**
     * C's {@code sscanf("%d")} at a position: blanks skipped, an optional sign, digits.
     *
     * @return {@code {value, next position}}, or {@code null} when no number is there
     */
    static int[] scanInt(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i - digitsStart < 30) {
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.substring(start, i));
        } catch (NumberFormatException e) {
            value = text.charAt(start) == '-' ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
        return new int[] {clamped, i};
    }
}
