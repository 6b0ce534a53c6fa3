package org.strowger.api.state;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the presence of {@code Provider:data} presentities, e.g. {@code CustomPresence:100}:
 * Asterisk's {@code ast_presence_state_prov_add}. Register with the property {@value #PROVIDER};
 * report changes with {@link PresenceStates#changed}.
 */
@ConsumerType
public interface PresenceStateProvider {

    /** Service property: the provider's label. */
    String PROVIDER = "provider";

    /** @param data the part of the presentity after the {@code :} */
    Presence presence(String data);
}
