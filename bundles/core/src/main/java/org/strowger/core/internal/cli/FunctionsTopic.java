package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.RegisteredFunction;

/**
 * The {@code functions} topic of {@code core show}: {@code core show functions [like <text>]} with
 * the layout of main/pbx_functions.c {@code handle_show_functions}. {@code like} matches a part of
 * the name, case-sensitively, as {@code strstr} does.
 */
final class FunctionsTopic {

    static final String RULE = "--------------------------------------------------------------------------------";
    static final String ROW = "%-20.20s  %-35.35s  %s\n";

    private final DialplanEngine dialplan;
    private final List<String> options;

    /**
     * @param dialplan the dialplan, {@code null} while it is not there
     * @param options the words after {@code core show functions}
     */
    FunctionsTopic(DialplanEngine dialplan, List<String> options) {
        this.dialplan = dialplan;
        this.options = options;
    }

    String render() {
        boolean like = options.size() == 2 && options.get(0).equals("like");
        if (!like && !options.isEmpty()) {
            return Usage.CORE_SHOW_FUNCTIONS;
        }
        List<RegisteredFunction> functions = dialplan == null ? List.of() : dialplan.functions();
        StringBuilder out = new StringBuilder();
        out.append(like ? "Matching" : "Installed").append(" Custom Functions:\n").append(RULE).append('\n');
        int count = 0;
        for (RegisteredFunction function : functions) {
            if (like && !function.name().contains(options.get(1))) {
                continue;
            }
            count++;
            out.append(String.format(Locale.ROOT, ROW, function.name(), nonNull(function.function().syntax()),
                    nonNull(function.function().synopsis())));
        }
        out.append(count).append(' ').append(like ? "matching " : "").append("custom functions installed.\n");
        return out.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
