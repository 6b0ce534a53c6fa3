package org.strowger.core.internal.dialplan;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One extension of a context with its priorities, immutable once built. An extension written with a
 * caller-ID match ({@code exten => 100/5551234,1,...}) is a separate extension from plain {@code 100}.
 */
public final class Extension {

    private final String name;
    private final String callerIdMatch;
    private final NavigableMap<Integer, Priority> priorities;
    private final Map<String, Integer> labels;
    private final String hint;

    Extension(String name, String callerIdMatch, NavigableMap<Integer, Priority> priorities,
            Map<String, Integer> labels, String hint) {
        this.name = name;
        this.callerIdMatch = callerIdMatch;
        this.priorities = Collections.unmodifiableNavigableMap(new TreeMap<>(priorities));
        this.labels = Map.copyOf(labels);
        this.hint = hint;
    }

    /** The extension as matched: dashes removed ({@code 555-1234} is {@code 5551234}). */
    public String name() {
        return name;
    }

    /** The caller-ID number this extension is limited to, empty for any caller. */
    public String callerIdMatch() {
        return callerIdMatch;
    }

    public boolean matchesAnyCaller() {
        return callerIdMatch.isEmpty();
    }

    public Optional<Priority> priority(int number) {
        return Optional.ofNullable(priorities.get(number));
    }

    /** The priorities in order. */
    public NavigableMap<Integer, Priority> priorities() {
        return priorities;
    }

    /** The priority a label names. */
    public Optional<Integer> label(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    /** The device list of {@code exten => 100,hint,...}, empty if the extension has none. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
