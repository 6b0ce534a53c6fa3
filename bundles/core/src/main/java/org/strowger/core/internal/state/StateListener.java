package org.strowger.core.internal.state;

import org.strowger.api.state.DeviceState;
import org.strowger.api.state.Presence;

/**
 * Hears every device and presence change the core announces, on the {@link StateThread}, in order:
 * the hints. Added to the state thread, so that the state components that announce and the hints
 * that listen do not reference each other.
 */
public interface StateListener {

    /** A device has this state now (its own change, or one inferred from its channels). */
    default void deviceStateChanged(String device, DeviceState state) {
    }

    /** A presentity ({@code CustomPresence:alice}) has this presence now. */
    default void presenceStateChanged(String presentity, Presence presence) {
    }
}
