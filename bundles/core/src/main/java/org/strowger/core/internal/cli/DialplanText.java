package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.core.internal.dialplan.DialplanContext;
import org.strowger.core.internal.dialplan.DialplanSnapshot;
import org.strowger.core.internal.dialplan.Extension;
import org.strowger.core.internal.dialplan.ExtensionPattern;
import org.strowger.core.internal.dialplan.Include;
import org.strowger.core.internal.dialplan.Priority;

/**
 * {@code dialplan show [[exten@]context]} byte for byte as main/pbx.c {@code handle_show_dialplan} and
 * {@code show_dialplan_helper} print it: contexts in the order Asterisk walks them (the last one
 * opened first), extensions in {@code ext_cmp} order, each priority with its file and line.
 */
final class DialplanText {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanText.class);

    /** The registrar of everything read from extensions.conf. */
    static final String REGISTRAR = "pbx_config";

    private static final String LINE = "  %-17s %-45s [%s:%d]\n";
    private static final String INCLUDE = "  Include =>        %-45s [%s]\n";
    private static final String IGNORE_PATTERN = "  Ignore pattern => %-45s [%s]\n";
    private static final int MAX_INCLUDE_DEPTH = 128;

    /** {@code struct dialplan_counters}. */
    private static final class Counters {
        int contexts;
        int extensions;
        int priorities;
        boolean contextExists;
        boolean extensionExists;
    }

    private DialplanText() {
    }

    /**
     * @param argument the word after {@code dialplan show}, or {@code null}
     * @param commandLine the command as typed, for Asterisk's failure line
     */
    static String show(DialplanSnapshot dialplan, String argument, String commandLine) {
        String context = null;
        String exten = null;
        if (argument != null) {
            int at = argument.indexOf('@');
            if (at >= 0) {
                exten = argument.substring(0, at);
                context = argument.substring(at + 1);
                if (exten.isEmpty()) {
                    exten = null;
                }
            } else {
                context = argument;
            }
            if (context.isEmpty()) {
                context = null;
            }
        }
        StringBuilder out = new StringBuilder();
        Counters counters = new Counters();
        helper(out, dialplan, context, exten, counters, false, new ArrayList<>());
        if (context != null && !counters.contextExists) {
            return out + "There is no existence of '" + context + "' context\n" + Usage.failed(commandLine);
        }
        if (exten != null && !counters.extensionExists) {
            out.append(context != null ? "There is no existence of " + exten + "@" + context + " extension\n"
                    : "There is no existence of '" + exten + "' extension in all contexts\n");
            return out + Usage.failed(commandLine);
        }
        out.append("-= ").append(counters.extensions).append(counters.extensions == 1 ? " extension" : " extensions")
                .append(" (").append(counters.priorities).append(counters.priorities == 1 ? " priority" : " priorities")
                .append(") in ").append(counters.contexts).append(counters.contexts == 1 ? " context" : " contexts")
                .append(". =-\n");
        return out.toString();
    }

    /** {@code show_dialplan_helper}. */
    private static void helper(StringBuilder out, DialplanSnapshot dialplan, String contextName, String exten,
            Counters counters, boolean included, List<String> includeStack) {
        for (DialplanContext context : dialplan.contextsAsWalked()) {
            if (contextName != null && !context.name().equals(contextName)) {
                continue;
            }
            counters.contextExists = true;
            boolean headerPrinted = false;
            if (exten == null) {
                counters.contexts++;
                out.append("[ Context '").append(context.name()).append("' created by '").append(REGISTRAR)
                        .append("' ]\n");
                headerPrinted = true;
            }
            for (Extension extension : context.extensions()) {
                if (exten != null && !ExtensionPattern.matches(extension.displayName(), exten)) {
                    continue;
                }
                counters.extensionExists = true;
                if (!headerPrinted) {
                    counters.contexts++;
                    out.append(included ? "[ Included context '" : "[ Context '").append(context.name())
                            .append("' created by '").append(REGISTRAR).append("' ]\n");
                    headerPrinted = true;
                }
                List<Priority> lines = new ArrayList<>();
                extension.hintLine().ifPresent(lines::add);
                lines.addAll(extension.priorities().values());
                boolean first = true;
                for (Priority priority : lines) {
                    counters.priorities++;
                    String name;
                    if (first) {
                        name = extension.matchesAnyCaller() ? "'" + extension.displayName() + "' =>"
                                : "'" + extension.displayName() + "' (CID match '" + extension.callerIdMatch() + "') => ";
                        counters.extensions++;
                        first = false;
                    } else {
                        name = priority.label().isEmpty() ? "" : "   [" + priority.label() + "]";
                    }
                    out.append(format(LINE, name, describe(priority), priority.file(), priority.line()));
                }
            }
            for (Include include : context.includes()) {
                String quoted = "'" + include.name() + "'";
                if (exten == null) {
                    out.append(format(INCLUDE, quoted, REGISTRAR));
                } else if (includeStack.size() >= MAX_INCLUDE_DEPTH) {
                    LOG.warn("Maximum include depth exceeded!");
                } else if (includeStack.stream().anyMatch(name -> name.equalsIgnoreCase(include.name()))) {
                    LOG.warn("Avoiding circular include of {} within {}", include.name(), contextName);
                } else {
                    List<String> deeper = new ArrayList<>(includeStack);
                    deeper.add(include.name());
                    // Asterisk looks the include up by its whole text, so a timed include shows nothing here.
                    helper(out, dialplan, include.name(), exten, counters, true, deeper);
                }
            }
            for (String ignorePattern : context.ignorePatterns()) {
                if (exten == null || ExtensionPattern.matches("_" + ignorePattern + ".", exten)) {
                    out.append(format(IGNORE_PATTERN, "'" + ignorePattern + "'", REGISTRAR));
                }
            }
            if (headerPrinted) {
                out.append('\n');
            }
        }
    }

    /** {@code print_ext}: {@code 1. App(data)} or {@code hint: devices}. */
    private static String describe(Priority priority) {
        if (priority.number() < 0) {
            return "hint: " + priority.data();
        }
        return priority.number() + ". " + priority.application() + "(" + priority.data() + ")";
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
