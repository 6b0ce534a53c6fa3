package org.strowger.benchmarks.load;

import java.util.concurrent.atomic.LongAdder;

import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventListener;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;

/** A listener that only counts, standing in for an AMI session that receives every call event. */
final class EventCounter implements EventListener, AutoCloseable {

    private final LongAdder received = new LongAdder();
    private final Subscription subscription;

    EventCounter(EventBus bus, int capacity) {
        subscription = bus.subscribe(this, capacity);
    }

    @Override
    public void onEvent(PbxEvent event) {
        received.increment();
    }

    long received() {
        return received.sum();
    }

    long dropped() {
        return subscription.dropped();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
