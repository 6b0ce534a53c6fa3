package org.strowger.core.internal.dialplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.event.EventBus;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.core.internal.channel.ChannelEvents;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.dialplan.DialStatus;

/**
 * {@code Dial(Tech/res[&Tech2/res2...][,timeout[,options]])}: calls every destination at once, and the
 * first to answer is bridged with the caller while the others are hung up (Asterisk's app_dial
 * without options; the options field is read and ignored for now). Sets {@code DIALSTATUS},
 * {@code DIALEDPEERNAME}, {@code DIALEDPEERNUMBER}, {@code DIALEDTIME} and {@code ANSWEREDTIME}.
 * After an answered call the caller's dialplan ends, as without Asterisk's {@code g} option.
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

    @Activate
    public DialApplication(@Reference ChannelService channels, @Reference BridgeService bridges,
            @Reference EventBus events) {
        this.channels = channels;
        this.bridges = bridges;
        this.events = events;
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

        Attempt(Channel caller) {
            this.caller = caller;
        }

        Result run(String data) throws InterruptedException {
            // Each Dial starts without the times of the previous one (checked on Asterisk 22).
            caller.setVariable("DIALEDTIME", null);
            caller.setVariable("ANSWEREDTIME", null);
            try {
                return dial(data);
            } finally {
                // Whatever happened, no destination stays up without a caller.
                for (Destination destination : requested) {
                    if (!destination.channel().isHungUp()) {
                        destination.channel().hangup(HangupCause.NORMAL_CLEARING.code());
                    }
                }
                caller.setVariable("DIALEDTIME", Long.toString(secondsSince(started)));
            }
        }

        private Result dial(String data) throws InterruptedException {
            List<String> arguments = ApplicationArguments.split(data);
            String destinations = ApplicationArguments.argument(arguments, 0);
            if (destinations.isEmpty()) {
                LOG.warn("Dial requires an argument (technology/resource)");
                return finish(DialStatus.INVALIDARGS, Result.HANGUP);
            }
            String options = ApplicationArguments.argument(arguments, 2);
            if (!options.isEmpty()) {
                LOG.debug("Dial options '{}' on {} are not supported yet and are ignored", options, caller.name());
            }
            if (caller.isHungUp()) {
                return finish(DialStatus.CANCEL, Result.HANGUP);
            }
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
                                    sentRinging = true;
                                    caller.indicate(ControlFrame.Control.RINGING, "");
                                }
                            }
                            case PROGRESS, PROCEEDING, HOLD, UNHOLD -> caller.indicate(control.control(), control.data());
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
            if (caller.state() != ChannelState.UP) {
                caller.answer();
            }
            caller.setVariable("DIALSTATUS", DialStatus.ANSWER);
            caller.setVariable("DIALEDPEERNAME", peer.name());
            caller.setVariable("DIALEDPEERNUMBER", winner.number());
            long answered = System.nanoTime();
            try {
                Bridge bridge;
                try {
                    bridge = bridges.bridge(caller, peer);
                } catch (IllegalStateException e) {
                    LOG.debug("{} and {} could not be bridged: {}", caller.name(), peer.name(), e.getMessage());
                    return Result.HANGUP;
                }
                CompletableFuture.anyOf(bridge.ended().toCompletableFuture(),
                        caller.hungUp().toCompletableFuture()).get();
            } catch (ExecutionException e) {
                LOG.warn("The bridge of {} and {} failed", caller.name(), peer.name(), e.getCause());
            } finally {
                caller.setVariable("ANSWEREDTIME", Long.toString(secondsSince(answered)));
            }
            return Result.HANGUP;
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

    private static long secondsSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanoTime);
    }
}
