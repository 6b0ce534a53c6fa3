package org.strowger.api.channel;

import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.media.Frame;

/**
 * What a channel driver uses to report the far end to the core: audio and DTMF it receives, call
 * progress and hangup. Thread-safe; nothing here blocks.
 */
@ProviderType
public interface ChannelLink {

    /** The channel this link feeds. */
    Channel channel();

    /**
     * Hands a frame from the far end to the core (Asterisk's {@code ast_queue_frame}). A
     * {@code ControlFrame} also moves the channel's state ({@code ANSWER} to Up, {@code RINGING} to
     * Ringing, {@code BUSY} to Busy); a {@code HangupFrame} hangs the channel up.
     */
    void queue(Frame frame);

    /** Sets the channel's state; publishes {@code Newstate} if it changed. */
    void setState(ChannelState state);

    /**
     * The far end hung up (or the driver gave up on the call): the core hangs the channel up with
     * this cause and calls {@link TechChannel#hangup} once.
     */
    void hangup(int cause);
}
