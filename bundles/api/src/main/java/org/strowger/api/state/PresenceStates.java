package org.strowger.api.state;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** The core's presence states: Asterisk's {@code ast_presence_state} and {@code ast_presence_state_changed}. */
@ProviderType
public interface PresenceStates {

    /** The presence of {@code Provider:data}; an unknown provider gives {@link Presence#INVALID}. */
    Presence presence(String presentity);

    /** A presentity changed: caches it, publishes {@code PresenceStateChange}, updates hints. Never blocks. */
    void changed(String presentity, Presence presence);

    /** The cached presences by presentity, sorted. */
    Map<String, Presence> cached();
}
