package org.strowger.api.dialplan;

import java.util.List;

/**
 * What {@link Dialplan#listing(String, String)} found, with the counts Asterisk's manager reports
 * ({@code struct dialplan_counters}).
 *
 * @param entries the entries in Asterisk's order: contexts as {@code ast_walk_contexts} visits them
 *     (the last one opened first), in each its extensions in search order with the hint before
 *     priority 1, then its includes, then its ignore patterns
 * @param extensions how many extensions were listed
 * @param priorities how many priorities (hints included) were listed
 * @param contexts how many contexts were visited, empty ones included
 * @param contextFound whether a context of the asked name exists (true when no context was asked)
 * @param extensionFound whether an extension matched the asked one (true when none was asked)
 * @since 1.1
 */
public record DialplanListing(List<DialplanEntry> entries, int extensions, int priorities, int contexts,
        boolean contextFound, boolean extensionFound) {

    public DialplanListing {
        entries = List.copyOf(entries);
    }
}
