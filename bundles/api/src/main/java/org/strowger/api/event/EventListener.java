package org.strowger.api.event;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives the events of one subscription, one at a time and in publishing order. */
@ConsumerType
public interface EventListener {

    /** Called on a bus thread; must not block for long, since it holds up this subscription only. */
    void onEvent(PbxEvent event);
}
