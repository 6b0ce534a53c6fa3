package org.strowger.api.channel;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A two-party bridge: audio, DTMF and hold pass between its channels, translated only when their
 * formats differ.
 */
@ProviderType
public interface Bridge {

    /** The bridge's unique id (AMI's {@code BridgeUniqueid}). */
    String id();

    /** The channels in the bridge, in the order they entered. */
    List<Channel> channels();

    /** {@code true} while frames pass through without translation. */
    boolean isNative();

    /**
     * Holds back the audio that crosses to one channel while something else plays to it (a
     * time-limit warning, an announcement); {@code false} lets it cross again.
     */
    void holdAudioTo(Channel channel, boolean held);

    /**
     * Ends the bridge: both channels leave (and stay up). Idempotent.
     */
    void dissolve();

    /** Completes when the bridge has ended, because a channel left or hung up, or it was dissolved. */
    CompletionStage<Void> ended();
}
