package org.strowger.core.internal.dialplan;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads channels run their dialplan on, one per call while it runs (an application may block
 * for the whole call). Idle threads are reused and end after a few seconds, so the number of threads
 * follows the number of calls up and back down, however many calls came before.
 */
final class PbxThreads extends ThreadPoolExecutor {

    /** Short enough that a quiet PBX shows no leftover threads, long enough to reuse them under load. */
    static final long IDLE_SECONDS = 5;

    PbxThreads() {
        super(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), new Factory());
    }

    private static final class Factory implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "pbx-idle-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
