package org.strowger.api.media;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The core's media scheduler: runs tasks every {@value #PERIOD_MILLIS} ms on a bounded pool of
 * threads (one per core), so that no call needs a thread of its own. A task must return quickly
 * and never block; one that throws is logged and keeps its place.
 */
@ProviderType
public interface MediaClock {

    /** The frame period. */
    int PERIOD_MILLIS = 20;

    /**
     * Runs the task every period until the registration is closed.
     *
     * @return closing it stops the task; after {@code close} returns the task is not started again
     */
    Registration schedule(Runnable task);

    /** A scheduled task. */
    interface Registration extends AutoCloseable {

        @Override
        void close();
    }
}
