package org.strowger.api.state;

import java.util.List;
import java.util.Objects;

/**
 * One dialplan hint and its current state.
 *
 * @param context the hint's context
 * @param exten its extension
 * @param devices the devices joined by {@code &} in the hint, in order
 * @param presentity the presence provider string after the comma, empty if none
 * @param state the aggregated extension state
 * @param presence the aggregated presence
 * @param watchers how many watchers the hint has
 */
public record Hint(String context, String exten, List<String> devices, String presentity, ExtensionState state,
        Presence presence, int watchers) {

    public Hint {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(exten, "exten");
        devices = List.copyOf(devices);
        presentity = Objects.requireNonNullElse(presentity, "");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(presence, "presence");
    }

    /** The hint's text as the dialplan has it: {@code Dev1&Dev2} or {@code Dev1&Dev2,Presence:x}. */
    public String application() {
        String joined = String.join("&", devices);
        return presentity.isEmpty() ? joined : joined + "," + presentity;
    }
}
