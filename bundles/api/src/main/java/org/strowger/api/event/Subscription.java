package org.strowger.api.event;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One listener's place on the bus, with its own bounded queue: a listener that falls behind loses
 * events (counted here), never the publisher's time.
 */
@ProviderType
public interface Subscription extends AutoCloseable {

    /** Events handed to the listener so far. */
    long delivered();

    /** Events dropped because the listener's queue was full. */
    long dropped();

    /** Stops delivery; events still queued are discarded. */
    @Override
    void close();
}
