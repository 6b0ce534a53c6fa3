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
    private final String displayName;
    private final String callerIdMatch;
    private final boolean matchesCallerId;
    private final NavigableMap<Integer, Priority> priorities;
    private final Map<String, Integer> labels;
    private final Priority hint;

    /**
     * @param displayName the name as written, blanks removed ({@code 555-1234}, {@code _NXX-XXXX})
     * @param callerIdMatch the caller-ID pattern, dashes removed; {@code null} for any caller
     * @param hint the {@code hint} line (its data the device list), {@code null} if none
     */
    Extension(String displayName, String callerIdMatch, NavigableMap<Integer, Priority> priorities,
            Map<String, Integer> labels, Priority hint) {
        this.displayName = displayName;
        this.name = ExtensionPattern.clean(displayName, true);
        this.matchesCallerId = callerIdMatch != null;
        this.callerIdMatch = callerIdMatch == null ? "" : callerIdMatch;
        this.priorities = Collections.unmodifiableNavigableMap(new TreeMap<>(priorities));
        this.labels = Map.copyOf(labels);
        this.hint = hint;
    }

    /** The extension as matched: dashes removed ({@code 555-1234} is {@code 5551234}). */
    public String name() {
        return name;
    }

    /** The extension as written (Asterisk's {@code ast_get_extension_name}), what {@code dialplan show} prints. */
    public String displayName() {
        return displayName;
    }

    /** The caller-ID number or pattern this extension is limited to, empty for any caller. */
    public String callerIdMatch() {
        return callerIdMatch;
    }

    public boolean matchesAnyCaller() {
        return !matchesCallerId;
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
        return hintLine().map(Priority::data);
    }

    /** The {@code hint} line itself, with where it was written. */
    public Optional<Priority> hintLine() {
        return Optional.ofNullable(hint);
    }

    /**
     * Asterisk's order of extensions in a context ({@code ast_add_extension2}): by {@code ext_cmp} of
     * the names, and for equal names one limited to callers before the one for anyone.
     */
    static int compare(Extension a, Extension b) {
        int cmp = ExtensionPattern.compare(a.name, b.name);
        if (cmp != 0) {
            return cmp;
        }
        if (a.matchesCallerId != b.matchesCallerId) {
            return a.matchesCallerId ? -1 : 1;
        }
        return a.matchesCallerId ? ExtensionPattern.compare(a.callerIdMatch, b.callerIdMatch) : 0;
    }

    @Override
    public String toString() {
        return matchesCallerId ? displayName + "/" + callerIdMatch : displayName;
    }
}
