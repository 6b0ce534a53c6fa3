package org.strowger.api.channel;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.VoiceFrame;

/**
 * A channel driver's side of one channel (Asterisk's {@code ast_channel_tech} callbacks on the
 * channel's {@code tech_pvt}). The core calls these; the driver reports what the far end does
 * through the {@link ChannelLink} it was given.
 *
 * <p>Calls must not block on network I/O: start the work and report the outcome later. The core
 * calls {@link #write} on media threads, one call at a time per channel.
 */
@ConsumerType
public interface TechChannel {

    /**
     * Starts an outgoing call. The driver reports {@code RINGING}, {@code ANSWER}, {@code BUSY} or
     * {@code CONGESTION} with {@link ChannelLink#queue}, or ends the call with
     * {@link ChannelLink#hangup}.
     *
     * @param address the resource as dialled (the part after {@code Tech/})
     * @param timeout how long the caller will wait for an answer; the core enforces it
     */
    void call(String address, Duration timeout);

    /** Answers an incoming call. */
    void answer();

    /**
     * The core hangs the channel up: release everything the channel holds. Called exactly once,
     * also when the far end hung up first.
     *
     * @param cause the Q.850 cause
     */
    void hangup(int cause);

    /**
     * Sends audio to the far end, already in one of the channel's native formats. Must not call
     * {@link ChannelLink#queue} before it returns (an echo waits for the next media tick): the core
     * holds the channel's write lock here.
     */
    void write(VoiceFrame frame);

    /** Sends a DTMF digit to the far end. */
    default void sendDtmf(DtmfFrame digit) {
    }

    /**
     * Signals call progress or hold to the far end.
     *
     * @return {@code true} if the driver handled it; {@code false} lets the core act for it (on
     *     {@code HOLD} the core plays music on hold to this channel, Asterisk's {@code mohinterpret})
     */
    default boolean indicate(ControlFrame.Control control, String data) {
        return false;
    }

    /**
     * Transfers the far end elsewhere.
     *
     * @return {@code true} if the driver started the transfer
     */
    default boolean transfer(String destination) {
        return false;
    }

    /**
     * A technology-specific {@code CHANNEL(item)} read, e.g. {@code skype_language}.
     *
     * @return the value, or empty if the technology has no such item
     */
    default Optional<String> readItem(String item) {
        return Optional.empty();
    }

    /**
     * A technology-specific {@code Set(CHANNEL(item)=value)}, e.g. {@code skype_token}.
     *
     * @return {@code true} if the technology took the value; {@code false} if it has no such
     *     writable item
     */
    default boolean writeItem(String item, String value) {
        return false;
    }
}
