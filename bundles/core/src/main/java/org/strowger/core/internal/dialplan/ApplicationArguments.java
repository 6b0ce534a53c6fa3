package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an application's data into arguments as Asterisk's {@code ast_app_separate_args} does: on
 * commas outside quotes and brackets, with the quotes and backslash escapes removed.
 */
public final class ApplicationArguments {

    private ApplicationArguments() {
    }

    /** The arguments, at least one (empty data gives one empty argument). */
    public static List<String> split(String data) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < data.length()) {
                current.append(data.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        arguments.add(current.toString());
        return arguments;
    }

    /**
     * Asterisk's {@code __ast_app_separate_args} exactly: splits on {@code delimiter} outside
     * parentheses, brackets and double quotes; the last of {@code limit} arguments keeps the rest
     * unsplit. With {@code removeChars} ({@code AST_STANDARD_APP_ARGS}) quotes and escaping
     * backslashes are dropped; without ({@code AST_*_RAW_ARGS}) the text is kept as written.
     * Nothing is trimmed. Empty data gives no arguments.
     */
    public static List<String> separate(String data, char delimiter, int limit, boolean removeChars) {
        List<String> arguments = new ArrayList<>();
        if (data == null || data.isEmpty()) {
            return arguments;
        }
        int paren = 0;
        int bracket = 0;
        boolean quote = false;
        StringBuilder current = new StringBuilder();
        int i = 0;
        boolean endedOnDelimiter = false;
        while (i < data.length() && arguments.size() < limit - 1) {
            endedOnDelimiter = false;
            for (; i < data.length(); i++) {
                char c = data.charAt(i);
                if (c == '(') {
                    paren++;
                } else if (c == ')') {
                    if (paren > 0) {
                        paren--;
                    }
                } else if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    if (bracket > 0) {
                        bracket--;
                    }
                } else if (c == '"' && delimiter != '"') {
                    quote = !quote;
                    if (removeChars) {
                        continue;
                    }
                } else if (c == '\\') {
                    if (!removeChars) {
                        current.append(c);
                    }
                    i++;
                    if (i < data.length()) {
                        current.append(data.charAt(i));
                    }
                    continue;
                } else if (c == delimiter && paren == 0 && !quote && bracket == 0) {
                    i++;
                    endedOnDelimiter = true;
                    break;
                }
                current.append(c);
            }
            arguments.add(current.toString());
            current.setLength(0);
        }
        if (i < data.length()) {
            arguments.add(data.substring(i));
        } else if (endedOnDelimiter) {
            arguments.add("");
        }
        return arguments;
    }

    /** The argument at {@code index}, stripped, or empty if there are fewer. */
    public static String argument(List<String> arguments, int index) {
        return index < arguments.size() ? arguments.get(index).strip() : "";
    }
}
