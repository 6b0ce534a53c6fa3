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

    /** The argument at {@code index}, stripped, or empty if there are fewer. */
    public static String argument(List<String> arguments, int index) {
        return index < arguments.size() ? arguments.get(index).strip() : "";
    }
}
