package org.strowger.core.internal.media;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.MediaClock;

/**
 * The media scheduler: tasks are spread over one shard per core, and each shard runs all its tasks
 * every 20 ms on a fixed pool of that many threads. A tick allocates nothing: a shard walks a plain
 * array that only its own tick changes.
 *
 * <p>A shard whose tick ends after its next tick was due counts as late: that is the "no late frames"
 * measure the benchmarks report.
 */
@Component(service = {MediaClock.class, MediaClockImpl.class})
public final class MediaClockImpl implements MediaClock, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaClockImpl.class);
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);

    private final ScheduledThreadPoolExecutor executor;
    private final Shard[] shards;

    @Activate
    public MediaClockImpl() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many media threads (and shards) to run */
    public MediaClockImpl(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the media clock needs at least one thread, not " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "strowger-media-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
            return thread;
        };
        executor = new ScheduledThreadPoolExecutor(threads, factory);
        executor.setRemoveOnCancelPolicy(true);
        shards = new Shard[threads];
        for (int i = 0; i < threads; i++) {
            shards[i] = new Shard();
            // Stagger the shards across the period so that they do not all wake at the same instant.
            long offset = PERIOD_NANOS * i / threads;
            executor.scheduleAtFixedRate(shards[i], offset, PERIOD_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public Registration schedule(Runnable task) {
        Shard least = shards[0];
        for (Shard shard : shards) {
            if (shard.size() < least.size()) {
                least = shard;
            }
        }
        ScheduledTask scheduled = new ScheduledTask(task, least);
        least.add(scheduled);
        return scheduled;
    }

    /** How the clock has kept time since it started (or since {@link #resetStatistics()}). */
    public Statistics statistics() {
        long ticks = 0;
        long late = 0;
        long maxLag = 0;
        long failures = 0;
        int tasks = 0;
        for (Shard shard : shards) {
            ticks += shard.ticks.sum();
            late += shard.lateTicks.sum();
            maxLag = Math.max(maxLag, shard.maxLagNanos);
            failures += shard.failures.sum();
            tasks += shard.size();
        }
        return new Statistics(shards.length, tasks, ticks, late, TimeUnit.NANOSECONDS.toMicros(maxLag), failures);
    }

    public void resetStatistics() {
        for (Shard shard : shards) {
            shard.ticks.reset();
            shard.lateTicks.reset();
            shard.failures.reset();
            shard.maxLagNanos = 0;
        }
    }

    @Deactivate
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * @param threads media threads
     * @param tasks tasks scheduled now
     * @param ticks shard ticks run
     * @param lateTicks shard ticks that ended after the next one was due
     * @param maxLagMicros the longest a tick ended past its period
     * @param failures task runs that threw
     */
    public record Statistics(int threads, int tasks, long ticks, long lateTicks, long maxLagMicros, long failures) {
    }

    private static final class ScheduledTask implements Registration {

        private final Runnable task;
        private final Shard shard;
        private volatile boolean closed;
        private boolean failed;
        /** Where the task sits in its shard's array; only the shard's tick reads and writes it. */
        private int slot = -1;

        ScheduledTask(Runnable task, Shard shard) {
            this.task = task;
            this.shard = shard;
        }

        void tick(Shard owner) {
            if (closed) {
                return;
            }
            try {
                task.run();
                failed = false;
            } catch (RuntimeException | LinkageError e) {
                owner.failures.increment();
                if (!failed) {
                    LOG.warn("A media task failed; it keeps its place and runs again on the next tick", e);
                }
                failed = true;
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                shard.remove(this);
            }
        }
    }

    /**
     * The tasks of one media thread. Tasks that come and go are queued and applied by the tick itself,
     * so scheduling or closing a task costs the same however many calls are up, and the tick walks
     * its array without a lock.
     */
    private static final class Shard implements Runnable {

        private final Queue<ScheduledTask> arriving = new ConcurrentLinkedQueue<>();
        private final Queue<ScheduledTask> leaving = new ConcurrentLinkedQueue<>();
        private final AtomicInteger registered = new AtomicInteger();
        private final LongAdder ticks = new LongAdder();
        private final LongAdder lateTicks = new LongAdder();
        private final LongAdder failures = new LongAdder();
        private volatile long maxLagNanos;
        // only the tick touches these
        private ScheduledTask[] tasks = new ScheduledTask[16];
        private int count;
        private long nextDue;

        int size() {
            return registered.get();
        }

        void add(ScheduledTask task) {
            registered.incrementAndGet();
            arriving.add(task);
        }

        void remove(ScheduledTask task) {
            registered.decrementAndGet();
            leaving.add(task);
        }

        private void applyChanges() {
            ScheduledTask task;
            while ((task = arriving.poll()) != null) {
                if (task.closed) {
                    continue; // closed before it ever ran; its leaving entry may already be gone
                }
                if (count == tasks.length) {
                    tasks = Arrays.copyOf(tasks, count * 2);
                }
                task.slot = count;
                tasks[count++] = task;
            }
            while ((task = leaving.poll()) != null) {
                int slot = task.slot;
                if (slot < 0) {
                    continue;
                }
                // The last task takes the leaver's slot: order among tasks does not matter.
                ScheduledTask last = tasks[--count];
                tasks[slot] = last;
                last.slot = slot;
                tasks[count] = null;
                task.slot = -1;
            }
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            if (nextDue == 0) {
                nextDue = start;
            }
            applyChanges();
            for (int i = 0; i < count; i++) {
                tasks[i].tick(this);
            }
            long end = System.nanoTime();
            nextDue += PERIOD_NANOS;
            long lag = end - nextDue;
            if (lag > 0) {
                lateTicks.increment();
                if (lag > maxLagNanos) {
                    maxLagNanos = lag;
                }
                // A shard that fell behind by more than a tick starts counting afresh instead of
                // reporting every following tick as late.
                if (lag > PERIOD_NANOS) {
                    nextDue = end;
                }
            }
            ticks.increment();
        }
    }
}
