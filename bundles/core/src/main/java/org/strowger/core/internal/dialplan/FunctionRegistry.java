package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code DialplanFunction} whiteboard: every registration is kept, and each change builds a new
 * name table that readers (every {@code ${FUNC()}} of every channel) get without locking.
 */
final class FunctionRegistry {

    private final List<RegisteredFunction> registered = new ArrayList<>();
    private volatile Map<String, RegisteredFunction> byName = Map.of();

    /** @return {@code false} if another service already had the name and keeps it */
    synchronized boolean add(RegisteredFunction function) {
        registered.add(function);
        rebuild();
        return byName.get(key(function.name())) == function;
    }

    /** @return the registrations that went */
    synchronized List<RegisteredFunction> remove(long serviceId) {
        List<RegisteredFunction> gone = registered.stream().filter(f -> f.serviceId() == serviceId).toList();
        registered.removeAll(gone);
        rebuild();
        return gone;
    }

    Optional<RegisteredFunction> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * The functions in use in Asterisk's order for {@code core show functions}: sorted by name with
     * {@code strcmp}, so upper case before lower case.
     */
    List<RegisteredFunction> all() {
        return byName.values().stream().sorted(Comparator.comparing(RegisteredFunction::name)).toList();
    }

    private void rebuild() {
        Map<String, RegisteredFunction> table = new HashMap<>();
        for (RegisteredFunction function : registered) {
            table.merge(key(function.name()), function, (old, candidate) -> candidate.beats(old) ? candidate : old);
        }
        byName = Map.copyOf(table);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
