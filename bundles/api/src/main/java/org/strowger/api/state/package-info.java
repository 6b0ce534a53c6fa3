/**
 * Device, presence and extension states: the {@code DeviceStateProvider} and
 * {@code PresenceStateProvider} SPIs (service property {@code provider}, e.g. {@code Skype}), the
 * core's {@code DeviceStates} and {@code PresenceStates} (lookup, change, cache) and its
 * {@code Hints} (extension states aggregated from a hint's devices, with watchers).
 */
@Export
@Version("1.0.0")
package org.strowger.api.state;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
