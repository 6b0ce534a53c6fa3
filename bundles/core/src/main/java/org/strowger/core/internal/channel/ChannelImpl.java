package org.strowger.core.internal.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.media.TranslatingStream;

/**
 * The core's channel. Frames from the far end arrive through its {@link ChannelLink} and go to the
 * current {@link FrameSink} (a bridge) or, when there is none, into a bounded read queue for
 * whatever runs the channel. Frames to the far end go through {@link #write}, translated only when
 * the technology cannot carry their format.
 *
 * <p>The forwarding path (link, sink, peer's write, driver) takes one uncontended lock and allocates
 * nothing when no translation is needed.
 */
public final class ChannelImpl implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelImpl.class);
    /** About one second of 20 ms audio: enough for an application between two reads. */
    static final int READ_QUEUE_CAPACITY = 64;

    private final ChannelServiceImpl service;
    private final String name;
    private final String technology;
    private final String resource;
    private final String uniqueId;
    private final String linkedId;
    private final long sequence;
    private final Instant created = Instant.now();
    private final Set<Format> nativeFormats;
    private final Link link = new Link();
    private final ArrayBlockingQueue<Frame> readQueue = new ArrayBlockingQueue<>(READ_QUEUE_CAPACITY);
    private final CompletableFuture<Integer> hungUpFuture = new CompletableFuture<>();
    private final Variables variables = new Variables();
    private final Object writeLock = new Object();

    private TechChannel tech;
    private volatile ChannelState state;
    private volatile CallerId callerId;
    private volatile CallerId connectedLine = CallerId.UNKNOWN;
    private volatile DialplanLocation location;
    private volatile String application = "";
    private volatile String applicationData = "";
    private volatile String language = "en";
    private volatile String musicClass = "default";
    private volatile String accountCode = "";
    private volatile Format readFormat;
    private volatile Format writeFormat;
    private volatile FrameSink sink;
    private volatile BridgeImpl bridge;
    private volatile boolean hungUp;
    private volatile int hangupCause;
    private volatile ScheduledFuture<?> answerTimeout;
    private volatile MusicOnHold musicOnHold;
    private TranslatingStream writeTranslator;

    ChannelImpl(ChannelServiceImpl service, String name, String technology, String resource, String uniqueId,
            String linkedId, long sequence, List<Format> nativeFormats, ChannelState state, CallerId callerId,
            String context, String exten) {
        this.service = service;
        this.name = name;
        this.technology = technology;
        this.resource = resource;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.sequence = sequence;
        this.nativeFormats = Collections.unmodifiableSet(new LinkedHashSet<>(nativeFormats));
        this.readFormat = nativeFormats.get(0);
        this.writeFormat = nativeFormats.get(0);
        this.state = state;
        this.callerId = callerId;
        this.location = new DialplanLocation(context, exten, 1);
    }

    void attach(TechChannel techChannel) {
        this.tech = Objects.requireNonNull(techChannel, "the driver built no TechChannel");
    }

    ChannelLink link() {
        return link;
    }

    long sequence() {
        return sequence;
    }

    Variables variableStore() {
        return variables;
    }

    /** The variables with their inheritance prefixes ({@code __X}), as {@code core show channel} lists them. */
    public Map<String, String> variablesAsSet() {
        return variables.withPrefixes();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String technology() {
        return technology;
    }

    @Override
    public String uniqueId() {
        return uniqueId;
    }

    @Override
    public String linkedId() {
        return linkedId;
    }

    @Override
    public Instant created() {
        return created;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    void setState(ChannelState newState) {
        ChannelState old;
        synchronized (this) {
            if (hungUp || state == newState) {
                return;
            }
            old = state;
            state = newState;
        }
        LOG.debug("{} changed state from {} to {}", name, old.text(), newState.text());
        service.publish(ChannelEvents.call("Newstate", this).build());
    }

    @Override
    public CallerId callerId() {
        return callerId;
    }

    @Override
    public void setCallerId(CallerId id) {
        this.callerId = Objects.requireNonNullElse(id, CallerId.UNKNOWN);
    }

    @Override
    public CallerId connectedLine() {
        return connectedLine;
    }

    @Override
    public void setConnectedLine(CallerId connected) {
        this.connectedLine = Objects.requireNonNullElse(connected, CallerId.UNKNOWN);
    }

    @Override
    public String context() {
        return location.context();
    }

    @Override
    public String exten() {
        return location.exten();
    }

    @Override
    public int priority() {
        return location.priority();
    }

    @Override
    public void setDialplanLocation(String context, String exten, int priority) {
        this.location = new DialplanLocation(context, exten, priority);
    }

    @Override
    public String application() {
        return application;
    }

    @Override
    public String applicationData() {
        return applicationData;
    }

    @Override
    public void setApplication(String app, String data) {
        this.application = Objects.requireNonNullElse(app, "");
        this.applicationData = Objects.requireNonNullElse(data, "");
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public void setLanguage(String newLanguage) {
        this.language = Objects.requireNonNullElse(newLanguage, "");
    }

    @Override
    public String musicClass() {
        return musicClass;
    }

    @Override
    public void setMusicClass(String newClass) {
        this.musicClass = Objects.requireNonNullElse(newClass, "");
    }

    @Override
    public String accountCode() {
        return accountCode;
    }

    @Override
    public void setAccountCode(String code) {
        this.accountCode = Objects.requireNonNullElse(code, "");
    }

    @Override
    public Optional<String> variable(String variableName) {
        return variables.get(variableName);
    }

    @Override
    public void setVariable(String variableName, String value) {
        if (variables.set(variableName, value) && value != null) {
            service.publish(ChannelEvents.snapshot(PbxEvent.builder("VarSet", EventCategory.DIALPLAN), this, "")
                    .field("Variable", variableName)
                    .field("Value", value)
                    .build());
        }
    }

    @Override
    public Map<String, String> variables() {
        return variables.withoutPrefixes();
    }

    @Override
    public Set<Format> nativeFormats() {
        return nativeFormats;
    }

    @Override
    public Format readFormat() {
        return readFormat;
    }

    @Override
    public Format writeFormat() {
        return writeFormat;
    }

    /** Chooses the format writes are translated into; only native formats are accepted. */
    void setWriteFormat(Format format) {
        if (nativeFormats.contains(format)) {
            writeFormat = format;
        }
    }

    @Override
    public Optional<Bridge> bridge() {
        return Optional.ofNullable(bridge);
    }

    BridgeImpl currentBridge() {
        return bridge;
    }

    /** Enters a bridge: from now on frames from the far end go to the sink. */
    synchronized boolean enterBridge(BridgeImpl newBridge, FrameSink bridgeSink) {
        if (hungUp || bridge != null) {
            return false;
        }
        bridge = newBridge;
        sink = bridgeSink;
        readQueue.clear();
        return true;
    }

    synchronized void leaveBridge(BridgeImpl leaving) {
        if (bridge == leaving) {
            bridge = null;
            sink = null;
        }
    }

    @Override
    public void answer() {
        if (hungUp || state == ChannelState.UP) {
            return;
        }
        try {
            tech.answer();
        } catch (RuntimeException e) {
            driverFailed("answer", e);
            return;
        }
        cancelAnswerTimeout();
        setState(ChannelState.UP);
    }

    @Override
    public void call(long timeoutMillis) {
        if (hungUp) {
            return;
        }
        if (timeoutMillis > 0) {
            answerTimeout = service.schedule(() -> {
                if (state != ChannelState.UP) {
                    LOG.debug("{} was not answered within {} ms", name, timeoutMillis);
                    hangup(HangupCause.NO_ANSWER.code());
                }
            }, timeoutMillis);
        }
        try {
            tech.call(resource, timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : Duration.ZERO);
        } catch (RuntimeException e) {
            driverFailed("call " + resource, e);
        }
    }

    @Override
    public void indicate(ControlFrame.Control control, String data) {
        if (hungUp) {
            return;
        }
        boolean handled;
        try {
            handled = tech.indicate(control, Objects.requireNonNullElse(data, ""));
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} driver failed to indicate {}; ignoring it", name, technology, control, e);
            return;
        }
        if (handled) {
            return;
        }
        if (control == ControlFrame.Control.HOLD) {
            startMusicOnHold(data == null || data.isEmpty() ? musicClass : data);
        } else if (control == ControlFrame.Control.UNHOLD) {
            stopMusicOnHold();
        }
    }

    @Override
    public void write(Frame frame) {
        if (frame instanceof VoiceFrame voice) {
            writeVoice(voice);
        } else if (frame instanceof DtmfFrame digit) {
            if (!hungUp) {
                try {
                    tech.sendDtmf(digit);
                } catch (RuntimeException e) {
                    LOG.warn("{}: the {} driver failed to send DTMF {}; ignoring it", name, technology, digit.digit(), e);
                }
            }
        } else if (frame instanceof ControlFrame control) {
            indicate(control.control(), control.data());
        }
        // A HangupFrame is not written: hanging up is hangup().
    }

    /** Voice from a bridge: held back while music on hold plays to this channel. */
    void writeFromBridge(VoiceFrame voice) {
        if (musicOnHold == null) {
            writeVoice(voice);
        }
    }

    void writeVoice(VoiceFrame voice) {
        synchronized (writeLock) {
            if (hungUp) {
                return;
            }
            Format format = voice.format();
            VoiceFrame out = voice;
            if (format != writeFormat && !nativeFormats.contains(format)) {
                if (writeTranslator == null || writeTranslator.target() != writeFormat) {
                    closeWriteTranslator();
                    writeTranslator = new TranslatingStream(service.translationPaths(), writeFormat, name + " write");
                }
                out = writeTranslator.translate(voice);
                if (out == null) {
                    return;
                }
            }
            try {
                tech.write(out);
            } catch (RuntimeException e) {
                LOG.warn("{}: the {} driver failed to write a {} frame; dropping it", name, technology, out.format(), e);
            }
        }
    }

    @Override
    public boolean transfer(String destination) {
        if (hungUp) {
            return false;
        }
        try {
            return tech.transfer(destination);
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} driver failed to transfer to {}", name, technology, destination, e);
            return false;
        }
    }

    @Override
    public Frame read(long timeout, TimeUnit unit) throws InterruptedException {
        // What arrived before a hangup is still read first: an ANSWER just before the far end hung up
        // tells an originator that the call was answered.
        Frame frame = readQueue.poll();
        if (frame == null && !hungUp) {
            frame = readQueue.poll(timeout, unit);
        }
        if (frame == null && hungUp) {
            return new HangupFrame(hangupCause);
        }
        return frame;
    }

    @Override
    public void hangup(int cause) {
        synchronized (this) {
            if (hungUp) {
                return;
            }
            hangupCause = cause;
            hungUp = true;
        }
        cancelAnswerTimeout();
        stopMusicOnHold();
        BridgeImpl current = bridge;
        if (current != null) {
            current.channelHungUp(this);
        }
        try {
            tech.hangup(cause);
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} driver failed while hanging up; the channel is gone anyway", name, technology, e);
        }
        synchronized (writeLock) {
            closeWriteTranslator();
        }
        sink = null;
        enqueue(new HangupFrame(cause));
        service.removed(this);
        service.publish(ChannelEvents.call("Hangup", this)
                .field("Cause", cause)
                .field("Cause-txt", HangupCause.textOf(cause))
                .build());
        hungUpFuture.complete(cause);
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
    public Optional<String> technologyItem(String item) {
        try {
            return tech.readItem(item);
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} driver failed to read CHANNEL({})", name, technology, item, e);
            return Optional.empty();
        }
    }

    @Override
    public boolean setTechnologyItem(String item, String value) {
        if (hungUp) {
            return false;
        }
        try {
            return tech.writeItem(item, value);
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} driver failed to write CHANNEL({})", name, technology, item, e);
            return false;
        }
    }

    /** Whether music on hold plays to this channel now. */
    public boolean isOnHold() {
        return musicOnHold != null;
    }

    @Override
    public String toString() {
        return name;
    }

    private void startMusicOnHold(String mohClass) {
        synchronized (this) {
            if (hungUp || musicOnHold != null) {
                return;
            }
            musicOnHold = MusicOnHold.start(this, mohClass, service.mediaClock());
        }
        LOG.debug("{}: music on hold, class {}", name, mohClass);
    }

    private void stopMusicOnHold() {
        MusicOnHold playing;
        synchronized (this) {
            playing = musicOnHold;
            musicOnHold = null;
        }
        if (playing != null) {
            playing.stop();
        }
    }

    private void cancelAnswerTimeout() {
        ScheduledFuture<?> timeout = answerTimeout;
        if (timeout != null) {
            timeout.cancel(false);
            answerTimeout = null;
        }
    }

    private void closeWriteTranslator() {
        if (writeTranslator != null) {
            writeTranslator.close();
            writeTranslator = null;
        }
    }

    private void driverFailed(String what, RuntimeException e) {
        LOG.warn("{}: the {} driver failed to {}; hanging the channel up with cause {} ({})", name, technology, what,
                HangupCause.NETWORK_OUT_OF_ORDER.code(), HangupCause.NETWORK_OUT_OF_ORDER.text(), e);
        hangup(HangupCause.NETWORK_OUT_OF_ORDER.code());
    }

    /** A frame from the far end. */
    private void received(Frame frame) {
        if (hungUp) {
            return;
        }
        if (frame instanceof VoiceFrame voice) {
            if (voice.format() != readFormat) {
                readFormat = voice.format();
            }
        } else if (frame instanceof ControlFrame control) {
            switch (control.control()) {
                case ANSWER -> {
                    cancelAnswerTimeout();
                    setState(ChannelState.UP);
                }
                case RINGING -> setState(ChannelState.RINGING);
                case BUSY -> setState(ChannelState.BUSY);
                default -> {
                    // progress and hold change no state
                }
            }
        } else if (frame instanceof HangupFrame hangupFrame) {
            hangup(hangupFrame.cause());
            return;
        }
        FrameSink current = sink;
        if (current != null) {
            current.onFrame(this, frame);
            return;
        }
        enqueue(frame);
    }

    private void enqueue(Frame frame) {
        while (!readQueue.offer(frame)) {
            // Nobody reads fast enough: the oldest frame goes, so the reader hears the newest audio.
            readQueue.poll();
        }
    }

    private record DialplanLocation(String context, String exten, int priority) {
    }

    /** The driver's side: what it tells the core about the far end. */
    private final class Link implements ChannelLink {

        @Override
        public Channel channel() {
            return ChannelImpl.this;
        }

        @Override
        public void queue(Frame frame) {
            received(frame);
        }

        @Override
        public void setState(ChannelState newState) {
            ChannelImpl.this.setState(newState);
        }

        @Override
        public void hangup(int cause) {
            ChannelImpl.this.hangup(cause);
        }
    }

    /** Channel variables: base name to value and how far the value is inherited. */
    static final class Variables {

        private final Map<String, Variable> byName = new LinkedHashMap<>();

        synchronized Optional<String> get(String variableName) {
            Variable variable = byName.get(baseName(variableName));
            return variable == null ? Optional.empty() : Optional.of(variable.value());
        }

        /** @return whether the name was valid */
        synchronized boolean set(String variableName, String value) {
            String base = baseName(variableName);
            if (base.isEmpty()) {
                return false;
            }
            if (value == null) {
                byName.remove(base);
            } else {
                byName.put(base, new Variable(value, inheritance(variableName)));
            }
            return true;
        }

        /** Copies what a child channel inherits: {@code _X} as {@code X}, {@code __X} as {@code __X}. */
        synchronized void inheritInto(Variables child) {
            byName.forEach((base, variable) -> {
                if (variable.inheritance() == 2) {
                    child.set("__" + base, variable.value());
                } else if (variable.inheritance() == 1) {
                    child.set(base, variable.value());
                }
            });
        }

        synchronized Map<String, String> withoutPrefixes() {
            Map<String, String> copy = new LinkedHashMap<>();
            byName.forEach((base, variable) -> copy.put(base, variable.value()));
            return copy;
        }

        synchronized Map<String, String> withPrefixes() {
            Map<String, String> copy = new LinkedHashMap<>();
            byName.forEach((base, variable) -> copy.put("_".repeat(variable.inheritance()) + base, variable.value()));
            return copy;
        }

        static String baseName(String variableName) {
            return variableName.substring(inheritance(variableName));
        }

        private static int inheritance(String variableName) {
            if (variableName.startsWith("__")) {
                return 2;
            }
            return variableName.startsWith("_") ? 1 : 0;
        }

        private record Variable(String value, int inheritance) {
        }
    }
}
