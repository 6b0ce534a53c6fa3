package org.strowger.api.state;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The core's device states: Asterisk's {@code ast_device_state} and {@code ast_devstate_changed}.
 * {@code Tech/resource} devices are inferred from the channels of that technology;
 * {@code Provider:data} devices are asked of their {@link DeviceStateProvider}.
 */
@ProviderType
public interface DeviceStates {

    /**
     * The state of a device: the cache first (unless UNKNOWN), then the technology or provider.
     * A string with neither {@code /} nor {@code :}, an unknown technology or an unknown provider is
     * {@link DeviceState#INVALID}.
     */
    DeviceState state(String device);

    /**
     * A device changed: caches the state, publishes {@code DeviceStateChange} and updates the hints
     * that watch the device. Never blocks.
     */
    void changed(String device, DeviceState state);

    /** The cached states, by device name, sorted (for {@code DeviceStateList}, {@code devstate list}). */
    Map<String, DeviceState> cached();
}
