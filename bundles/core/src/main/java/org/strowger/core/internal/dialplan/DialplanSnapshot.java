package org.strowger.core.internal.dialplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole dialplan as read from {@code extensions.conf} at one moment: immutable, so that
 * {@code dialplan reload} can build the next one aside and swap it in whole while calls keep reading
 * this one.
 */
public final class DialplanSnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanSnapshot.class);

    /** Asterisk's {@code AST_PBX_MAX_STACK}: how deep includes may nest in one search. */
    static final int MAX_INCLUDE_DEPTH = 128;

    private static final DialplanSnapshot EMPTY = new DialplanSnapshot(List.of(), Map.of(), true, false, List.of(),
            new PatternExtensionMatcher());

    private final Map<String, DialplanContext> contexts;
    private final Map<String, String> globals;
    private final boolean autoFallthrough;
    private final boolean clearGlobalVars;
    private final List<String> problems;
    private final ExtensionMatcher matcher;

    DialplanSnapshot(List<DialplanContext> contexts, Map<String, String> globals, boolean autoFallthrough,
            boolean clearGlobalVars, List<String> problems, ExtensionMatcher matcher) {
        Map<String, DialplanContext> byName = new LinkedHashMap<>();
        contexts.forEach(context -> byName.put(context.name(), context));
        this.contexts = Collections.unmodifiableMap(byName);
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        this.autoFallthrough = autoFallthrough;
        this.clearGlobalVars = clearGlobalVars;
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

    /**
     * The contexts in the order Asterisk walks them ({@code ast_walk_contexts}): each new context is
     * put at the head of the list, so the last one opened in the file comes first.
     */
    public List<DialplanContext> contextsAsWalked() {
        List<DialplanContext> walked = new ArrayList<>(contexts.values());
        Collections.reverse(walked);
        return walked;
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

    /** {@code clearglobalvars} of {@code [general]}: whether a reload forgets globals the file no longer sets. */
    public boolean clearGlobalVars() {
        return clearGlobalVars;
    }

    /** What was wrong or doubtful in the file, each starting with {@code file:line}. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The priority a channel at {@code exten@context} runs, searching the context and then what it
     * includes, depth first, each context once (Asterisk's {@code pbx_find_extension}).
     */
    public Optional<Priority> find(String context, String exten, int priority, String callerId) {
        return find(context, exten, priority, callerId, Instant.now());
    }

    /** {@link #find(String, String, int, String)} with includes judged at {@code now}. */
    public Optional<Priority> find(String context, String exten, int priority, String callerId, Instant now) {
        return search(context, now, candidate -> matcher
                .match(candidate, exten, callerId, e -> e.priority(priority).isPresent())
                .flatMap(e -> e.priority(priority)));
    }

    /** {@code ast_exists_extension}. */
    public boolean exists(String context, String exten, int priority, String callerId) {
        return find(context, exten, priority, callerId).isPresent();
    }

    /** The extension with a hint for the number (Asterisk's {@code ast_hint_extension}). */
    public Optional<Extension> findHint(String context, String exten) {
        return search(context, Instant.now(),
                candidate -> matcher.match(candidate, exten, "", e -> e.hint().isPresent()));
    }

    /** The first extension that matches at all, with any priority or a hint. */
    public Optional<Extension> findExtension(String context, String exten, String callerId) {
        return search(context, Instant.now(), candidate -> matcher.match(candidate, exten, callerId, e -> true));
    }

    /** {@code ast_findlabel_extension}: the priority a label names, searching includes too. */
    public OptionalInt findLabel(String context, String exten, String label, String callerId) {
        Optional<Integer> found = search(context, Instant.now(), candidate -> matcher
                .match(candidate, exten, callerId, e -> e.label(label).isPresent())
                .flatMap(e -> e.label(label)));
        return found.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * {@code ast_matchmore_extension}: whether some extension would still match if more digits came
     * (the PBX waits for them while this holds).
     */
    public boolean matchMore(String context, String exten, String callerId) {
        return closeMatch(context, exten, callerId, ExtensionPattern.Mode.MATCH_MORE);
    }

    /** {@code ast_canmatch_extension}: whether the number matches now or could with more digits. */
    public boolean canMatch(String context, String exten, String callerId) {
        return closeMatch(context, exten, callerId, ExtensionPattern.Mode.CAN_MATCH);
    }

    private boolean closeMatch(String context, String exten, String callerId, ExtensionPattern.Mode mode) {
        String number = exten == null ? "" : exten;
        Function<DialplanContext, Optional<Boolean>> inContext = candidate -> {
            for (Extension e : candidate.extensions()) {
                int match = ExtensionPattern.match(e.name(), number, mode);
                if (match == ExtensionPattern.NO_MATCH
                        || (!e.matchesAnyCaller() && !ExtensionPattern.matchesCallerId(e.callerIdMatch(), callerId))) {
                    continue;
                }
                if (match == ExtensionPattern.EARLY_MATCH && mode == ExtensionPattern.Mode.MATCH_MORE) {
                    // A '!' pattern decides: no more digits are needed (pbx_find_extension).
                    return Optional.of(false);
                }
                if (e.priority(1).isPresent()) {
                    return Optional.of(true);
                }
            }
            return Optional.empty();
        };
        return search(context, Instant.now(), inContext).orElse(false);
    }

    /**
     * Searches the context, then its includes that apply {@code now}, depth first; a context already
     * searched (include loops, diamonds) is not searched again, as Asterisk's {@code incstack} does.
     */
    private <T> Optional<T> search(String context, Instant now, Function<DialplanContext, Optional<T>> inContext) {
        return search(context, now, inContext, new ArrayList<>());
    }

    private <T> Optional<T> search(String context, Instant now, Function<DialplanContext, Optional<T>> inContext,
            List<String> searched) {
        if (searched.size() >= MAX_INCLUDE_DEPTH) {
            LOG.warn("Maximum PBX stack exceeded");
            return Optional.empty();
        }
        for (String done : searched) {
            if (done.equalsIgnoreCase(context)) {
                return Optional.empty();
            }
        }
        DialplanContext start = contexts.get(context);
        if (start == null) {
            return Optional.empty();
        }
        Optional<T> found = inContext.apply(start);
        if (found.isPresent()) {
            return found;
        }
        searched.add(start.name());
        for (Include include : start.includes()) {
            if (include.appliesAt(now)) {
                found = search(include.context(), now, inContext, searched);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
