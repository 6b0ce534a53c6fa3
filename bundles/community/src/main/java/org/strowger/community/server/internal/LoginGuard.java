package org.strowger.community.server.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed-login bookkeeping per account and address (protocol section 3): the delay before a 401 is answered
 * doubles per consecutive failure up to a maximum, and too many failures within a window lock the account for
 * that address. Keyed by address too, so that an attacker cannot lock a user out everywhere. Not thread-safe:
 * used on the server's logic thread only.
 */
final class LoginGuard {
    private final long firstDelay;
    private final long maxDelay;
    private final int maxFailures;
    private final long window;
    private final long lock;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new HashMap<>();

    private static final class Entry {
        int consecutive;
        final Deque<Long> recent = new ArrayDeque<>();
        long lockedUntil;
    }

    LoginGuard(long firstDelayMillis, long maxDelayMillis, int maxFailures, long windowMillis, long lockMillis,
            LongSupplier clockMillis) {
        this.firstDelay = firstDelayMillis;
        this.maxDelay = maxDelayMillis;
        this.maxFailures = maxFailures;
        this.window = windowMillis;
        this.lock = lockMillis;
        this.clock = clockMillis;
    }

    private static String key(String user, String address) {
        return user + "\u0000" + address;
    }

    /** Milliseconds the account stays locked for this address, 0 when it is not locked. */
    long lockedFor(String user, String address) {
        Entry e = entries.get(key(user, address));
        if (e == null) {
            return 0;
        }
        return Math.max(0, e.lockedUntil - clock.getAsLong());
    }

    /** Records a failure; returns how long to wait before answering it. */
    long failed(String user, String address) {
        long now = clock.getAsLong();
        Entry e = entries.computeIfAbsent(key(user, address), k -> new Entry());
        e.consecutive++;
        e.recent.addLast(now);
        while (!e.recent.isEmpty() && e.recent.peekFirst() <= now - window) {
            e.recent.removeFirst();
        }
        if (e.recent.size() >= maxFailures) {
            e.lockedUntil = now + lock;
            e.recent.clear();
        }
        long delay = firstDelay;
        for (int i = 1; i < e.consecutive && delay < maxDelay; i++) {
            delay *= 2;
        }
        return Math.min(delay, maxDelay);
    }

    /** A success forgets the failures of this account from this address. */
    void succeeded(String user, String address) {
        entries.remove(key(user, address));
    }

    /** Drops entries that no longer delay or lock anything (called now and then so the map cannot grow forever). */
    void expire() {
        long now = clock.getAsLong();
        entries.values().removeIf(e -> e.lockedUntil <= now
                && (e.recent.isEmpty() || e.recent.peekLast() <= now - window));
    }
}
