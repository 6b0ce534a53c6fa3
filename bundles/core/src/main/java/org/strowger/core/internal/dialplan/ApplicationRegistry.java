package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code DialplanApplication} whiteboard: every registration is kept, and each change builds a
 * new name table that readers (PBX threads, one lookup per priority) get without locking.
 */
final class ApplicationRegistry {

    private final List<RegisteredApplication> registered = new ArrayList<>();
    private volatile Map<String, RegisteredApplication> byName = Map.of();

    /** @return {@code false} if another service already had the name and keeps it */
    synchronized boolean add(RegisteredApplication application) {
        registered.add(application);
        rebuild();
        return byName.get(key(application.name())) == application;
    }

    /** @return the registrations that went */
    synchronized List<RegisteredApplication> remove(long serviceId) {
        List<RegisteredApplication> gone = registered.stream().filter(a -> a.serviceId() == serviceId).toList();
        registered.removeAll(gone);
        rebuild();
        return gone;
    }

    Optional<RegisteredApplication> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The applications in use, sorted by name (for {@code core show applications}). */
    List<RegisteredApplication> all() {
        return byName.values().stream().sorted(Comparator.comparing(a -> key(a.name()))).toList();
    }

    private void rebuild() {
        Map<String, RegisteredApplication> table = new HashMap<>();
        for (RegisteredApplication application : registered) {
            table.merge(key(application.name()), application, (old, candidate) -> candidate.beats(old) ? candidate : old);
        }
        byName = Map.copyOf(table);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
