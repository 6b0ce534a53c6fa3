package org.strowger.core.internal.dialplan;

import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.core.internal.dialplan.expr.AsteriskExpression;

/**
 * Asterisk's variable substitution ({@code pbx_substitute_variables_helper_full} in
 * main/pbx_variables.c): {@code ${NAME}}, nested {@code ${${NAME}}}, functions {@code ${FUNC(args)}}
 * and substrings {@code ${NAME:offset:length}}. An unknown variable becomes the empty string.
 *
 * <p>Expressions {@code $[...]} are evaluated after the variables inside them are substituted, nested
 * ones first, as the same C function does; functions called inside an expression read through the same
 * source as {@code ${FUNC(args)}}.
 */
public final class Substitution {

    private static final Logger LOG = LoggerFactory.getLogger(Substitution.class);

    private Substitution() {
    }

    public static String substitute(String text, VariableSource source) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = closing(text, i + 2, '{', '}');
                String inner = text.substring(i + 2, Math.min(end, text.length()));
                out.append(resolve(substitute(inner, source), source));
                i = end + 1;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                int end = closing(text, i + 2, '[', ']');
                if (end == text.length()) {
                    LOG.warn("Error in extension logic (missing ']')");
                }
                String inner = text.substring(i + 2, Math.min(end, text.length()));
                out.append(AsteriskExpression.evaluate(substitute(inner, source), source::lookup));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the bracket closing the one opened before {@code from}, or the text's length if none does. */
    private static int closing(String text, int from, char open, char close) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** {@code NAME}, {@code NAME:offset} or {@code NAME:offset:length}; a colon inside parentheses belongs to a function's arguments. */
    private static String resolve(String expression, VariableSource source) {
        int parens = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == ':' && parens == 0) {
                String value = source.lookup(expression.substring(0, i)).orElse("");
                return substring(value, expression.substring(i + 1));
            }
        }
        return source.lookup(expression).orElse("");
    }

    /** Offset and length read as C's {@code sscanf("%d:%d")}: whatever does not parse keeps its default. */
    private static String substring(String value, String spec) {
        int offset = 0;
        int length = Integer.MAX_VALUE;
        String[] parts = spec.split(":", 2);
        OptionalInt parsedOffset = AsteriskNumbers.leadingInt(parts[0]);
        if (parsedOffset.isPresent()) {
            offset = parsedOffset.getAsInt();
            if (parts.length > 1) {
                length = AsteriskNumbers.leadingInt(parts[1]).orElse(Integer.MAX_VALUE);
            }
        }
        return substring(value, offset, length);
    }

    /** Asterisk's {@code substring()}: negative offsets count from the end, a negative length drops chars from the end. */
    static String substring(String value, int offset, int length) {
        int total = value.length();
        if (offset == 0 && length >= total) {
            return value;
        }
        if (offset < 0) {
            offset = Math.max(0, total + offset);
        }
        if (offset >= total) {
            return "";
        }
        String rest = value.substring(offset);
        if (length >= 0) {
            return length < rest.length() ? rest.substring(0, length) : rest;
        }
        int keep = rest.length() + length;
        return keep > 0 ? rest.substring(0, keep) : "";
    }
}
