package org.strowger.benchmarks;

import org.strowger.api.media.MediaClock;

/** A media clock that never ticks: a micro-benchmark sends its frames itself, on its own thread. */
public final class IdleClock implements MediaClock {

    private static final Registration NOTHING = () -> {
    };

    @Override
    public Registration schedule(Runnable task) {
        return NOTHING;
    }
}
