package org.strowger.chantest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.ChannelProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code Test} channel: the driver's side the core calls, the scripted far end that answers,
 * plays and hangs up on media clock ticks, and (in {@link #probe()}) what a test reads and does. The
 * probe is a separate object because the core's {@code answer}/{@code hangup} and the far end's
 * have the same signatures and opposite meanings.
 *
 * <p>Everything timed happens in {@link #tick()}, which the media clock runs one tick at a time;
 * the fields only it touches need no guarding. Other threads (the core, a test) reach it through
 * volatile flags and a concurrent queue of digits. Frames are queued to the core outside any lock
 * of ours, because the core may call back into this channel while it handles them.
 */
final class TestChannel implements TechChannel {

    private static final Logger LOG = LoggerFactory.getLogger(TestChannel.class);

    /** RFC 4733-ish timing: 100 ms key down, 100 ms before the next key. */
    static final int DTMF_TICKS = 100 / MediaClock.PERIOD_MILLIS;
    static final int DTMF_DURATION_MILLIS = DTMF_TICKS * MediaClock.PERIOD_MILLIS;

    private static final ControlFrame RINGING = ControlFrame.of(ControlFrame.Control.RINGING);
    private static final ControlFrame ANSWER = ControlFrame.of(ControlFrame.Control.ANSWER);
    private static final ControlFrame BUSY = ControlFrame.of(ControlFrame.Control.BUSY);
    private static final ControlFrame CONGESTION = ControlFrame.of(ControlFrame.Control.CONGESTION);
    private static final DtmfFrame[] DTMF_BEGIN = new DtmfFrame[128];
    private static final DtmfFrame[] DTMF_END = new DtmfFrame[128];

    static {
        for (char digit : FarEndScript.DTMF_DIGITS.toCharArray()) {
            DTMF_BEGIN[digit] = new DtmfFrame(digit, false, 0);
            DTMF_END[digit] = new DtmfFrame(digit, true, DTMF_DURATION_MILLIS);
        }
    }

    private final ChannelLink link;
    private final FarEndScript script;
    private final boolean incoming;
    private final long sequence;
    private final MediaClock clock;
    private final ToneCache tones;
    private final Consumer<TestChannel> whenHungUp;
    private final ChannelProbe probe = new Probe();

    // written by any thread, read by the tick
    private volatile boolean callStarted;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile List<VoiceFrame> tone;
    private final Queue<Character> digitsToSend = new ConcurrentLinkedQueue<>();
    private volatile boolean hungUp;
    private volatile int hangupCause;
    private final CompletableFuture<Integer> hungUpFuture = new CompletableFuture<>();

    // guarded by this
    private MediaClock.Registration ticking;

    // only the tick touches these
    private boolean progressSent;
    private int answerCountdown;
    private boolean afterAnswerStarted;
    private long hangupCountdown = -1;
    private List<VoiceFrame> playing;
    private int toneIndex;
    private char currentDigit;
    private int digitTicksLeft;
    private boolean digitDown;

    // Echoed frames wait here for the next tick: never queued from inside write(), where the core
    // holds this channel's write lock and two echoing channels bridged together would echo forever.
    private static final int ECHO_CAPACITY = 16;
    private final Frame[] echoRing = new Frame[ECHO_CAPACITY];
    private int echoHead;
    private int echoCount;

    // what the core sent, guarded by received
    private final Object received = new Object();
    private final ReceivedAudio audio;
    private long voiceFrames;
    private long samples;
    private long voiceFramesInOtherFormats;
    private final StringBuilder dtmf = new StringBuilder();
    private final List<ControlFrame.Control> controls = new ArrayList<>();

    TestChannel(ChannelLink link, FarEndScript script, boolean incoming, long sequence, MediaClock clock,
            ToneCache tones, int retainedAudioSeconds, Consumer<TestChannel> whenHungUp) {
        this.link = Objects.requireNonNull(link, "link");
        this.script = script;
        this.incoming = incoming;
        this.sequence = sequence;
        this.clock = clock;
        this.tones = tones;
        this.whenHungUp = whenHungUp;
        this.audio = new ReceivedAudio(retainedAudioSeconds * script.format().bytesPer20Ms()
                * (1000 / MediaClock.PERIOD_MILLIS));
    }

    long sequence() {
        return sequence;
    }

    FarEndScript script() {
        return script;
    }

    // ---- TechChannel: the core calls these ----

    @Override
    public void call(String address, Duration timeout) {
        if (incoming) {
            LOG.warn("{}: the core called an incoming channel; ignoring it", link.channel().name());
            return;
        }
        callStarted = true;
        startTicking();
    }

    @Override
    public void answer() {
        // the core answers an incoming call; after-answer options start on the next tick
        answered.set(true);
        startTicking();
    }

    @Override
    public void hangup(int cause) {
        synchronized (this) {
            if (hungUp) {
                return;
            }
            hangupCause = cause;
            hungUp = true;
            if (ticking != null) {
                ticking.close();
                ticking = null;
            }
        }
        hungUpFuture.complete(cause);
        whenHungUp.accept(this);
    }

    @Override
    public void write(VoiceFrame frame) {
        synchronized (received) {
            voiceFrames++;
            samples += frame.samples();
            if (frame.format() == script.format()) {
                audio.append(frame.payload());
            } else {
                voiceFramesInOtherFormats++;
            }
        }
        if (script.echo() && !hungUp) {
            echoLater(frame);
        }
    }

    @Override
    public void sendDtmf(DtmfFrame digit) {
        if (digit.end()) {
            synchronized (received) {
                dtmf.append(digit.digit());
            }
        }
        if (script.echo() && !hungUp) {
            echoLater(digit);
        }
    }

    @Override
    public boolean indicate(ControlFrame.Control control, String data) {
        synchronized (received) {
            controls.add(control);
        }
        // unhandled, as most drivers leave it, so that the core plays music on hold to us
        return false;
    }

    // ---- the media clock ----

    private void tick() {
        if (hungUp) {
            return;
        }
        if (callStarted && !progressSent) {
            progressSent = true;
            startProgress();
        }
        if (answerCountdown > 0 && --answerCountdown == 0) {
            answerAsFarEnd();
        }
        if (answered.get() && !afterAnswerStarted) {
            afterAnswerStarted = true;
            startAfterAnswer();
            // the core sees ANSWER before the first frame
            return;
        }
        if (hangupCountdown > 0 && --hangupCountdown == 0) {
            link.hangup(HangupCause.NORMAL_CLEARING.code());
            return;
        }
        sendDtmfStep();
        sendToneStep();
        sendEchoes();
    }

    private void echoLater(Frame frame) {
        synchronized (echoRing) {
            if (echoCount == ECHO_CAPACITY) {
                // the oldest goes: an echo that lags is worse than one that skips
                echoHead = (echoHead + 1) % ECHO_CAPACITY;
                echoCount--;
            }
            echoRing[(echoHead + echoCount) % ECHO_CAPACITY] = frame;
            echoCount++;
        }
    }

    private void sendEchoes() {
        while (true) {
            Frame next;
            synchronized (echoRing) {
                if (echoCount == 0) {
                    return;
                }
                next = echoRing[echoHead];
                echoRing[echoHead] = null;
                echoHead = (echoHead + 1) % ECHO_CAPACITY;
                echoCount--;
            }
            link.queue(next);
        }
    }

    private void startProgress() {
        if (script.ring()) {
            link.queue(RINGING);
        }
        switch (script.outcome()) {
            case BUSY -> link.queue(BUSY);
            case CONGESTION -> link.queue(CONGESTION);
            case ANSWER -> {
                // counted down from this tick on: answer=0 answers on it, else after the delay rounded up to ticks
                answerCountdown = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ticksFor(script.answerDelayMillis())));
            }
            case NEVER_ANSWER -> {
                // the core's dial timeout ends it, or a test answers through the probe
            }
        }
    }

    private void answerAsFarEnd() {
        if (answered.compareAndSet(false, true)) {
            link.queue(ANSWER);
        }
    }

    private void startAfterAnswer() {
        if (script.toneHz() != FarEndScript.NO_TONE && tone == null) {
            tone = tones.cycle(script.format(), script.toneHz());
        }
        for (char digit : script.dtmf().toCharArray()) {
            digitsToSend.add(digit);
        }
        if (script.hangupDelayMillis() != FarEndScript.NO_HANGUP) {
            hangupCountdown = Math.max(1, ticksFor(script.hangupDelayMillis()));
        }
    }

    private void sendDtmfStep() {
        if (digitTicksLeft > 0) {
            digitTicksLeft--;
            if (digitTicksLeft == 0 && digitDown) {
                digitDown = false;
                link.queue(DTMF_END[currentDigit]);
                digitTicksLeft = DTMF_TICKS;
            }
            return;
        }
        Character next = digitsToSend.poll();
        if (next != null) {
            currentDigit = next;
            digitDown = true;
            digitTicksLeft = DTMF_TICKS;
            link.queue(DTMF_BEGIN[currentDigit]);
        }
    }

    private void sendToneStep() {
        List<VoiceFrame> current = tone;
        if (current == null) {
            playing = null;
            return;
        }
        if (current != playing) {
            playing = current;
            toneIndex = 0;
        }
        link.queue(current.get(toneIndex));
        toneIndex = toneIndex + 1 == current.size() ? 0 : toneIndex + 1;
    }

    private static long ticksFor(long millis) {
        return (millis + MediaClock.PERIOD_MILLIS - 1) / MediaClock.PERIOD_MILLIS;
    }

    private synchronized void startTicking() {
        if (ticking == null && !hungUp) {
            ticking = clock.schedule(this::tick);
        }
    }

    /** The driver goes away: stop the clock task and hang up, as the far end. */
    void release() {
        synchronized (this) {
            if (ticking != null) {
                ticking.close();
                ticking = null;
            }
        }
        if (!hungUp) {
            link.hangup(HangupCause.NORMAL_CLEARING.code());
        }
    }

    // ---- the probe: a test reads and acts ----

    ChannelProbe probe() {
        return probe;
    }

    private final class Probe implements ChannelProbe {


        @Override
        public Channel channel() {
            return link.channel();
        }

        @Override
        public String channelName() {
            return link.channel().name();
        }

        @Override
        public Format format() {
            return script.format();
        }

        @Override
        public boolean isIncoming() {
            return incoming;
        }

        @Override
        public boolean isAnswered() {
            return answered.get();
        }

        @Override
        public long voiceFramesReceived() {
            synchronized (received) {
                return voiceFrames;
            }
        }

        @Override
        public long samplesReceived() {
            synchronized (received) {
                return samples;
            }
        }

        @Override
        public long voiceFramesInOtherFormats() {
            synchronized (received) {
                return voiceFramesInOtherFormats;
            }
        }

        @Override
        public byte[] receivedAudio() {
            synchronized (received) {
                return audio.snapshot();
            }
        }

        @Override
        public String dtmfReceived() {
            synchronized (received) {
                return dtmf.toString();
            }
        }

        @Override
        public List<ControlFrame.Control> controlsReceived() {
            synchronized (received) {
                return List.copyOf(controls);
            }
        }

        @Override
        public boolean isHungUp() {
            return hungUp;
        }

        @Override
        public int hangupCause() {
            return hangupCause;
        }

        @Override
        public CompletionStage<Integer> hungUp() {
            return hungUpFuture.minimalCompletionStage();
        }

        @Override
        public void answer() {
            if (incoming) {
                throw new IllegalStateException(channelName() + " is an incoming call: its far end is the caller; "
                        + "answer it in the dialplan");
            }
            answerAsFarEnd();
            startTicking();
        }

        @Override
        public void startTone(int hz) {
            tone = tones.cycle(script.format(), hz);
            startTicking();
        }

        @Override
        public void stopTone() {
            tone = null;
        }

        @Override
        public void sendDtmf(String digits) {
            List<Character> checked = new ArrayList<>(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                checked.add(FarEndScript.dtmfDigit(c).orElseThrow(() -> new IllegalArgumentException(
                        "'" + c + "' in '" + digits + "' is not a DTMF digit (use 0-9, *, #, A-D)")));
            }
            digitsToSend.addAll(checked);
            startTicking();
        }

        @Override
        public void hangup(int cause) {
            link.hangup(cause);
        }

        @Override
        public void queue(Frame frame) {
            link.queue(Objects.requireNonNull(frame, "frame"));
        }
    }

    @Override
    public String toString() {
        return "TestChannel[" + link.channel().name() + ", " + script + "]";
    }
}
