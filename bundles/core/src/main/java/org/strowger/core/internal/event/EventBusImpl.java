package org.strowger.core.internal.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventListener;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;

/**
 * Fans events out to subscriptions. Each subscription drains its own bounded queue on a small
 * shared pool, one drain at a time, so its events arrive in order while a slow listener only ever
 * delays (and then loses) its own events.
 */
@Component(service = EventBus.class)
public final class EventBusImpl implements EventBus {

    static final int DELIVERY_THREADS = 2;

    private final List<QueuedSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery;

    public EventBusImpl() {
        this.delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, new DeliveryThreads());
    }

    @Deactivate
    void shutdown() {
        subscriptions.forEach(QueuedSubscription::close);
        delivery.shutdownNow();
        try {
            delivery.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void publish(PbxEvent event) {
        for (QueuedSubscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    @Override
    public Subscription subscribe(EventListener listener, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a subscription needs room for at least one event, not " + capacity);
        }
        QueuedSubscription subscription = new QueuedSubscription(listener, capacity, delivery, subscriptions::remove);
        subscriptions.add(subscription);
        return subscription;
    }

    int subscriptionCount() {
        return subscriptions.size();
    }

    private static final class DeliveryThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "strowger-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
