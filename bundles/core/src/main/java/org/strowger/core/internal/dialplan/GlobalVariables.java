package org.strowger.core.internal.dialplan;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dialplan's global variables: seeded from {@code [globals]}, changed at run time by
 * {@code Set(GLOBAL(x)=...)}. Unlike the dialplan itself they are live state, not part of a snapshot.
 */
public final class GlobalVariables {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Sets or, with {@code null}, removes a global. */
    public void set(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    /** What a (re)load does: the file's values win; with {@code clear}, nothing else survives. */
    void load(Map<String, String> fromFile, boolean clear) {
        if (clear) {
            values.keySet().retainAll(fromFile.keySet());
        }
        values.putAll(fromFile);
    }
}
