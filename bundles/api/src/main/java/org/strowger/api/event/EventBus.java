package org.strowger.api.event;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The PBX's internal event bus. Publishing never blocks and never fails: each subscription has a
 * bounded queue drained on the bus's own threads, in order.
 */
@ProviderType
public interface EventBus {

    /** Queues the event for every current subscription and returns at once. */
    void publish(PbxEvent event);

    /**
     * Subscribes a listener.
     *
     * @param listener receives every event published after this call, in order
     * @param capacity how many undelivered events the subscription may hold before it drops
     */
    Subscription subscribe(EventListener listener, int capacity);
}
