package org.strowger.manager.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A session's event filters (should_send_event in main/manager.c): with none, everything passes;
 * includes alone let through what matches one of them; excludes alone what matches none; both
 * together what matches an include and no exclude. Regular expressions search the whole event text.
 */
public final class EventFilters {

    private final List<Pattern> includes = new CopyOnWriteArrayList<>();
    private final List<Pattern> excludes = new CopyOnWriteArrayList<>();

    /**
     * Adds {@code regex}, or an exclude for {@code !regex}.
     *
     * @throws java.util.regex.PatternSyntaxException if it does not compile
     */
    public void add(String filter) {
        if (filter.startsWith("!")) {
            excludes.add(Pattern.compile(filter.substring(1)));
        } else {
            includes.add(Pattern.compile(filter));
        }
    }

    public boolean allows(String eventText) {
        if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(eventText).find())) {
            return false;
        }
        return excludes.stream().noneMatch(p -> p.matcher(eventText).find());
    }
}
