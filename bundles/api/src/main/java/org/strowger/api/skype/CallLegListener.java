package org.strowger.api.skype;

import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.VoiceFrame;

/**
 * What happens on a call leg, for the channel driver (chan_skype) that carries it. Calls come from the
 * engine's threads, audio every 20 ms from the leg's media thread: return quickly, hand work on.
 * Every method has a do-nothing default.
 */
@ConsumerType
public interface CallLegListener {

    /** The leg's status changed (ringing, answered, held, ...); terminal statuses also end in {@link #hungUp}. */
    default void statusChanged(CallLeg leg, CallStatus status) {
    }

    /** Audio from the other side, in the leg's negotiated {@link CallLeg#format()}. */
    default void frame(CallLeg leg, VoiceFrame frame) {
    }

    /** A DTMF digit from the other side (RFC 4733): a begin frame, then an end frame with its duration. */
    default void dtmf(CallLeg leg, DtmfFrame dtmf) {
    }

    /** The leg ended; called once, after the terminal {@link #statusChanged}. */
    default void hungUp(CallLeg leg, CallEnd end) {
    }
}
