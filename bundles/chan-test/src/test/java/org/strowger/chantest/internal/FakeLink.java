package org.strowger.chantest.internal;

import java.util.ArrayList;
import java.util.List;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;

/** Records what the driver reports, and hangs up as the core does: the driver hears it once. */
final class FakeLink implements ChannelLink {

    private final FakeChannel channel;
    private final List<Frame> queued = new ArrayList<>();
    private TechChannel tech;
    private int hangupCause;

    FakeLink(FakeChannel channel) {
        this.channel = channel;
    }

    void attach(TechChannel techChannel) {
        this.tech = techChannel;
    }

    TechChannel tech() {
        return tech;
    }

    @Override
    public FakeChannel channel() {
        return channel;
    }

    @Override
    public synchronized void queue(Frame frame) {
        queued.add(frame);
    }

    @Override
    public void setState(ChannelState state) {
        channel.setState(state);
    }

    @Override
    public void hangup(int cause) {
        coreHangup(cause);
    }

    /** The core hangs the channel up, for whatever reason. */
    void coreHangup(int cause) {
        synchronized (this) {
            if (hangupCause != 0) {
                return;
            }
            hangupCause = cause;
        }
        tech.hangup(cause);
    }

    synchronized int hangupCause() {
        return hangupCause;
    }

    synchronized List<Frame> frames() {
        return List.copyOf(queued);
    }

    /** The frames queued since the last call, so a test can look at one tick at a time. */
    synchronized List<Frame> drain() {
        List<Frame> frames = List.copyOf(queued);
        queued.clear();
        return frames;
    }

    synchronized List<ControlFrame.Control> controls() {
        return queued.stream().filter(ControlFrame.class::isInstance).map(f -> ((ControlFrame) f).control()).toList();
    }

    synchronized List<VoiceFrame> voice() {
        return queued.stream().filter(VoiceFrame.class::isInstance).map(VoiceFrame.class::cast).toList();
    }

    synchronized List<DtmfFrame> dtmf() {
        return queued.stream().filter(DtmfFrame.class::isInstance).map(DtmfFrame.class::cast).toList();
    }
}
