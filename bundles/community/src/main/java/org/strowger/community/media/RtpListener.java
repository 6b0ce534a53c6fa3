package org.strowger.community.media;

/**
 * Receives what an {@link RtpSession} gets. Called on the session's receive thread (or, for a relayed
 * session, on the thread that hands packets in): implementations must return quickly.
 */
public interface RtpListener {

    /** A valid packet, audio or telephone-event, already counted in the statistics. */
    void onPacket(RtpPacket packet);

    /**
     * A DTMF digit that ended (RFC 4733 end bit), reported once although the end packet comes three
     * times. {@code durationMillis} is the event's final duration.
     */
    default void onDtmf(char digit, int durationMillis) {
    }

    /** Bytes that were not a valid RTP packet; {@code reason} says why. */
    default void onMalformed(String reason) {
    }
}
