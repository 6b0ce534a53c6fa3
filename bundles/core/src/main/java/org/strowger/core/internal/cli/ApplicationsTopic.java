package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.RegisteredApplication;

/**
 * The {@code applications} and {@code application} topics of {@code core show} (main/pbx_app.c
 * {@code handle_show_applications}, {@code handle_show_application}, {@code print_app_docs} without
 * terminal colours).
 */
final class ApplicationsTopic {

    private final DialplanEngine dialplan;
    private final List<String> options;
    private final String commandLine;

    /**
     * @param dialplan the dialplan engine, {@code null} while it is not there
     * @param options the words after the topic
     */
    ApplicationsTopic(DialplanEngine dialplan, List<String> options, String commandLine) {
        this.dialplan = dialplan;
        this.options = options;
        this.commandLine = commandLine;
    }

    /** {@code core show applications [like <text> | describing <text> [<text>...]]}. */
    String list() {
        List<RegisteredApplication> applications = dialplan == null ? List.of() : dialplan.applications();
        if (applications.isEmpty()) {
            return "There are no registered applications\n";
        }
        boolean like = options.size() == 2 && options.get(0).equals("like");
        boolean describing = !like && options.size() > 1 && options.get(0).equals("describing");
        StringBuilder out = new StringBuilder();
        out.append(like || describing ? "    -= Matching Asterisk Applications =-\n"
                : "    -= Registered Asterisk Applications =-\n");
        int matches = 0;
        for (RegisteredApplication app : applications) {
            boolean print;
            if (like) {
                print = lower(app.name()).contains(lower(options.get(1)));
                if (print) {
                    matches++;
                }
            } else if (describing) {
                print = true;
                for (String word : options.subList(1, options.size())) {
                    if (!lower(app.application().description()).contains(lower(word))) {
                        print = false;
                    } else {
                        matches++; // Asterisk counts every word that matched
                    }
                }
            } else {
                print = true;
            }
            if (print) {
                out.append(String.format(Locale.ROOT, "  %20s: %s\n", app.name(), app.application().synopsis()));
            }
        }
        if (like || describing) {
            out.append("    -= ").append(matches).append(" Applications Matching =-\n");
        } else {
            out.append("    -= ").append(applications.size()).append(" Applications Registered =-\n");
        }
        return out.toString();
    }

    /** {@code core show application <name> [<name>...]}. */
    String describe() {
        if (options.isEmpty()) {
            return Usage.CORE_SHOW_APPLICATION;
        }
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (RegisteredApplication app : dialplan == null ? List.<RegisteredApplication>of() : dialplan.applications()) {
            for (String name : options) {
                if (app.name().equalsIgnoreCase(name)) {
                    found = true;
                    out.append("\n  -= Info about application '").append(app.name()).append("' =- \n\n")
                            .append("[Synopsis]\n").append(orNotAvailable(app.application().synopsis())).append("\n\n")
                            .append("[Description]\n").append(orNotAvailable(app.application().description()))
                            .append("\n\n")
                            .append("[Syntax]\n").append(orNotAvailable(app.application().syntax())).append("\n\n")
                            .append("[Arguments]\n").append("Not available").append("\n\n")
                            .append("[See Also]\n").append("Not available").append("\n");
                }
            }
        }
        if (!found) {
            return "Your application(s) is (are) not registered\n" + Usage.failed(commandLine);
        }
        return out.toString();
    }

    private static String orNotAvailable(String text) {
        return text == null || text.isEmpty() ? "Not available" : text;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
