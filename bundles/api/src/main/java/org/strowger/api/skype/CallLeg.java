package org.strowger.api.skype;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/**
 * One Skype call as one engine account sees it: what a {@code Skype/...} channel carries (manual 3.2).
 * Media are the core's frames: audio arrives at the {@link CallLegListener} and is sent with
 * {@link #write} in the negotiated {@link #format()} ({@code ulaw}, {@code alaw} or {@code g729}, RTP
 * payload types 0, 8, 18); DTMF travels as RFC 4733 events. Operations that need the community return
 * a stage that fails with a {@link SkypeEngineException}.
 */
@ProviderType
public interface CallLeg {

    /** The community's call id for this leg (each party of a call has its own). */
    String id();

    /** The engine account this leg belongs to. */
    String account();

    CallDirection direction();

    /** The other party: a Skype name, or a {@code +E.164} number for SkypeOut / a SkypeIn caller. */
    String partner();

    /** The other party's display name as the community gave it; empty when none. */
    String partnerDisplayName();

    /** Whether the other party is the telephone network (SkypeOut, or a SkypeIn caller). */
    boolean isPstn();

    CallStatus status();

    /** How the leg ended; empty while it lasts. */
    Optional<CallEnd> end();

    /** The formats the caller offered, best first (incoming legs); the formats offered (outgoing legs). */
    List<Format> offeredFormats();

    /** The negotiated format, once the community has chosen one (before the leg is up). */
    Optional<Format> format();

    /**
     * A call property (manual 3.3.2, and {@code language} for 3.3.1): {@code topic}, {@code token},
     * {@code forwarded_by} and {@code target_identity} of the call; the others are the partner's profile,
     * read by the engine when the leg was offered or placed. Empty when not set or not known.
     */
    Optional<String> property(CallProperty property);

    /** Sets {@code topic} or {@code token}; a read-only property fails with {@link SkypeEngineException.Reason#READ_ONLY}. */
    CompletionStage<Void> setProperty(CallProperty property, String value);

    /**
     * Answers an incoming leg.
     *
     * @param formats the formats this side accepts, best first; the community picks the first of the
     *     caller's list that is also here (none in common: the call fails with {@code no common codec})
     */
    CompletionStage<Void> answer(List<Format> formats);

    /**
     * Declines an incoming leg that rings.
     *
     * @param busy {@code true}: the caller sees the callee busy (chan_skype without a free channel or
     *     permit); {@code false}: the caller sees the call refused
     */
    CompletionStage<Void> reject(boolean busy);

    /** Ends the leg in any state; a leg that already ended completes at once. */
    CompletionStage<Void> hangup();

    CompletionStage<Void> hold();

    CompletionStage<Void> resume();

    /** Blind transfer: the other party is connected to {@code target} (a Skype name or {@code +E.164}) and this leg ends. */
    CompletionStage<Void> transfer(String target);

    /**
     * Sends a DTMF digit as RFC 4733 telephone events on the media stream.
     *
     * @param digit {@code 0-9 * # A-D}
     * @param durationMillis how long the key is held
     * @throws IllegalArgumentException for a digit that is not DTMF
     */
    void sendDtmf(char digit, int durationMillis);

    /**
     * Sends audio to the other party. Frames in another format than {@link #format()}, or written before
     * the leg is up, are dropped (and counted): the channel driver translates first.
     */
    void write(VoiceFrame frame);

    /** Listens to this leg; the listener hears what happens from now on. */
    Registration addListener(CallLegListener listener);
}
