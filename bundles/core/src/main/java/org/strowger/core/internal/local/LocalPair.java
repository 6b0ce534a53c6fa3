package org.strowger.core.internal.local;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;

/**
 * The two halves of one {@code Local} channel (Asterisk's chan_local over core_unreal): what is sent
 * to one half arrives from the other. {@code ;1} is the half its requester calls; {@code ;2} runs the
 * dialplan at {@code exten@context}.
 *
 * <p>Audio and DTMF cross on the next media tick rather than inside {@code write}: the core holds
 * the writing channel's lock there, and handing the frame straight on could reach, through bridges,
 * a channel that is waiting for that lock. Signals (answer, ringing, hold) cross at once.
 */
final class LocalPair {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPair.class);

    private final LocalDestination destination;
    private final Dialplan dialplan;
    private final MediaClock clock;
    /** Frames wait at most a tick here; the bound only matters if the media clock stalls. */
    private static final int PENDING_CAPACITY = 32;

    // Array-backed, so that a frame crossing the pair allocates nothing.
    private final Queue<Frame> towardsFirst = new ArrayBlockingQueue<>(PENDING_CAPACITY);
    private final Queue<Frame> towardsSecond = new ArrayBlockingQueue<>(PENDING_CAPACITY);
    private volatile ChannelLink first;
    private volatile ChannelLink second;
    /** Guarded by this; started with the first frame, so a pair that carries no media costs no tick. */
    private MediaClock.Registration ticking;
    private boolean over;

    LocalPair(LocalDestination destination, Dialplan dialplan, MediaClock clock) {
        this.destination = destination;
        this.dialplan = dialplan;
        this.clock = clock;
    }

    TechChannel first(ChannelLink link) {
        first = link;
        return new Half(true);
    }

    TechChannel second(ChannelLink link) {
        second = link;
        return new Half(false);
    }

    /**
     * {@code local_call}: the dialplan half takes over the caller's identity and variables, then starts
     * at its extension, which must exist.
     */
    private void call() {
        Channel one = first.channel();
        Channel two = second.channel();
        CallerId connected = one.connectedLine();
        two.setCallerId(connected.isUnknown() ? one.callerId() : connected);
        two.setConnectedLine(one.callerId());
        two.setLanguage(one.language());
        two.setMusicClass(one.musicClass());
        two.setAccountCode(one.accountCode());
        // Inherited variables (_X, __X) came over when ;2 was created; the rest are copied, without
        // touching those, so that __X keeps inheriting further.
        one.variables().forEach((name, value) -> {
            if (two.variable(name).isEmpty()) {
                two.setVariable(name, value);
            }
        });
        if (!dialplan.exists(destination.context(), destination.exten(), 1, two.callerId().number())) {
            LOG.info("No such extension/context {} while calling Local channel", destination.address());
            // Asterisk's local_call fails and Dial counts the destination as unavailable.
            first.hangup(HangupCause.NO_ROUTE_DESTINATION.code());
            return;
        }
        two.setDialplanLocation(destination.context(), destination.exten(), 1);
        dialplan.start(two);
    }

    private void send(boolean toSecond, Frame frame) {
        synchronized (this) {
            if (over) {
                return;
            }
            Queue<Frame> pending = toSecond ? towardsSecond : towardsFirst;
            while (!pending.offer(frame)) {
                pending.poll(); // the oldest goes, as in a channel's own read queue
            }
            if (ticking == null) {
                ticking = clock.schedule(this::deliver);
            }
        }
    }

    /** A media tick: what each half sent since the last one arrives at the other. */
    private void deliver() {
        deliver(towardsSecond, second);
        deliver(towardsFirst, first);
    }

    private static void deliver(Queue<Frame> pending, ChannelLink to) {
        Frame frame;
        while ((frame = pending.poll()) != null) {
            if (to != null) {
                to.queue(frame);
            }
        }
    }

    private void stopTicking() {
        MediaClock.Registration registration;
        synchronized (this) {
            over = true;
            registration = ticking;
            ticking = null;
        }
        if (registration != null) {
            registration.close();
        }
        towardsFirst.clear();
        towardsSecond.clear();
    }

    /** One half; everything it is asked to send is queued on the other half as coming from the far end. */
    private final class Half implements TechChannel {

        private final boolean isFirst;

        Half(boolean isFirst) {
            this.isFirst = isFirst;
        }

        private ChannelLink other() {
            return isFirst ? second : first;
        }

        @Override
        public void call(String address, Duration timeout) {
            if (isFirst) {
                LocalPair.this.call();
            }
        }

        @Override
        public void answer() {
            queueOnOther(ControlFrame.of(ControlFrame.Control.ANSWER));
        }

        @Override
        public void hangup(int cause) {
            stopTicking();
            ChannelLink other = other();
            if (other != null && !other.channel().isHungUp()) {
                other.hangup(cause);
            }
        }

        @Override
        public void write(VoiceFrame frame) {
            send(isFirst, frame);
        }

        @Override
        public void sendDtmf(DtmfFrame digit) {
            // Through the same queue as audio, so that digits keep their place in the stream.
            send(isFirst, digit);
        }

        @Override
        public boolean indicate(ControlFrame.Control control, String data) {
            queueOnOther(new ControlFrame(control, data));
            return true;
        }

        private void queueOnOther(Frame frame) {
            ChannelLink other = other();
            if (other != null) {
                other.queue(frame);
            }
        }
    }
}
