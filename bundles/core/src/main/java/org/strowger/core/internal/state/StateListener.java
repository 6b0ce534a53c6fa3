package org.strowger.core.internal.state;

import org.strowger.api.state.DeviceState;
import org.strowger.api.state.Presence;

/**
 * Hears every device and presence change the core announces, on the {@link StateThread}, in order:
 * the hints. Registered as a service so that the state components find it without depending on it.
 */
public interface StateListener {

    /** A device has this state now (its own change, or one inferred from its channels). */
    default void deviceStateChanged(String device, DeviceState state) {
    }

    /** A presentity ({@code CustomPresence:alice}) has this presence now. */
    default void presenceStateChanged(String presentity, Presence presence) {
    }
}
