package org.strowger.api.state;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the state of {@code Provider:data} devices, e.g. {@code Skype:alice}: Asterisk's
 * {@code ast_devstate_prov_add}. Register as a service with the property {@value #PROVIDER} (matched
 * case-insensitively; a second provider of the same name is refused with a warning). Report changes
 * with {@link DeviceStates#changed}.
 */
@ConsumerType
public interface DeviceStateProvider {

    /** Service property: the provider's label, the part of the device before the {@code :}. */
    String PROVIDER = "provider";

    /**
     * @param data the part of the device after the {@code :}
     */
    DeviceState state(String data);
}
