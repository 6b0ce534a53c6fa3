package org.strowger.core.internal.dialplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.BridgeService;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.event.EventBus;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.channel.ChannelEvents;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.dialplan.DialStatus;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.Prompt;
import org.strowger.core.internal.sounds.Sounds;
import org.strowger.core.internal.sounds.ToneZone;

/**
 * {@code Dial(Tech/res[&Tech2/res2...][,timeout[,options]])}: calls every destination at once, and the
 * first to answer is bridged with the caller while the others are hung up (Asterisk's app_dial).
 * Every Dial first clears {@code DIALSTATUS}, {@code DIALEDPEERNAME}, {@code DIALEDPEERNUMBER},
 * {@code DIALEDTIME}, {@code ANSWEREDTIME}, {@code RINGTIME}, {@code PROGRESSTIME} (and their
 * {@code _MS} forms); when a bridged call ends, {@code ANSWEREDTIME} is how long the caller has been
 * answered and {@code DIALEDTIME} how old the caller's channel is ({@code end_bridge_callback}), in
 * seconds and milliseconds. After an answered call the caller's dialplan ends unless {@code g} is
 * given. See {@link DialOptions} for the options.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Dial")
public final class DialApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(DialApplication.class);

    /** How long one look at the caller waits: bounds how late a destination's news is noticed. */
    static final long POLL_MILLIS = 20;
    /**
     * The core's own answer timer on each destination fires this much after Dial's: Dial ends the
     * attempt itself (DialEnd before Hangup, as Asterisk orders them), the core's timer is a safety net.
     */
    static final long CORE_TIMEOUT_GRACE_MILLIS = 1000;

    private final ChannelService channels;
    private final BridgeService bridges;
    private final EventBus events;
    private final Dialplan dialplan;
    private final Sounds sounds;
    private final MediaClock clock;
    private final ExtensionLookup lookup;

    @Activate
    public DialApplication(@Reference ChannelService channels, @Reference BridgeService bridges,
            @Reference EventBus events, @Reference Dialplan dialplan, @Reference Sounds sounds,
            @Reference MediaClock clock) {
        this.channels = channels;
        this.bridges = bridges;
        this.events = events;
        this.dialplan = dialplan;
        this.sounds = sounds;
        this.clock = clock;
        this.lookup = new ExtensionLookup(dialplan);
    }

    @Override
    public Result execute(Channel caller, String data) throws InterruptedException {
        return new Attempt(caller).run(data);
    }

    @Override
    public String synopsis() {
        return "Attempt to connect to another device or endpoint and bridge the call.";
    }

    /** One destination being called. */
    private record Destination(Channel channel, String dialString, String number) {
    }

    /** One run of Dial on one caller. */
    private final class Attempt {

        private final Channel caller;
        private final List<Destination> requested = new ArrayList<>();
        private final List<Destination> ringing = new ArrayList<>();
        private final DialStatus failures = DialStatus.counting();
        private final long started = System.nanoTime();
        private int attempted;
        private boolean sentRinging;
        private boolean sentProgress;
        private DialOptions options;
        private boolean music;
        private Player ringbackTone;
        /** A destination that now belongs to someone else (its own PBX after G or a transfer). */
        private Channel handedOff;

        Attempt(Channel caller) {
            this.caller = caller;
        }

        Result run(String data) throws InterruptedException {
            // Each Dial starts without the results of the previous one (dial_exec_full; checked on Asterisk 22).
            for (String variable : CLEARED) {
                caller.setVariable(variable, "");
            }
            try {
                return dial(data);
            } finally {
                stopEntertaining();
                // Whatever happened, no destination stays up without a caller.
                for (Destination destination : requested) {
                    if (destination.channel() != handedOff && !destination.channel().isHungUp()) {
                        destination.channel().hangup(HangupCause.NORMAL_CLEARING.code());
                    }
                }
            }
        }

        private Result dial(String data) throws InterruptedException {
            List<String> arguments = ApplicationArguments.split(data);
            String destinations = ApplicationArguments.argument(arguments, 0);
            if (destinations.isEmpty()) {
                LOG.warn("Dial requires an argument (technology/resource)");
                return finish(DialStatus.INVALIDARGS, Result.HANGUP);
            }
            if (caller.isHungUp()) {
                LOG.debug("Caller hung up before dial.");
                return finish(DialStatus.CANCEL, Result.HANGUP);
            }
            DialOptions.Result parsed = DialOptions.parse(ApplicationArguments.argument(arguments, 2), caller);
            if (parsed.options() == null) {
                return finish(parsed.refusal(), Result.HANGUP);
            }
            options = parsed.options();
            long timeoutMillis = timeoutMillis(ApplicationArguments.argument(arguments, 1));

            for (String dialString : destinations.split("&")) {
                String target = dialString.strip();
                int slash = target.indexOf('/');
                if (slash <= 0 || slash == target.length() - 1) {
                    LOG.warn("Dial argument takes format (technology/resource), not '{}'", target);
                    return finish(DialStatus.INVALIDARGS, Result.HANGUP);
                }
                attempted++;
                request(target.substring(0, slash), target.substring(slash + 1));
            }
            for (Destination destination : List.copyOf(requested)) {
                call(destination, timeoutMillis);
            }
            String status = ringing.isEmpty() ? DialStatus.CHANUNAVAIL : DialStatus.NOANSWER;
            if (!ringing.isEmpty()) {
                entertain();
            }
            return waitForAnswer(status, timeoutMillis);
        }

        private void request(String technology, String number) {
            String dialString = technology + "/" + number;
            Channel peer;
            try {
                peer = channels.request(dialString, caller.nativeFormats(), caller);
            } catch (ChannelRequestException e) {
                LOG.warn("Unable to create channel of type '{}' (cause {} - {}): {}", technology, e.cause(),
                        HangupCause.textOf(e.cause()), e.getMessage());
                failures.count(e.cause());
                return;
            }
            peer.setVariable("DIALEDPEERNUMBER", number);
            if (peer.callerId().number().isEmpty()) {
                // An outgoing channel's own identity is the extension that was dialled (app_dial's stored_clid).
                peer.setCallerId(new CallerId(caller.exten(), peer.callerId().name()));
            }
            peer.setConnectedLine(caller.callerId());
            peer.setDialplanLocation(peer.context(), caller.exten(), peer.priority());
            peer.setApplication("AppDial", "(Outgoing Line)");
            requested.add(new Destination(peer, dialString, number));
        }

        private void call(Destination destination, long timeoutMillis) {
            Channel peer = destination.channel();
            peer.call(timeoutMillis > 0 ? timeoutMillis + CORE_TIMEOUT_GRACE_MILLIS : 0);
            if (peer.isHungUp()) {
                // The driver refused the call outright: no DialBegin, and like Asterisk's "Couldn't
                // call" the destination is simply gone.
                LOG.info("Couldn't call {}", destination.dialString());
                return;
            }
            events.publish(ChannelEvents.dialBegin(caller, peer, destination.number()));
            LOG.debug("Called {}", destination.dialString());
            ringing.add(destination);
        }

        private Result waitForAnswer(String status, long timeoutMillis) throws InterruptedException {
            long deadline = timeoutMillis > 0 ? started + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : Long.MAX_VALUE;
            while (true) {
                if (ringing.isEmpty()) {
                    if (attempted == failures.counted()) {
                        LOG.debug("Everyone is busy/congested at this time");
                        return finish(failures.everyoneFailed(status), Result.CONTINUE);
                    }
                    LOG.debug("No one is available to answer at this time");
                    return finish(status, Result.CONTINUE);
                }
                if (System.nanoTime() - deadline >= 0) {
                    LOG.debug("Nobody picked up in {} ms", timeoutMillis);
                    endAll(DialStatus.NOANSWER, HangupCause.NO_ANSWER.code());
                    return finish(DialStatus.NOANSWER, Result.CONTINUE);
                }
                Destination answered = pollDestinations();
                if (answered != null) {
                    return connect(answered);
                }
                long wait = Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                Frame fromCaller = caller.read(wait, TimeUnit.MILLISECONDS);
                if (fromCaller instanceof HangupFrame || caller.isHungUp()) {
                    LOG.debug("{} hung up while dialling", caller.name());
                    endAll(DialStatus.CANCEL, HangupCause.NORMAL_CLEARING.code());
                    return finish(DialStatus.CANCEL, Result.HANGUP);
                }
                if (fromCaller instanceof DtmfFrame dtmf && dtmf.end() && options.callerHangup
                        && dtmf.digit() == DialFeatureBridge.DISCONNECT) {
                    // detect_disconnect in wait_for_answer: the attempt is cancelled, the dialplan goes on
                    LOG.debug("User requested call disconnect.");
                    endAll(DialStatus.CANCEL, HangupCause.NORMAL_CLEARING.code());
                    return finish(DialStatus.CANCEL, Result.CONTINUE);
                }
            }
        }

        /** Reads what each destination reported; returns the one that answered, if any. */
        private Destination pollDestinations() throws InterruptedException {
            for (Destination destination : List.copyOf(ringing)) {
                Channel peer = destination.channel();
                Frame frame;
                while ((frame = peer.read(0, TimeUnit.MILLISECONDS)) != null) {
                    if (frame instanceof HangupFrame hangup) {
                        ended(destination, DialStatus.ofHangupCause(hangup.cause()));
                        failures.count(hangup.cause());
                        break;
                    }
                    if (frame instanceof ControlFrame control) {
                        switch (control.control()) {
                            case ANSWER -> {
                                LOG.debug("{} answered {}", peer.name(), caller.name());
                                return destination;
                            }
                            case BUSY -> {
                                LOG.debug("{} is busy", peer.name());
                                ended(destination, DialStatus.BUSY);
                                peer.hangup(HangupCause.USER_BUSY.code());
                                failures.countBusy();
                            }
                            case CONGESTION -> {
                                LOG.debug("{} is circuit-busy", peer.name());
                                ended(destination, DialStatus.CONGESTION);
                                peer.hangup(HangupCause.NORMAL_CIRCUIT_CONGESTION.code());
                                failures.countCongestion();
                            }
                            case RINGING -> {
                                if (!sentRinging) {
                                    setDuration("RINGTIME", millisSince(peer.created()));
                                }
                                if (!sentRinging && !options.music && options.ringbackTone.isEmpty()) {
                                    caller.indicate(ControlFrame.Control.RINGING, "");
                                }
                                sentRinging = true;
                            }
                            case PROGRESS -> {
                                if (!options.ringback) {
                                    caller.indicate(control.control(), control.data());
                                }
                                if (!sentProgress) {
                                    sentProgress = true;
                                    setDuration("PROGRESSTIME", millisSince(peer.created()));
                                }
                                if (!options.dtmfProgress.isEmpty()) {
                                    LOG.debug("Sending DTMF '{}' to the called party as result of receiving a PROGRESS message.",
                                            options.dtmfProgress);
                                    DtmfSender.send(peer, true, options.dtmfProgress, 250, 0);
                                }
                            }
                            case PROCEEDING -> {
                                if (!options.ringback) {
                                    caller.indicate(control.control(), control.data());
                                }
                            }
                            case HOLD, UNHOLD -> caller.indicate(control.control(), control.data());
                            default -> {
                                // nothing to pass on
                            }
                        }
                        if (!ringing.contains(destination)) {
                            break;
                        }
                    }
                    // Early media and DTMF from a destination are not passed on yet.
                }
            }
            return null;
        }

        /** The first destination answered: the others are cancelled and the caller is bridged with it. */
        private Result connect(Destination winner) throws InterruptedException {
            Channel peer = winner.channel();
            events.publish(ChannelEvents.dialEnd(caller, peer, DialStatus.ANSWER));
            ringing.remove(winner);
            endAll(DialStatus.CANCEL, HangupCause.ANSWERED_ELSEWHERE.code());
            if (options.answerCaller) {
                caller.answer();
            }
            caller.setVariable("DIALSTATUS", DialStatus.ANSWER);
            caller.setVariable("DIALEDPEERNAME", peer.name());
            caller.setVariable("DIALEDPEERNUMBER", winner.number());
            if (options.announcement.isPresent() && !announce(peer, options.announcement.get())) {
                return Result.HANGUP;
            }
            if (options.gotoTarget.isPresent()) {
                return sendBothTo(peer, options.gotoTarget.get());
            }
            if (!options.dtmfCalled.isEmpty()) {
                LOG.debug("Sending DTMF '{}' to the called party.", options.dtmfCalled);
                DtmfSender.send(peer, true, options.dtmfCalled, 250, 0);
            }
            if (!options.dtmfCalling.isEmpty()) {
                LOG.debug("Sending DTMF '{}' to the calling party.", options.dtmfCalling);
                DtmfSender.send(caller, true, options.dtmfCalling, 250, 0);
            }
            stopEntertaining();
            if (caller.state() != ChannelState.UP) {
                caller.answer();
            }
            // Asterisk counts ANSWEREDTIME from the caller's answer; the channel does not say when an
            // already answered caller was, so such a caller's time counts from here.
            long answered = System.nanoTime();
            if (caller.isHungUp() || peer.isHungUp()) {
                return afterBridge(peer, DialFeatureBridge.End.PEER_HUNG_UP, answered);
            }
            DialFeatureBridge.End end;
            if (options.needsFeatureBridge()) {
                end = new DialFeatureBridge(caller, peer, options, lookup, dialplan, sounds, clock).run(answered);
            } else {
                end = coreBridge(peer, answered);
            }
            return afterBridge(peer, end, answered);
        }

        /** The core's bridge, ended by either side or by the S()/L() limit. */
        private DialFeatureBridge.End coreBridge(Channel peer, long answered) throws InterruptedException {
            Bridge bridge;
            try {
                bridge = bridges.bridge(caller, peer);
            } catch (IllegalStateException e) {
                LOG.debug("{} and {} could not be bridged: {}", caller.name(), peer.name(), e.getMessage());
                return caller.isHungUp() ? DialFeatureBridge.End.CALLER_HUNG_UP : DialFeatureBridge.End.PEER_HUNG_UP;
            }
            CompletableFuture<Object> over = CompletableFuture.anyOf(bridge.ended().toCompletableFuture(),
                    caller.hungUp().toCompletableFuture());
            try {
                if (options.durationLimitMillis > 0) {
                    long left = options.durationLimitMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
                    over.get(Math.max(0, left), TimeUnit.MILLISECONDS);
                } else {
                    over.get();
                }
            } catch (TimeoutException e) {
                // The peer's absolute timeout (ast_channel_whentohangup_set on the peer) has come.
                LOG.debug("{} reached the call's time limit", peer.name());
                peer.hangup(HangupCause.NORMAL_CLEARING.code());
                bridge.dissolve();
                return DialFeatureBridge.End.TIME_LIMIT;
            } catch (ExecutionException e) {
                LOG.warn("The bridge of {} and {} failed", caller.name(), peer.name(), e.getCause());
            }
            return caller.isHungUp() ? DialFeatureBridge.End.CALLER_HUNG_UP : DialFeatureBridge.End.PEER_HUNG_UP;
        }

        /** {@code end_bridge_callback}, the peer's {@code h} for {@code e}, and where the caller goes. */
        private Result afterBridge(Channel peer, DialFeatureBridge.End end, long answered) {
            setDuration("ANSWEREDTIME", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered));
            setDuration("DIALEDTIME", millisSince(caller.created()));
            if (end == DialFeatureBridge.End.PEER_TRANSFERRED) {
                handedOff = peer;
            } else if (!peer.isHungUp()) {
                peer.hangup(HangupCause.NORMAL_CLEARING.code());
            }
            if (options.peerHangupExtension && end != DialFeatureBridge.End.PEER_TRANSFERRED
                    && dialplan.exists(caller.context(), "h", 1, peer.callerId().number())) {
                // ast_bridge_set_after_h: the peer runs h of the caller's context once it is gone
                if (dialplan instanceof DialplanEngine engine) {
                    engine.runHangupExtension(peer, caller.context());
                }
            }
            if (caller.isHungUp()) {
                return Result.HANGUP;
            }
            if (end == DialFeatureBridge.End.CALLER_TRANSFERRED) {
                return Result.CONTINUE;
            }
            return options.goOn ? Result.CONTINUE : Result.HANGUP;
        }

        /**
         * {@code G(ctx^ext^pri)}: no bridge; the caller goes to the priority ({@code ast_parseable_goto}) and
         * the callee to the one after it, in a PBX of its own.
         */
        private Result sendBothTo(Channel peer, String target) {
            if (!(dialplan instanceof DialplanEngine engine) || !engine.parseableGoto(caller, target.replace('^', ','))) {
                return options.goOn ? Result.CONTINUE : Result.HANGUP;
            }
            // the caller's priority is one before its target (the PBX adds one); the callee starts at target + 1
            peer.setDialplanLocation(caller.context(), caller.exten(), caller.priority() + 2);
            handedOff = peer;
            dialplan.start(peer);
            return Result.CONTINUE;
        }

        /** {@code A(file)}: the callee hears the announcement before the call is connected. */
        private boolean announce(Channel peer, String file) throws InterruptedException {
            Optional<Prompt> prompt = sounds.find(file, peer.language());
            if (prompt.isEmpty()) {
                LOG.error("error streaming file '{}' to callee", file);
                return true;
            }
            int result = ChannelMedia.play(peer, clock, prompt.get().source(), "");
            return result >= 0 && !caller.isHungUp();
        }

        /** What the caller hears while the destinations ring: music ({@code m}) or ringing ({@code r}). */
        private void entertain() {
            if (options.music) {
                music = true;
                caller.indicate(ControlFrame.Control.HOLD, options.musicClass.orElse(""));
                caller.indicate(ControlFrame.Control.PROGRESS, "");
            } else if (options.ringback) {
                var tone = options.ringbackTone.flatMap(ToneZone.US::toneList);
                if (tone.isPresent()) {
                    ringbackTone = Player.start(clock, caller, tone.get().generator());
                    caller.indicate(ControlFrame.Control.PROGRESS, "");
                } else {
                    if (options.ringbackTone.isPresent()) {
                        LOG.warn("Unable to start playtone '{}'", options.ringbackTone.get());
                    }
                    caller.indicate(ControlFrame.Control.RINGING, "");
                }
            }
        }

        private void stopEntertaining() {
            if (music) {
                music = false;
                caller.indicate(ControlFrame.Control.UNHOLD, "");
            }
            if (ringbackTone != null) {
                ringbackTone.close();
                ringbackTone = null;
            }
        }

        /** {@code set_duration_var}: whole seconds in the variable, milliseconds in its {@code _MS} twin. */
        private void setDuration(String variable, long millis) {
            caller.setVariable(variable, Long.toString(millis / 1000));
            caller.setVariable(variable + "_MS", Long.toString(millis));
        }

        /** Ends every destination still being called, with a DialEnd of this status. */
        private void endAll(String status, int cause) {
            for (Destination destination : List.copyOf(ringing)) {
                ended(destination, status);
                destination.channel().hangup(cause);
            }
        }

        private void ended(Destination destination, String status) {
            ringing.remove(destination);
            events.publish(ChannelEvents.dialEnd(caller, destination.channel(), status));
        }

        private Result finish(String status, Result result) {
            caller.setVariable("DIALSTATUS", status);
            return result;
        }

        private long timeoutMillis(String text) {
            if (text.isEmpty()) {
                return 0;
            }
            OptionalInt seconds = AsteriskNumbers.leadingInt(text);
            if (seconds.isPresent() && seconds.getAsInt() > 0) {
                return seconds.getAsInt() * 1000L;
            }
            LOG.warn("Invalid timeout specified: '{}'. Setting timeout to infinite", text);
            return 0;
        }
    }

    /** What each Dial sets to empty before it starts ({@code dial_exec_full}). */
    private static final List<String> CLEARED = List.of("DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME",
            "ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS",
            "PROGRESSTIME", "PROGRESSTIME_MS");

    private static long millisSince(java.time.Instant instant) {
        return Math.max(0, java.time.Duration.between(instant, java.time.Instant.now()).toMillis());
    }
}
