package org.strowger.core.internal.state;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that applies device and presence changes to the hints and tells their watchers,
 * as Asterisk's device state change thread does: one thread, so that every watcher hears every
 * change once and in the order the changes were made. Submitting never blocks; the queue is
 * bounded, and when it overflows the dropped changes are replaced by a full resynchronisation once
 * the queue has drained, so that hints end up right even though some steps were skipped.
 */
@Component(service = StateThread.class)
public final class StateThread implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateThread.class);

    /** Room for bursts far above anything a PBX produces (a reload touching every hint). */
    static final int DEFAULT_CAPACITY = 100_000;

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private final AtomicBoolean resyncNeeded = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Runnable resync = () -> { };
    private volatile boolean running = true;

    @Activate
    public StateThread() {
        this(DEFAULT_CAPACITY);
    }

    StateThread(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "strowger-state");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a task for the state thread.
     *
     * @return false if the queue was full (the task is dropped and a resynchronisation follows)
     */
    public boolean submit(Runnable task) {
        if (queue.offer(task)) {
            return true;
        }
        dropped.incrementAndGet();
        if (resyncNeeded.compareAndSet(false, true)) {
            LOG.warn("The device state queue is full ({} changes waiting); changes are dropped and the hints"
                    + " will be recomputed once it drains", queue.size());
        }
        return false;
    }

    /**
     * Adds a listener (the hints) for every device and presence change announced on this thread. Kept
     * here rather than as a service reference of the state components, which the hints need: no circle.
     */
    public void addListener(StateListener listener) {
        listeners.add(listener);
    }

    public void removeListener(StateListener listener) {
        listeners.remove(listener);
    }

    /** The listeners, for announcing a change on this thread. */
    List<StateListener> listeners() {
        return listeners;
    }

    /** What runs after an overflow, once the queue is empty: recompute every hint from the current states. */
    public void setResync(Runnable resync) {
        this.resync = resync == null ? () -> { } : resync;
    }

    /**
     * Queues a recomputation of every hint: a channel technology or a state provider came or went, so
     * devices that were INVALID may have a state now, and the other way round.
     */
    public void requestResync() {
        submit(() -> resync.run());
    }

    /** Whether the caller is the state thread. */
    public boolean isStateThread() {
        return Thread.currentThread() == thread;
    }

    /** Changes dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Waits until everything submitted before this call has run (tests, orderly shutdown). */
    public boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!queue.offer(done::countDown)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void run() {
        while (running) {
            Runnable task;
            try {
                task = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
                continue;
            }
            if (task != null) {
                runSafely(task);
            }
            if (queue.isEmpty() && resyncNeeded.compareAndSet(true, false)) {
                LOG.info("Device state queue drained after {} dropped changes; recomputing every hint", dropped.get());
                runSafely(resync);
            }
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // One bad provider or watcher must not stop every later hint update.
            LOG.warn("A device state update failed", e);
        }
    }

    @Deactivate
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
