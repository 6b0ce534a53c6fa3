package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.dialplan.DialplanEntry;
import org.strowger.api.dialplan.DialplanListing;

/**
 * The dialplan as the manager's {@code ShowDialPlan} lists it (main/pbx.c
 * {@code manager_show_dialplan_helper}); close to {@code dialplan show}, but every context of the
 * asked name is counted, even one with nothing to show.
 */
final class DialplanListings {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanListings.class);

    /** {@code struct dialplan_counters}, and the entries in the order they are found. */
    private static final class Walk {
        final List<DialplanEntry> entries = new ArrayList<>();
        int contexts;
        int extensions;
        int priorities;
        boolean contextFound;
        boolean extensionFound;
    }

    private DialplanListings() {
    }

    static DialplanListing list(DialplanSnapshot dialplan, String context, String exten) {
        String contextName = context == null || context.isEmpty() ? null : context;
        String number = exten == null || exten.isEmpty() ? null : exten;
        Walk walk = new Walk();
        walk(dialplan, contextName, number, walk, new ArrayList<>());
        return new DialplanListing(walk.entries, walk.extensions, walk.priorities, walk.contexts,
                contextName == null || walk.contextFound, number == null || walk.extensionFound);
    }

    private static void walk(DialplanSnapshot dialplan, String contextName, String exten, Walk walk,
            List<String> includeStack) {
        for (DialplanContext context : dialplan.contextsAsWalked()) {
            if (contextName != null && !context.name().equals(contextName)) {
                continue;
            }
            walk.contextFound = true;
            walk.contexts++;
            for (Extension extension : context.extensions()) {
                if (exten != null && !ExtensionPattern.matches(extension.displayName(), exten)) {
                    continue;
                }
                walk.extensionFound = true;
                walk.extensions++;
                // The hint is the extension's first peer (PRIORITY_HINT sorts before priority 1).
                List<Priority> peers = new ArrayList<>();
                extension.hintLine().ifPresent(peers::add);
                peers.addAll(extension.priorities().values());
                for (Priority priority : peers) {
                    walk.priorities++;
                    boolean hint = priority.number() < 0;
                    walk.entries.add(new DialplanEntry.Priority(context.name(), extension.displayName(),
                            priority.label(), hint ? DialplanEntry.Priority.HINT : priority.number(),
                            hint ? priority.data() : priority.application(), hint ? "" : priority.data(),
                            DialplanEntry.PBX_CONFIG));
                }
            }
            for (Include include : context.includes()) {
                if (exten == null) {
                    walk.entries.add(new DialplanEntry.Include(context.name(), include.name(), DialplanEntry.PBX_CONFIG));
                } else if (includeStack.size() >= DialplanSnapshot.MAX_INCLUDE_DEPTH) {
                    LOG.warn("Maximum include depth exceeded!");
                } else if (includeStack.stream().anyMatch(name -> name.equalsIgnoreCase(include.name()))) {
                    LOG.warn("Avoiding circular include of {} within {}", include.name(), contextName);
                } else {
                    List<String> deeper = new ArrayList<>(includeStack);
                    deeper.add(include.name());
                    // Asterisk looks the include up by its whole text, so a timed include finds nothing.
                    walk(dialplan, include.name(), exten, walk, deeper);
                }
            }
            for (String ignorePattern : context.ignorePatterns()) {
                if (exten == null || ExtensionPattern.matches("_" + ignorePattern + ".", exten)) {
                    walk.entries.add(new DialplanEntry.IgnorePattern(context.name(), ignorePattern,
                            DialplanEntry.PBX_CONFIG));
                }
            }
        }
    }
}
