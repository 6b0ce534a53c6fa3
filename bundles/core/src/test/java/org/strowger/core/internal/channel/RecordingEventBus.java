package org.strowger.core.internal.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventListener;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;

/** An event bus for tests: keeps every published event, in order. */
public final class RecordingEventBus implements EventBus {

    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(PbxEvent event) {
        events.add(event);
    }

    @Override
    public Subscription subscribe(EventListener listener, int capacity) {
        throw new UnsupportedOperationException("tests read the recorded events instead");
    }

    public List<PbxEvent> named(String name) {
        List<PbxEvent> matching = new ArrayList<>();
        for (PbxEvent event : events) {
            if (event.name().equals(name)) {
                matching.add(event);
            }
        }
        return matching;
    }

    public List<String> names() {
        return events.stream().map(PbxEvent::name).toList();
    }

    public void clear() {
        events.clear();
    }
}
