package org.strowger.core.internal.dialplan.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.strowger.api.dialplan.Dialplan;
import org.strowger.core.internal.dialplan.DialplanContext;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.DialplanSnapshot;
import org.strowger.core.internal.dialplan.Extension;

/**
 * What collecting dialled digits asks of the dialplan: Asterisk's {@code ast_exists_extension},
 * {@code ast_canmatch_extension} and {@code ast_matchmore_extension}. Existence is the dialplan's own
 * answer; whether more digits could still match is read from the extension names of the context and
 * what it includes, with {@code _extension_match_core}'s rules for patterns.
 */
final class ExtensionLookup {

    private enum Mode { CANMATCH, MATCHMORE }

    private final Dialplan dialplan;

    ExtensionLookup(Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    boolean exists(String context, String exten, int priority, String callerId) {
        return dialplan.exists(context, exten, priority, callerId);
    }

    /** Whether the digits are an extension or the start of one. */
    boolean canMatch(String context, String exten) {
        return anyName(context, exten, Mode.CANMATCH);
    }

    /** Whether more digits could make an extension (the digits alone may or may not be one). */
    boolean matchMore(String context, String exten) {
        return anyName(context, exten, Mode.MATCHMORE);
    }

    private boolean anyName(String context, String exten, Mode mode) {
        for (DialplanContext candidate : searchOrder(context)) {
            for (Extension extension : candidate.extensions()) {
                if (matches(extension.name(), exten, mode)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<DialplanContext> searchOrder(String context) {
        Optional<DialplanSnapshot> snapshot = dialplan instanceof DialplanEngine engine
                ? Optional.of(engine.snapshot()) : Optional.empty();
        if (snapshot.isEmpty()) {
            return List.of();
        }
        List<DialplanContext> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(context);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            Optional<DialplanContext> found = snapshot.get().context(name);
            if (found.isEmpty()) {
                continue;
            }
            order.add(found.get());
            List<String> includes = found.get().includes();
            for (int i = includes.size() - 1; i >= 0; i--) {
                pending.push(includes.get(i));
            }
        }
        return order;
    }

    /** {@code _extension_match_core} for the two partial modes. */
    static boolean matches(String pattern, String data, Mode mode) {
        if (!pattern.startsWith("_")) {
            String p = pattern.replace("-", "").replace(" ", "");
            String d = data.replace("-", "").replace(" ", "");
            if (p.length() < d.length() || !p.startsWith(d)) {
                return false;
            }
            return mode == Mode.MATCHMORE ? p.length() > d.length() : true;
        }
        int pi = 1;
        int di = 0;
        while (di < data.length() && pi < pattern.length() && pattern.charAt(pi) != '/') {
            char c = data.charAt(di);
            char p = Character.toUpperCase(pattern.charAt(pi));
            switch (p) {
                case '[' -> {
                    int end = pattern.indexOf(']', pi);
                    if (end < 0) {
                        return false; // "Wrong usage of [] in the extension"
                    }
                    if (!inSet(pattern.substring(pi + 1, end), c)) {
                        return false;
                    }
                    pi = end;
                }
                case 'N' -> {
                    if (c < '2' || c > '9') {
                        return false;
                    }
                }
                case 'X' -> {
                    if (c < '0' || c > '9') {
                        return false;
                    }
                }
                case 'Z' -> {
                    if (c < '1' || c > '9') {
                        return false;
                    }
                }
                case '.', '!' -> {
                    return true; // matches whatever follows, more digits included
                }
                case ' ', '-' -> {
                    pi++;
                    continue; // ignored in patterns: stay on the same digit
                }
                default -> {
                    if (c != pattern.charAt(pi)) {
                        return false;
                    }
                }
            }
            di++;
            pi++;
        }
        if (di < data.length()) {
            return false; // more digits than the pattern has places
        }
        if (pi >= pattern.length() || pattern.charAt(pi) == '/') {
            return mode != Mode.MATCHMORE;
        }
        return true;
    }

    private static boolean inSet(String set, char c) {
        for (int i = 0; i < set.length(); i++) {
            char from = set.charAt(i);
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                char to = set.charAt(i + 2);
                if (c >= from && c <= to) {
                    return true;
                }
                i += 2;
            } else if (c == from) {
                return true;
            }
        }
        return false;
    }
}
