package org.strowger.core.internal.dialplan.app;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.BridgeService;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.Sounds;

/**
 * Dial's bridge when the call has features: DTMF features ({@code h}/{@code H} hang up on
 * {@code *}, {@code t}/{@code T} blind transfer on {@code #}, features.conf's default codes) and
 * {@code L()} limits with warnings. The audio crosses in the core's bridge on the media threads; its
 * DTMF hook keeps the feature codes of the party allowed to use them and hands them to Dial's thread,
 * which only waits: for a feature, the bridge's end or the next point of the time limit.
 */
final class DialFeatureBridge {

    private static final Logger LOG = LoggerFactory.getLogger(DialFeatureBridge.class);
    /** features.conf {@code disconnect} default. */
    static final char DISCONNECT = '*';
    /** features.conf {@code blindxfer} default. */
    static final char BLIND_TRANSFER = '#';
    /** features.conf {@code transferdigittimeout} default. */
    static final long TRANSFER_DIGIT_TIMEOUT_MILLIS = 3000;

    /** How the bridge ended. */
    enum End {
        CALLER_HUNG_UP, PEER_HUNG_UP, TIME_LIMIT,
        /** The callee transferred the caller, whose dialplan goes on where the channel now is. */
        CALLER_TRANSFERRED,
        /** The caller transferred the callee, who now runs a dialplan of its own. */
        PEER_TRANSFERRED
    }

    /** What the hook and the bridge tell Dial's thread: a feature code, or that a bridge ended. */
    private record Signal(Channel from, char code, Bridge endedBridge) {
    }

    private final Channel caller;
    private final Channel peer;
    private final DialOptions options;
    private final ExtensionLookup lookup;
    private final Dialplan dialplan;
    private final Sounds sounds;
    private final MediaClock clock;
    private final BridgeService bridges;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    /** Digits the transferer keyed after the transfer code, before the bridge let go of it. */
    private final BlockingQueue<Character> transferDigits = new LinkedBlockingQueue<>();
    private volatile Channel transferring;
    private Bridge bridge;
    private Player toCaller;
    private Player toPeer;

    DialFeatureBridge(Channel caller, Channel peer, DialOptions options, ExtensionLookup lookup, Dialplan dialplan,
            Sounds sounds, MediaClock clock, BridgeService bridges) {
        this.caller = caller;
        this.peer = peer;
        this.options = options;
        this.lookup = lookup;
        this.dialplan = dialplan;
        this.sounds = sounds;
        this.clock = clock;
        this.bridges = bridges;
    }

    End run(long answeredNanos) throws InterruptedException {
        Optional<DialOptions.TimeLimit> limit = options.timeLimit;
        long end = limit.map(l -> answeredNanos + TimeUnit.MILLISECONDS.toNanos(l.limitMillis())).orElse(Long.MAX_VALUE);
        long nextWarning = Long.MAX_VALUE;
        if (limit.isPresent() && limit.get().warningMillis() > 0) {
            nextWarning = end - TimeUnit.MILLISECONDS.toNanos(limit.get().warningMillis());
        }
        try {
            if (!enterBridge()) {
                return hungUpSide();
            }
            limit.filter(l -> !l.startSound().isEmpty()).ifPresent(l -> announce(l, l.startSound()));
            while (true) {
                long now = System.nanoTime();
                if (now - end >= 0) {
                    limit.filter(l -> !l.endSound().isEmpty()).ifPresent(l -> announceAndWait(l, l.endSound()));
                    LOG.debug("The call of {} and {} reached its time limit", caller.name(), peer.name());
                    bridge.dissolve();
                    return End.TIME_LIMIT;
                }
                if (now - nextWarning >= 0) {
                    DialOptions.TimeLimit l = limit.orElseThrow();
                    announce(l, "timeleft".equals(l.warningSound()) ? "beep" : l.warningSound());
                    nextWarning = l.warningEveryMillis() > 0
                            ? nextWarning + TimeUnit.MILLISECONDS.toNanos(l.warningEveryMillis()) : Long.MAX_VALUE;
                }
                long wait = Math.max(1, Math.min(end, nextWarning) - System.nanoTime());
                Signal signal = signals.poll(Math.min(wait, TimeUnit.DAYS.toNanos(1)), TimeUnit.NANOSECONDS);
                if (signal == null) {
                    continue;
                }
                if (signal.endedBridge() != null) {
                    if (signal.endedBridge() == bridge) {
                        return hungUpSide();
                    }
                    continue; // the bridge a transfer attempt dissolved
                }
                Optional<End> ended = feature(signal.from(), signal.code());
                if (ended.isPresent()) {
                    return ended.get();
                }
            }
        } finally {
            stop(toCaller);
            stop(toPeer);
        }
    }

    private boolean enterBridge() {
        try {
            Bridge entered = bridges.bridge(caller, peer, this::hook);
            bridge = entered;
            entered.ended().thenRun(() -> signals.add(new Signal(null, ' ', entered)));
            return true;
        } catch (IllegalStateException e) {
            LOG.debug("{} and {} could not be bridged: {}", caller.name(), peer.name(), e.getMessage());
            return false;
        }
    }

    /** On the media thread: keeps the feature codes the sender may use, and passes them on when the key comes up. */
    private boolean hook(Channel from, DtmfFrame digit) {
        if (from == transferring) {
            if (digit.end()) {
                transferDigits.add(digit.digit());
            }
            return true;
        }
        boolean fromCaller = from == caller;
        boolean feature = digit.digit() == DISCONNECT && (fromCaller ? options.callerHangup : options.calleeHangup)
                || digit.digit() == BLIND_TRANSFER && (fromCaller ? options.callerTransfer : options.calleeTransfer);
        if (feature && digit.end()) {
            if (digit.digit() == BLIND_TRANSFER) {
                transferring = from;
            }
            signals.add(new Signal(from, digit.digit(), null));
        }
        return feature;
    }

    private Optional<End> feature(Channel from, char code) throws InterruptedException {
        boolean fromCaller = from == caller;
        if (code == DISCONNECT) {
            LOG.debug("{} hung up with the disconnect code", from.name());
            from.hangup(HangupCause.NORMAL_CLEARING.code());
            return Optional.of(fromCaller ? End.CALLER_HUNG_UP : End.PEER_HUNG_UP);
        }
        // The transferer dials on its own, out of the bridge; a number that leads nowhere joins the call again.
        bridge.dissolve();
        Optional<End> transferred;
        try {
            transferred = blindTransfer(from, fromCaller ? peer : caller);
        } finally {
            transferring = null;
            transferDigits.clear();
        }
        if (transferred.isPresent()) {
            return transferred;
        }
        return enterBridge() ? Optional.empty() : Optional.of(hungUpSide());
    }

    private End hungUpSide() {
        return caller.isHungUp() ? End.CALLER_HUNG_UP : End.PEER_HUNG_UP;
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
                Character early = transferDigits.poll();
                int digit = early != null ? early : ChannelMedia.waitForDigit(transferer, TRANSFER_DIGIT_TIMEOUT_MILLIS);
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
            toCaller = play(caller, sound);
        }
        if (limit.toCallee()) {
            stop(toPeer);
            toPeer = play(peer, sound);
        }
    }

    /** Plays a prompt to one party while the other's audio waits, as Asterisk plays into a bridge. */
    private Player play(Channel to, String sound) {
        Bridge current = bridge;
        Player player = sounds.find(sound, to.language())
                .map(prompt -> Player.start(clock, to, prompt.source())).orElse(null);
        if (player != null && current != null) {
            current.holdAudioTo(to, true);
            player.done().thenRun(() -> current.holdAudioTo(to, false));
        }
        return player;
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
