package org.strowger.core.internal.dialplan.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.Sounds;

/**
 * The bridge Dial runs itself when the call has features the core's two-party bridge cannot give:
 * DTMF features ({@code h}/{@code H} hang up on {@code *}, {@code t}/{@code T} blind transfer on
 * {@code #}, features.conf's default codes) and {@code L()} warnings. Dial's thread reads both
 * channels and writes each one's frames to the other, keeping the feature keys of the party allowed
 * to use them. The core publishes no bridge events for it and neither channel reports a bridge.
 */
final class DialFeatureBridge {

    private static final Logger LOG = LoggerFactory.getLogger(DialFeatureBridge.class);
    /** features.conf {@code disconnect} default. */
    static final char DISCONNECT = '*';
    /** features.conf {@code blindxfer} default. */
    static final char BLIND_TRANSFER = '#';
    /** features.conf {@code transferdigittimeout} default. */
    static final long TRANSFER_DIGIT_TIMEOUT_MILLIS = 3000;
    private static final long POLL_MILLIS = 10;

    /** How the bridge ended. */
    enum End {
        CALLER_HUNG_UP, PEER_HUNG_UP, TIME_LIMIT,
        /** The callee transferred the caller, whose dialplan goes on where the channel now is. */
        CALLER_TRANSFERRED,
        /** The caller transferred the callee, who now runs a dialplan of its own. */
        PEER_TRANSFERRED
    }

    private final Channel caller;
    private final Channel peer;
    private final DialOptions options;
    private final ExtensionLookup lookup;
    private final Dialplan dialplan;
    private final Sounds sounds;
    private final MediaClock clock;
    private Player toCaller;
    private Player toPeer;

    DialFeatureBridge(Channel caller, Channel peer, DialOptions options, ExtensionLookup lookup, Dialplan dialplan,
            Sounds sounds, MediaClock clock) {
        this.caller = caller;
        this.peer = peer;
        this.options = options;
        this.lookup = lookup;
        this.dialplan = dialplan;
        this.sounds = sounds;
        this.clock = clock;
    }

    End run(long answeredNanos) throws InterruptedException {
        Optional<DialOptions.TimeLimit> limit = options.timeLimit;
        long end = limit.map(l -> answeredNanos + TimeUnit.MILLISECONDS.toNanos(l.limitMillis())).orElse(Long.MAX_VALUE);
        long nextWarning = Long.MAX_VALUE;
        if (limit.isPresent() && limit.get().warningMillis() > 0) {
            nextWarning = end - TimeUnit.MILLISECONDS.toNanos(limit.get().warningMillis());
        }
        limit.filter(l -> !l.startSound().isEmpty()).ifPresent(l -> announce(l, l.startSound()));
        try {
            while (true) {
                long now = System.nanoTime();
                if (now - end >= 0) {
                    limit.filter(l -> !l.endSound().isEmpty()).ifPresent(l -> announceAndWait(l, l.endSound()));
                    LOG.debug("The call of {} and {} reached its time limit", caller.name(), peer.name());
                    return End.TIME_LIMIT;
                }
                if (now - nextWarning >= 0) {
                    DialOptions.TimeLimit l = limit.orElseThrow();
                    announce(l, "timeleft".equals(l.warningSound()) ? "beep" : l.warningSound());
                    nextWarning = l.warningEveryMillis() > 0
                            ? nextWarning + TimeUnit.MILLISECONDS.toNanos(l.warningEveryMillis()) : Long.MAX_VALUE;
                }
                Optional<End> ended = handle(caller, caller.read(POLL_MILLIS, TimeUnit.MILLISECONDS));
                Frame fromPeer;
                while (ended.isEmpty() && (fromPeer = peer.read(0, TimeUnit.MILLISECONDS)) != null) {
                    ended = handle(peer, fromPeer);
                }
                if (ended.isEmpty() && caller.isHungUp()) {
                    ended = Optional.of(End.CALLER_HUNG_UP);
                }
                if (ended.isEmpty() && peer.isHungUp()) {
                    ended = Optional.of(End.PEER_HUNG_UP);
                }
                if (ended.isPresent()) {
                    return ended.get();
                }
            }
        } finally {
            stop(toCaller);
            stop(toPeer);
        }
    }

    private Optional<End> handle(Channel from, Frame frame) throws InterruptedException {
        if (frame == null) {
            return Optional.empty();
        }
        boolean fromCaller = from == caller;
        Channel to = fromCaller ? peer : caller;
        if (frame instanceof HangupFrame) {
            return Optional.of(fromCaller ? End.CALLER_HUNG_UP : End.PEER_HUNG_UP);
        }
        if (frame instanceof VoiceFrame voice) {
            Player playing = fromCaller ? toPeer : toCaller;
            if (playing == null || playing.isDone()) {
                to.write(voice);
            }
            return Optional.empty();
        }
        if (frame instanceof DtmfFrame dtmf) {
            boolean mayHangUp = fromCaller ? options.callerHangup : options.calleeHangup;
            boolean mayTransfer = fromCaller ? options.callerTransfer : options.calleeTransfer;
            if (mayHangUp && dtmf.digit() == DISCONNECT) {
                if (dtmf.end()) {
                    LOG.debug("{} hung up with the disconnect code", from.name());
                    from.hangup(HangupCause.NORMAL_CLEARING.code());
                    return Optional.of(fromCaller ? End.CALLER_HUNG_UP : End.PEER_HUNG_UP);
                }
                return Optional.empty();
            }
            if (mayTransfer && dtmf.digit() == BLIND_TRANSFER) {
                return dtmf.end() ? blindTransfer(from, to) : Optional.empty();
            }
            to.write(dtmf);
            return Optional.empty();
        }
        if (frame instanceof ControlFrame control && control.control() != ControlFrame.Control.ANSWER) {
            to.indicate(control.control(), control.data());
        }
        return Optional.empty();
    }

    /**
     * features.c's blind transfer: the other party hears music on hold while the transferer dials a
     * number in its transfer context; a number that exists takes the other party there and the
     * transferer leaves, otherwise the call goes on.
     */
    private Optional<End> blindTransfer(Channel transferer, Channel transferee) throws InterruptedException {
        String context = transferer.variable("TRANSFER_CONTEXT").filter(c -> !c.isEmpty())
                .orElse(transferer.context());
        transferee.indicate(ControlFrame.Control.HOLD, "");
        StringBuilder number = new StringBuilder();
        try {
            do {
                int digit = ChannelMedia.waitForDigit(transferer, TRANSFER_DIGIT_TIMEOUT_MILLIS);
                if (digit < 0) {
                    return Optional.of(transferer == caller ? End.CALLER_HUNG_UP : End.PEER_HUNG_UP);
                }
                if (digit == 0) {
                    break;
                }
                number.append((char) digit);
            } while (lookup.matchMore(context, number.toString(), transferer.callerId().number()));
        } finally {
            transferee.indicate(ControlFrame.Control.UNHOLD, "");
        }
        String exten = number.toString();
        if (exten.isEmpty() || !lookup.exists(context, exten, 1, transferee.callerId().number())) {
            LOG.info("{} tried to transfer {} to '{}@{}', which does not exist", transferer.name(), transferee.name(),
                    exten, context);
            return Optional.empty();
        }
        LOG.info("{} transferred {} to {}@{}", transferer.name(), transferee.name(), exten, context);
        if (transferee == caller) {
            caller.setDialplanLocation(context, exten, 0);
            peer.hangup(HangupCause.NORMAL_CLEARING.code());
            return Optional.of(End.CALLER_TRANSFERRED);
        }
        peer.setDialplanLocation(context, exten, 1);
        dialplan.start(peer);
        caller.hangup(HangupCause.NORMAL_CLEARING.code());
        return Optional.of(End.PEER_TRANSFERRED);
    }

    private void announce(DialOptions.TimeLimit limit, String sound) {
        if (limit.toCaller()) {
            stop(toCaller);
            toCaller = sounds.find(sound, caller.language())
                    .map(prompt -> Player.start(clock, caller, prompt.source())).orElse(null);
        }
        if (limit.toCallee()) {
            stop(toPeer);
            toPeer = sounds.find(sound, peer.language())
                    .map(prompt -> Player.start(clock, peer, prompt.source())).orElse(null);
        }
    }

    private void announceAndWait(DialOptions.TimeLimit limit, String sound) {
        announce(limit, sound);
        try {
            for (Player player : new Player[] {toCaller, toPeer}) {
                if (player != null) {
                    player.done().toCompletableFuture().get(60, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("The end-of-call sound did not finish: {}", e.toString());
        }
    }

    private static void stop(Player player) {
        if (player != null) {
            player.close();
        }
    }
}
