package org.strowger.api.channel;

import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.media.DtmfFrame;

/**
 * What the owner of a bridge wants to see before it crosses (Asterisk's bridge DTMF hooks, through
 * which features.conf's disconnect and transfer codes work).
 */
@ConsumerType
@FunctionalInterface
public interface BridgeHooks {

    /** No hooks: every digit crosses. */
    BridgeHooks NONE = (from, digit) -> false;

    /**
     * A DTMF frame one of the bridge's channels sent. Called on the media thread that delivered it:
     * hand any real work to another thread and return at once.
     *
     * @return {@code true} to keep the digit from the other channel
     */
    boolean dtmf(Channel from, DtmfFrame digit);
}
