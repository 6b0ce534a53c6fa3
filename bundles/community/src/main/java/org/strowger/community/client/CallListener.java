package org.strowger.community.client;

import org.strowger.community.media.PayloadType;

import org.strowger.community.media.RtpPacket;
import org.strowger.community.protocol.CallStatus;

/**
 * What happens on one {@link CallLeg}. Status and property changes come on the client's event thread;
 * audio and DTMF on the leg's media thread (the RTP receive thread, or the client's reader thread for a
 * relayed leg): keep those short.
 */
public interface CallListener {

    /** The leg changed status. */
    default void onStatus(CallLeg leg, CallStatus status) {
    }

    /** A {@code CALL <id> <property> <value>} other than STATUS arrived. */
    default void onProperty(CallLeg leg, String property, String value) {
    }

    /** An audio packet of the negotiated codec (or any audio payload type the peer sends). */
    default void onAudio(CallLeg leg, PayloadType type, RtpPacket packet) {
    }

    /** A DTMF digit the peer sent as RFC 4733 events, once per digit. */
    default void onDtmf(CallLeg leg, char digit, int durationMillis) {
    }
}
