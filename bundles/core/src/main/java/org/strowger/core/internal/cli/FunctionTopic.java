package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Optional;

import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.RegisteredFunction;

/**
 * The {@code function} topic of {@code core show}: {@code core show function <name>} with the
 * layout of main/pbx_functions.c {@code handle_show_function}, uncoloured. Our functions carry a
 * synopsis and a syntax; the description, arguments and see-also sections say "Not available", as
 * Asterisk does for a function without them.
 */
final class FunctionTopic {

    static final String NOT_AVAILABLE = "Not available";

    private final DialplanEngine dialplan;
    private final List<String> options;
    private final String commandLine;

    FunctionTopic(DialplanEngine dialplan, List<String> options, String commandLine) {
        this.dialplan = dialplan;
        this.options = options;
        this.commandLine = commandLine;
    }

    String render() {
        if (options.size() != 1) {
            return Usage.CORE_SHOW_FUNCTION;
        }
        Optional<RegisteredFunction> found = dialplan == null ? Optional.empty()
                : dialplan.functions().stream().filter(f -> f.name().equalsIgnoreCase(options.get(0))).findFirst();
        if (found.isEmpty()) {
            return "No function by that name registered.\n" + Usage.failed(commandLine);
        }
        DialplanFunction function = found.get().function();
        return "\n  -= Info about function '" + found.get().name() + "' =- \n\n"
                + "[Synopsis]\n" + orNotAvailable(function.synopsis()) + "\n\n"
                + "[Description]\n" + NOT_AVAILABLE + "\n\n"
                + "[Syntax]\n" + orNotAvailable(function.syntax()) + "\n\n"
                + "[Arguments]\n" + NOT_AVAILABLE + "\n\n"
                + "[See Also]\n" + NOT_AVAILABLE + "\n";
    }

    /** C's S_OR(text, "Not available"). */
    private static String orNotAvailable(String text) {
        return text == null || text.isEmpty() ? NOT_AVAILABLE : text;
    }
}
