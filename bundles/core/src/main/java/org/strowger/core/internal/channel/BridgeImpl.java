package org.strowger.core.internal.channel;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.BridgeHooks;
import org.strowger.api.channel.Channel;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;

/**
 * A two-party bridge. Each channel's frames are written straight to the other on the thread that
 * delivered them; the peer's {@link ChannelImpl#write} translates only if it cannot carry the
 * format, so two channels with a common format are bridged natively.
 */
final class BridgeImpl implements Bridge {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeImpl.class);

    private final String id = UUID.randomUUID().toString();
    private final ChannelServiceImpl service;
    private final ChannelImpl first;
    private final ChannelImpl second;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final boolean nativeBridge;
    private final BridgeHooks hooks;
    private volatile boolean audioToFirstHeld;
    private volatile boolean audioToSecondHeld;
    private boolean over;

    BridgeImpl(ChannelServiceImpl service, ChannelImpl first, ChannelImpl second, BridgeHooks hooks) {
        this.service = service;
        this.first = first;
        this.second = second;
        this.hooks = hooks;
        // Prefer a format both can carry: then frames cross without translation in both directions.
        first.nativeFormats().stream()
                .filter(second.nativeFormats()::contains)
                .findFirst()
                .ifPresent(common -> {
                    first.setWriteFormat(common);
                    second.setWriteFormat(common);
                });
        this.nativeBridge = second.nativeFormats().contains(first.readFormat())
                && first.nativeFormats().contains(second.readFormat());
    }

    /** Puts both channels in the bridge, or neither. */
    void start() {
        if (!first.enterBridge(this, (source, frame) -> forward(source, frame, second))) {
            throw new IllegalStateException(first.name() + " cannot be bridged: it has hung up or is already in a bridge");
        }
        if (!second.enterBridge(this, (source, frame) -> forward(source, frame, first))) {
            first.leaveBridge(this);
            throw new IllegalStateException(second.name() + " cannot be bridged: it has hung up or is already in a bridge");
        }
        LOG.debug("Bridge {}: {} and {} ({})", id, first.name(), second.name(), nativeBridge ? "native" : "transcoding");
        service.publish(bridgeEvent("BridgeCreate", 0).build());
        service.publish(ChannelEvents.snapshot(bridgeEvent("BridgeEnter", 1), first, "").build());
        service.publish(ChannelEvents.snapshot(bridgeEvent("BridgeEnter", 2), second, "").build());
        if (first.isHungUp() || second.isHungUp()) {
            // A channel hung up while it entered: it may have missed the bridge, so end it here.
            end();
        }
    }

    private void forward(ChannelImpl from, Frame frame, ChannelImpl to) {
        if (frame instanceof VoiceFrame voice) {
            if (!(to == first ? audioToFirstHeld : audioToSecondHeld)) {
                to.writeFromBridge(voice);
            }
        } else if (frame instanceof DtmfFrame digit) {
            if (!swallowed(from, digit)) {
                to.write(frame);
            }
        } else if (frame instanceof ControlFrame control && control.control() != ControlFrame.Control.ANSWER) {
            to.indicate(control.control(), control.data());
        }
    }

    private boolean swallowed(ChannelImpl from, DtmfFrame digit) {
        try {
            return hooks.dtmf(from, digit);
        } catch (RuntimeException e) {
            LOG.warn("Bridge {}: a DTMF hook failed on '{}' from {}; the digit crosses", id, digit.digit(), from.name(), e);
            return false;
        }
    }

    @Override
    public void holdAudioTo(Channel channel, boolean held) {
        if (channel == first) {
            audioToFirstHeld = held;
        } else if (channel == second) {
            audioToSecondHeld = held;
        } else {
            throw new IllegalArgumentException(channel.name() + " is not in bridge " + id);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Channel> channels() {
        return List.of(first, second);
    }

    @Override
    public boolean isNative() {
        return nativeBridge;
    }

    ChannelImpl peerOf(ChannelImpl channel) {
        return channel == first ? second : first;
    }

    @Override
    public void dissolve() {
        end();
    }

    @Override
    public CompletionStage<Void> ended() {
        return ended.minimalCompletionStage();
    }

    void channelHungUp(ChannelImpl channel) {
        end();
    }

    private void end() {
        synchronized (this) {
            if (over) {
                return;
            }
            over = true;
        }
        first.leaveBridge(this);
        second.leaveBridge(this);
        service.publish(ChannelEvents.snapshot(bridgeEvent("BridgeLeave", 1), first, "").build());
        service.publish(ChannelEvents.snapshot(bridgeEvent("BridgeLeave", 0), second, "").build());
        service.publish(bridgeEvent("BridgeDestroy", 0).build());
        LOG.debug("Bridge {} ended", id);
        ended.complete(null);
    }

    private PbxEvent.Builder bridgeEvent(String name, int channels) {
        return ChannelEvents.bridge(PbxEvent.builder(name, EventCategory.CALL), this, channels);
    }
}
