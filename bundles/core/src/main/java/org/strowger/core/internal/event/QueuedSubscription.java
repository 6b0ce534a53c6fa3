package org.strowger.core.internal.event;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.event.EventListener;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;

/** One listener's bounded queue and the drain that empties it, never more than one at a time. */
final class QueuedSubscription implements Subscription, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedSubscription.class);
    /** Events one drain delivers before it yields its thread to other subscriptions. */
    private static final int BATCH = 256;

    private final EventListener listener;
    private final BlockingQueue<PbxEvent> queue;
    private final Executor delivery;
    private final Consumer<QueuedSubscription> onClose;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    QueuedSubscription(EventListener listener, int capacity, Executor delivery, Consumer<QueuedSubscription> onClose) {
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.delivery = delivery;
        this.onClose = onClose;
    }

    void offer(PbxEvent event) {
        if (closed) {
            return;
        }
        if (!queue.offer(event)) {
            long total = dropped.incrementAndGet();
            // A stalled listener drops thousands; say so once, then every 10,000.
            if (total == 1 || total % 10_000 == 0) {
                LOG.warn("Event listener {} cannot keep up: {} events dropped so far", listener, total);
            }
            return;
        }
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            try {
                delivery.execute(this);
            } catch (RejectedExecutionException e) {
                draining.set(false);
            }
        }
    }

    @Override
    public void run() {
        for (int i = 0; i < BATCH && !closed; i++) {
            PbxEvent event = queue.poll();
            if (event == null) {
                break;
            }
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Event listener {} failed on {}", listener, event.name(), e);
            }
            delivered.incrementAndGet();
        }
        draining.set(false);
        // An event offered after the last poll but before the flag was cleared must not wait.
        if (!queue.isEmpty() && !closed) {
            scheduleDrain();
        }
    }

    @Override
    public long delivered() {
        return delivered.get();
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        onClose.accept(this);
    }
}
