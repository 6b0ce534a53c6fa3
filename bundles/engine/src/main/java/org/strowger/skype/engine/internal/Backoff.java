package org.strowger.skype.engine.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delays between attempts to reach the community again: 1 s, doubling up to 30 s, each spread by
 * +/-20 % so that many accounts (or many PBX nodes) that lost the community at the same moment do not
 * all knock at the same instant when it returns. A successful login starts over at 1 s.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    private static final double SPREAD = 0.2;

    private final DoubleSupplier random;
    private int attempts;

    /** @param random values in [0, 1); 0.5 gives the delays without jitter */
    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /** The delay before the next attempt. */
    synchronized Duration next() {
        long base = FIRST.toMillis() << Math.min(attempts, 16);
        base = Math.min(base, MAX.toMillis());
        attempts++;
        double factor = 1 - SPREAD + 2 * SPREAD * random.getAsDouble();
        return Duration.ofMillis(Math.min(MAX.toMillis(), Math.round(base * factor)));
    }

    synchronized void reset() {
        attempts = 0;
    }

    synchronized int attempts() {
        return attempts;
    }
}
