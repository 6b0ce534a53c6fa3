package org.strowger.api.channel;

import org.osgi.annotation.versioning.ProviderType;

/** Creates two-party bridges. */
@ProviderType
public interface BridgeService {

    /**
     * Bridges two channels that are up and in no bridge. The bridge ends when either channel hangs up
     * or leaves; the other channel stays up and goes back to its owner (the dialplan).
     *
     * @throws IllegalStateException if a channel has hung up or is already bridged
     */
    Bridge bridge(Channel first, Channel second);

    /**
     * As {@link #bridge(Channel, Channel)}, with hooks that see DTMF before it crosses.
     *
     * @throws IllegalStateException if a channel has hung up or is already bridged
     */
    Bridge bridge(Channel first, Channel second, BridgeHooks hooks);
}
