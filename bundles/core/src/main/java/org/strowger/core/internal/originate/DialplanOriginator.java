package org.strowger.core.internal.originate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.event.EventBus;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.core.internal.channel.ChannelEvents;
import org.strowger.core.internal.dialplan.DialStatus;

/**
 * Places calls for AMI {@code Originate} and CLI {@code channel originate} (Asterisk's
 * {@code ast_pbx_outgoing_exten}/{@code _app}): requests the channel, calls it, and once it answers
 * sends it into the dialplan or runs the application on it. The wait for the answer runs on a thread
 * of this component, never the caller's.
 */
@Component(service = Originator.class)
public final class DialplanOriginator implements Originator {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanOriginator.class);

    /** How long one read of the dialled channel waits: bounds how late a timeout is noticed. */
    private static final long POLL_MILLIS = 200;
    /** Originate's own timeout fires this much after the core's answer timer, which normally ends the call. */
    private static final long TIMEOUT_GRACE_MILLIS = 1000;
    private static final long STOP_WAIT_MILLIS = 2000;
    /** Asterisk's originate asks for signed linear; every other format is a fallback. */
    private static final Set<Format> FORMATS = new LinkedHashSet<>(Format.known());

    private final ChannelService channels;
    private final Dialplan dialplan;
    private final EventBus events;
    private final ThreadPoolExecutor threads;
    private final Set<Channel> dialling = ConcurrentHashMap.newKeySet();

    @Activate
    public DialplanOriginator(@Reference ChannelService channels, @Reference Dialplan dialplan,
            @Reference EventBus events) {
        this.channels = channels;
        this.dialplan = dialplan;
        this.events = events;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "originate-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Deactivate
    void stop() {
        threads.shutdown();
        for (Channel channel : dialling) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
        try {
            if (!threads.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CompletionStage<OriginateResult> originate(OriginateRequest request) throws OriginateException {
        validate(request);
        CompletableFuture<OriginateResult> result = new CompletableFuture<>();
        try {
            threads.execute(() -> result.complete(dial(request)));
        } catch (RejectedExecutionException e) {
            throw new OriginateException("Originate failed: the PBX is stopping");
        }
        return result;
    }

    private void validate(OriginateRequest request) throws OriginateException {
        if (request.channel().indexOf('/') < 0) {
            throw new OriginateException("Invalid channel");
        }
        if (request.isApplication()) {
            if (!dialplan.hasApplication(request.application())) {
                throw new OriginateException("Application '" + request.application() + "' does not exist.");
            }
        } else if (!dialplan.exists(request.context(), request.exten(), request.priority(),
                request.callerId().number())) {
            throw new OriginateException("Extension does not exist.");
        }
    }

    /** Runs on an originate thread; never throws and never leaves the channel up unless it went on to its target. */
    private OriginateResult dial(OriginateRequest request) {
        Channel channel;
        try {
            channel = channels.request(request.channel(), FORMATS, null);
        } catch (ChannelRequestException e) {
            LOG.warn("Unable to request channel {}: {} (cause {} - {})", request.channel(), e.getMessage(), e.cause(),
                    HangupCause.textOf(e.cause()));
            // Asterisk's outgoing call reports a refused request as busy or congested when the cause says so.
            int reason = e.cause() == HangupCause.USER_BUSY.code() || e.cause() == HangupCause.NORMAL_CIRCUIT_CONGESTION.code()
                    ? reasonOfCause(e.cause()) : OriginateResult.FAILED;
            return new OriginateResult(false, reason, "", "", e.getMessage());
        }
        dialling.add(channel);
        try {
            return callAndWait(request, channel);
        } catch (InterruptedException e) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
            return failed(channel, OriginateResult.FAILED, "Originate stopped: the PBX is stopping");
        } catch (RuntimeException e) {
            LOG.error("Originate to {} failed", request.channel(), e);
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
            return failed(channel, OriginateResult.FAILED, "Originate failed: " + e.getMessage());
        } finally {
            dialling.remove(channel);
        }
    }

    /** Reads what a channel that has hung up left in its queue: whether an ANSWER came before the hangup. */
    private static boolean answeredBeforeHangup(Channel channel) throws InterruptedException {
        boolean answered = false;
        Frame frame;
        while (!((frame = channel.read(0, TimeUnit.MILLISECONDS)) instanceof HangupFrame)) {
            answered |= frame instanceof ControlFrame control && control.control() == ControlFrame.Control.ANSWER;
        }
        return answered;
    }

    private OriginateResult callAndWait(OriginateRequest request, Channel channel) throws InterruptedException {
        channel.setCallerId(request.callerId());
        if (!request.account().isEmpty()) {
            channel.setAccountCode(request.account());
        }
        request.variables().forEach(channel::setVariable);
        String resource = request.channel().substring(request.channel().indexOf('/') + 1);
        long timeoutMillis = request.timeout().toMillis();
        channel.call(timeoutMillis);
        if (channel.isHungUp() && !answeredBeforeHangup(channel)) {
            // Refused at once (a Local channel to a missing extension): Asterisk never says DialBegin for it.
            return failed(channel, reasonOfCause(channel.hangupCause()), "Call to " + request.channel() + " failed");
        }
        if (channel.isHungUp()) {
            // Answered and over before this thread looked (Local/x where x is Answer() then Hangup()).
            events.publish(ChannelEvents.dialBegin(null, channel, resource));
            events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.ANSWER));
            return answered(request, channel);
        }
        events.publish(ChannelEvents.dialBegin(null, channel, resource));
        long deadline = timeoutMillis > 0
                ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis + TIMEOUT_GRACE_MILLIS)
                : Long.MAX_VALUE;
        while (true) {
            if (System.nanoTime() - deadline >= 0) {
                events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.NOANSWER));
                channel.hangup(HangupCause.NO_ANSWER.code());
                return failed(channel, OriginateResult.RINGING, "No answer from " + request.channel());
            }
            Frame frame = channel.read(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (frame instanceof HangupFrame hangup) {
                int reason = reasonOfCause(hangup.cause());
                events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.ofHangupCause(hangup.cause())));
                return failed(channel, reason, request.channel() + " hung up (cause " + hangup.cause() + " - "
                        + HangupCause.textOf(hangup.cause()) + ")");
            }
            if (frame instanceof ControlFrame control) {
                switch (control.control()) {
                    case ANSWER -> {
                        events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.ANSWER));
                        return answered(request, channel);
                    }
                    case BUSY -> {
                        events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.BUSY));
                        channel.hangup(HangupCause.USER_BUSY.code());
                        return failed(channel, OriginateResult.BUSY, request.channel() + " is busy");
                    }
                    case CONGESTION -> {
                        events.publish(ChannelEvents.dialEnd(null, channel, DialStatus.CONGESTION));
                        channel.hangup(HangupCause.NORMAL_CIRCUIT_CONGESTION.code());
                        return failed(channel, OriginateResult.CONGESTION, request.channel() + " is congested");
                    }
                    default -> {
                        // ringing and progress: keep waiting
                    }
                }
            }
        }
    }

    private OriginateResult answered(OriginateRequest request, Channel channel) {
        if (request.isApplication()) {
            dialplan.startApplication(channel, request.application(), request.data());
        } else {
            channel.setDialplanLocation(request.context(), request.exten(), request.priority());
            dialplan.start(channel);
        }
        return new OriginateResult(true, OriginateResult.ANSWERED, channel.name(), channel.uniqueId(),
                "Originate successfully queued");
    }

    private static OriginateResult failed(Channel channel, int reason, String message) {
        if (!channel.isHungUp()) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
        return new OriginateResult(false, reason, channel.name(), channel.uniqueId(), message);
    }

    /** The {@code AST_CONTROL_*} reason Asterisk's dialling code reports for a channel that ended with this cause. */
    static int reasonOfCause(int cause) {
        if (cause == HangupCause.USER_BUSY.code()) {
            return OriginateResult.BUSY;
        }
        if (cause == HangupCause.NO_ANSWER.code()) {
            return OriginateResult.RINGING;
        }
        if (cause == HangupCause.NORMAL_CIRCUIT_CONGESTION.code()) {
            return OriginateResult.CONGESTION;
        }
        return OriginateResult.HANGUP;
    }
}
