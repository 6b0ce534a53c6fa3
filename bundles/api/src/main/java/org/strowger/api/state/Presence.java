package org.strowger.api.state;

import java.util.Objects;

/**
 * A presence: state, subtype and message, as {@code PRESENCE_STATE()} and AMI's
 * {@code PresenceStateChange} carry them.
 */
public record Presence(PresenceState state, String subtype, String message) {

    public static final Presence NOT_SET = new Presence(PresenceState.NOT_SET, "", "");
    public static final Presence INVALID = new Presence(PresenceState.INVALID, "", "");

    public Presence {
        Objects.requireNonNull(state, "state");
        subtype = Objects.requireNonNullElse(subtype, "");
        message = Objects.requireNonNullElse(message, "");
    }
}
