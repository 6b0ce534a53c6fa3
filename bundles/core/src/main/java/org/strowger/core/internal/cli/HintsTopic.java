package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;

/**
 * The {@code hints} and {@code hint} topics of {@code core show}: {@code core show hints} and
 * {@code core show hint <exten>} with the texts of main/extension_state.c {@code handle_show_hints}
 * and {@code handle_show_hint}.
 */
final class HintsTopic {

    /* handle_show_hints: exten@context, the hint, extension state, presence, watchers (%2zd). */
    static final String FORMAT = "%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n";
    static final String NO_HINTS = "There are no registered dialplan hints\n";

    private final Hints hints;

    /** @param hints the core's hints, {@code null} while that service is not there (no hints then) */
    HintsTopic(Hints hints) {
        this.hints = hints;
    }

    /** {@code core show hints}; like Asterisk it ignores words after {@code hints}. */
    String all() {
        List<Hint> all = hints == null ? List.of() : hints.hints();
        if (all.isEmpty()) {
            return NO_HINTS;
        }
        StringBuilder out = new StringBuilder("\n    -= Registered Asterisk Dial Plan Hints =-\n");
        all.forEach(hint -> out.append(line(hint)));
        out.append("----------------\n");
        out.append("- ").append(all.size()).append(" hints registered\n");
        return out.toString();
    }

    /** {@code core show hint <exten>}: the hints whose {@code exten@context} starts with the word, any case. */
    String matching(List<String> options) {
        if (options.isEmpty()) {
            return Usage.CORE_SHOW_HINT;
        }
        List<Hint> all = hints == null ? List.of() : hints.hints();
        if (all.isEmpty()) {
            return NO_HINTS;
        }
        String wanted = options.get(0);
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (Hint hint : all) {
            String extension = hint.exten() + "@" + hint.context();
            if (extension.regionMatches(true, 0, wanted, 0, wanted.length())) {
                out.append(line(hint));
                count++;
            }
        }
        if (count == 0) {
            out.append("No hints matching extension ").append(wanted).append('\n');
        } else {
            out.append(count).append(" hint").append(AsteriskText.ess(count)).append(" matching extension ")
                    .append(wanted).append('\n');
        }
        return out.toString();
    }

    private static String line(Hint hint) {
        return String.format(Locale.ROOT, FORMAT, hint.exten() + "@" + hint.context(), hint.application(),
                hint.state().text(), hint.presence().state().text(), hint.watchers());
    }
}
