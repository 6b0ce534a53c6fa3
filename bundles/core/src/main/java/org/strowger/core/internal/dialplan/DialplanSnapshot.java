package org.strowger.core.internal.dialplan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole dialplan as read from {@code extensions.conf} at one moment: immutable, so that
 * {@code dialplan reload} can build the next one aside and swap it in whole while calls keep reading
 * this one.
 */
public final class DialplanSnapshot {

    private static final DialplanSnapshot EMPTY = new DialplanSnapshot(List.of(), Map.of(), true, List.of(),
            new ExactExtensionMatcher());

    private final Map<String, DialplanContext> contexts;
    private final Map<String, String> globals;
    private final boolean autoFallthrough;
    private final List<String> problems;
    private final ExtensionMatcher matcher;

    DialplanSnapshot(List<DialplanContext> contexts, Map<String, String> globals, boolean autoFallthrough,
            List<String> problems, ExtensionMatcher matcher) {
        Map<String, DialplanContext> byName = new LinkedHashMap<>();
        contexts.forEach(context -> byName.put(context.name(), context));
        this.contexts = Collections.unmodifiableMap(byName);
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        this.autoFallthrough = autoFallthrough;
        this.problems = List.copyOf(problems);
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** No contexts at all: what runs before a first {@code extensions.conf} could be read. */
    public static DialplanSnapshot empty() {
        return EMPTY;
    }

    /** The contexts in file order; names are case-sensitive, as in Asterisk. */
    public Map<String, DialplanContext> contexts() {
        return contexts;
    }

    public Optional<DialplanContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** The {@code [globals]} variables, values already substituted, in file order. */
    public Map<String, String> globals() {
        return globals;
    }

    /** {@code autofallthrough} of {@code [general]}: yes unless set otherwise. */
    public boolean autoFallthrough() {
        return autoFallthrough;
    }

    /** The lines that were skipped and why, each starting with {@code file:line}. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The priority a channel at {@code exten@context} runs, searching the context and then what it
     * includes, depth first, each context once (Asterisk's {@code pbx_find_extension}).
     */
    public Optional<Priority> find(String context, String exten, int priority, String callerId) {
        for (DialplanContext candidate : searchOrder(context)) {
            Optional<Priority> found = matcher.match(candidate, exten, callerId).flatMap(e -> e.priority(priority));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether the context or one it includes has the extension at all (any priority). */
    public Optional<Extension> findExtension(String context, String exten, String callerId) {
        for (DialplanContext candidate : searchOrder(context)) {
            Optional<Extension> found = matcher.match(candidate, exten, callerId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The context and its includes, depth first; an include cycle or a missing context is skipped. */
    private List<DialplanContext> searchOrder(String context) {
        DialplanContext start = contexts.get(context);
        if (start == null) {
            return List.of();
        }
        if (start.includes().isEmpty()) {
            return List.of(start);
        }
        List<DialplanContext> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<DialplanContext> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            DialplanContext next = pending.pop();
            if (!seen.add(next.name())) {
                continue;
            }
            order.add(next);
            List<String> includes = next.includes();
            for (int i = includes.size() - 1; i >= 0; i--) {
                DialplanContext included = contexts.get(includes.get(i));
                if (included != null && !seen.contains(included.name())) {
                    pending.push(included);
                }
            }
        }
        return order;
    }
}
