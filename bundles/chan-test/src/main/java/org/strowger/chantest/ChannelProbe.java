package org.strowger.chantest;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.channel.Channel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;

/**
 * TEST ONLY: one {@code Test} channel seen from its far end. It records what the core sent the
 * channel and acts as the far end would. Thread-safe; the getters answer snapshots.
 */
@ProviderType
public interface ChannelProbe {

    /** The core's channel. */
    Channel channel();

    /** The channel's name, e.g. {@code Test/bob-00000003}. */
    String channelName();

    /** The channel's native format: received audio is kept in it and sent tones are encoded in it. */
    Format format();

    /** {@code true} for a call created by {@link TestChannels#incoming}, {@code false} for a dialled one. */
    boolean isIncoming();

    /** Whether the call is answered (by the far end for a dialled call, by the core for an incoming one). */
    boolean isAnswered();

    /** Voice frames the core wrote to the channel. */
    long voiceFramesReceived();

    /** Samples in those voice frames. */
    long samplesReceived();

    /**
     * Voice frames the core wrote in another format than {@link #format()}: a translation the core
     * should have made. They are counted in {@link #voiceFramesReceived()} but not kept.
     */
    long voiceFramesInOtherFormats();

    /**
     * The most recent audio received in {@link #format()}, oldest byte first: at most the last
     * {@code retainedAudioSeconds} seconds (component configuration). A copy.
     */
    byte[] receivedAudio();

    /** The DTMF digits received, one per end frame, in order. */
    String dtmfReceived();

    /** The control frames the core indicated to the channel ({@code RINGING}, {@code HOLD}, ...), in order. */
    List<ControlFrame.Control> controlsReceived();

    boolean isHungUp();

    /** The Q.850 cause the core hung the channel up with; 0 while it is up. */
    int hangupCause();

    /** Completes with the hangup cause once the core has hung the channel up. */
    CompletionStage<Integer> hungUp();

    /**
     * The far end answers a dialled call now (for one dialled with {@code answer=never}, say).
     *
     * @throws IllegalStateException for an incoming call, whose far end is the caller: answer it in
     *     the dialplan
     */
    void answer();

    /**
     * Sends a sine tone from the next media tick on, replacing any tone playing, until
     * {@link #stopTone()}.
     *
     * @param hz 1 to 3999
     * @throws IllegalArgumentException for another frequency, or on a G.729 channel
     */
    void startTone(int hz);

    void stopTone();

    /**
     * Sends DTMF digits as begin and end frames (100 ms each digit, 100 ms apart) on the media clock,
     * after any digits still being sent.
     *
     * @throws IllegalArgumentException if a character is not one of {@code 0-9 * # A-D}
     */
    void sendDtmf(String digits);

    /** The far end hangs up with this Q.850 cause. */
    void hangup(int cause);

    /** Hands any frame to the core as if the far end had sent it ({@code HOLD}, a voice frame, ...). */
    void queue(Frame frame);
}
