package org.strowger.benchmarks.generator;

import java.time.Duration;
import java.util.function.Consumer;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;
import org.strowger.benchmarks.codec.ToneFrames;

/**
 * One {@code Gen} channel's far end. Nothing on the frame path allocates: the frame it sends is built
 * once (frames are immutable, so one instance can be queued forever), and the media task is one method
 * reference made when media starts.
 *
 * <p>The counters are volatile so that a harness on another thread reads them fresh; each has a single
 * writer at a time (the media task for {@code sent}, the core's per-channel write lock for
 * {@code received}), so a plain increment is safe.
 */
public final class GeneratorChannel implements TechChannel {

    private static final ControlFrame ANSWER = ControlFrame.of(ControlFrame.Control.ANSWER);

    private final ChannelLink link;
    private final Format format;
    private final VoiceFrame frame;
    private final MediaClock clock;
    private final Consumer<GeneratorChannel> onHangup;
    private final Runnable tick = this::sendFrame;

    private MediaClock.Registration media;
    private volatile long sent;
    private volatile long received;
    private volatile long receivedInOtherFormat;
    private volatile int hangupCause;

    GeneratorChannel(ChannelLink link, Format format, MediaClock clock, Consumer<GeneratorChannel> onHangup) {
        this.link = link;
        this.format = format;
        this.frame = ToneFrames.tone(format);
        this.clock = clock;
        this.onHangup = onHangup;
    }

    public Channel channel() {
        return link.channel();
    }

    public Format format() {
        return format;
    }

    /** Sends one frame to the core now, as a network driver does when a packet arrives. */
    public void sendFrame() {
        link.queue(frame);
        sent++;
    }

    /** Starts sending a frame on every media-clock tick. */
    public synchronized void startMedia() {
        if (media == null) {
            media = clock.schedule(tick);
        }
    }

    public synchronized void stopMedia() {
        if (media != null) {
            media.close();
            media = null;
        }
    }

    /** Frames sent to the core. */
    public long sent() {
        return sent;
    }

    /** Voice frames the core wrote to this channel. */
    public long received() {
        return received;
    }

    /** Frames written in a format this channel does not carry: the core should never do that. */
    public long receivedInOtherFormat() {
        return receivedInOtherFormat;
    }

    /** The cause the core hung the channel up with, 0 while it is up. */
    public int hangupCause() {
        return hangupCause;
    }

    @Override
    public void call(String address, Duration timeout) {
        // The far end picks up at once, as an auto-answering phone would.
        link.queue(ANSWER);
    }

    @Override
    public void answer() {
        // nothing to tell a generator
    }

    @Override
    public void hangup(int cause) {
        hangupCause = cause;
        stopMedia();
        onHangup.accept(this);
    }

    @Override
    public void write(VoiceFrame voice) {
        if (voice.format() != format) {
            receivedInOtherFormat++;
        }
        received++;
    }
}
