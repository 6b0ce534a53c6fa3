package org.strowger.core.internal.dialplan;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;

/**
 * One channel's trip through the dialplan on its PBX thread: Asterisk's {@code __ast_pbx_run}.
 *
 * <p>The position lives on the channel. After each application the PBX goes on at the channel's
 * priority plus one, so an application that moves the channel (a later {@code Goto}) sets the
 * priority one before its target, as {@code ast_explicit_goto} does for a channel in the PBX loop
 * ({@link DialplanEngine#explicitGoto}); one that sets priority 0 (WaitExten going to {@code t})
 * continues at 1.
 *
 * <p>When the priorities run out the PBX does what Asterisk does: an extension that does not exist
 * goes to {@code i} (or {@code e}); one that does falls through (autofallthrough=yes) or waits for
 * the caller to dial more (autofallthrough=no, then {@code t} on a timeout). Whatever happens, the
 * channel is hung up when the run ends and {@code h} runs once. An application that throws is logged
 * and ends the call; a dialplan that loops without end is cut off at the priority ceiling.
 */
final class PbxRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PbxRun.class);

    /** How long autofallthrough plays busy or congestion before hanging up (pbx.c: {@code "10"}). */
    static final long FALLTHROUGH_TONE_MILLIS = 10_000;
    /** {@code pbx->rtimeoutms}: how long the PBX waits for a first digit. */
    static final long RESPONSE_TIMEOUT_MILLIS = 10_000;
    /** {@code pbx->dtimeoutms}: how long it waits for each further digit. */
    static final long DIGIT_TIMEOUT_MILLIS = 5_000;
    /**
     * An application that kept the channel this long (a media frame) did something besides
     * jumping around the dialplan, so the count towards the priority ceiling starts over.
     */
    private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** Why a run of priorities stopped. */
    private enum Stop {
        /** No such priority: look at why (invalid extension, fall through). */
        NOT_FOUND,
        /** The application returned HANGUP or the channel hung up. */
        ENDED
    }

    private final DialplanEngine engine;
    private final Channel channel;
    /** For a single application run ({@link DialplanEngine#startApplication}); {@code null} to run the dialplan. */
    private final String application;
    private final String applicationData;

    private PbxRun(DialplanEngine engine, Channel channel, String application, String applicationData) {
        this.engine = engine;
        this.channel = channel;
        this.application = application;
        this.applicationData = applicationData;
    }

    static PbxRun dialplan(DialplanEngine engine, Channel channel) {
        return new PbxRun(engine, channel, null, "");
    }

    static PbxRun application(DialplanEngine engine, Channel channel, String application, String data) {
        return new PbxRun(engine, channel, application, data == null ? "" : data);
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        String idleName = thread.getName();
        thread.setName("pbx-" + channel.name());
        boolean interrupted = false;
        try {
            if (application != null) {
                runApplication();
            } else {
                engine.state(channel).setInAutoloop(true);
                runDialplan();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            LOG.debug("The PBX of {} was stopped", channel.name());
        } catch (RuntimeException | Error e) {
            LOG.error("The PBX of channel {} failed at {}@{}:{}; hanging it up", channel.name(), channel.exten(),
                    channel.context(), channel.priority(), e);
        } finally {
            try {
                hangUpIfUp();
                if (application == null && !interrupted) {
                    runHangupExtension(engine, channel, channel.context());
                }
            } catch (RuntimeException | Error e) {
                LOG.error("The h extension of channel {} failed", channel.name(), e);
            } finally {
                Thread.interrupted(); // a stopped run must not leave the flag to the next call on this thread
                thread.setName(idleName);
                engine.forget(channel);
                engine.finished(this);
            }
        }
    }

    private void runApplication() throws InterruptedException {
        Optional<RegisteredApplication> found = engine.application(application);
        if (found.isEmpty()) {
            LOG.warn("No application '{}' for channel {}", application, channel.name());
            return;
        }
        engine.execute(channel, found.get(), Substitution.substitute(applicationData, variables()));
    }

    private void runDialplan() throws InterruptedException {
        if (channel.exten() == null || channel.exten().isEmpty()) {
            // Only an empty extension falls back to 's' (modern __ast_pbx_run).
            LOG.info("Starting {} at {},{},{} failed so falling back to exten 's'", channel.name(), channel.context(),
                    channel.exten(), channel.priority());
            channel.setDialplanLocation(channel.context(), "s", 1);
        }
        while (true) {
            if (runPriorities() == Stop.ENDED) {
                return;
            }
            String context = channel.context();
            if (!exists(context, channel.exten())) {
                // No priority 1: not a valid extension any more.
                if (exists(context, "i")) {
                    LOG.info("Channel '{}' sent to invalid extension: context,exten,priority={},{},{}", channel.name(),
                            context, channel.exten(), channel.priority());
                    channel.setVariable("INVALID_EXTEN", channel.exten());
                    channel.setDialplanLocation(context, "i", 1);
                } else if (exists(context, "e")) {
                    raiseException("INVALID", 1);
                } else {
                    LOG.warn("Channel '{}' sent to invalid extension but no invalid handler: context,exten,priority={},{},{}",
                            channel.name(), context, channel.exten(), channel.priority());
                    return;
                }
                continue;
            }
            if (engine.snapshot().autoFallthrough()) {
                autoFallthrough();
                return;
            }
            if (!waitForAnExtension()) {
                return;
            }
        }
    }

    /**
     * autofallthrough=no: the caller may dial an extension (Asterisk's {@code collect_digits} with the
     * response timeout, then the digit timeout); a complete one is run, anything else goes to
     * {@code i}, a silence to {@code t}.
     *
     * @return {@code true} to go on in the dialplan, {@code false} when the call ends
     */
    private boolean waitForAnExtension() throws InterruptedException {
        String context = channel.context();
        StringBuilder dialled = new StringBuilder();
        long wait = RESPONSE_TIMEOUT_MILLIS;
        while (engine.snapshot().matchMore(context, dialled.toString(), callerNumber())) {
            int digit = waitForDigit(wait);
            if (digit < 0) {
                return false;
            }
            if (digit == 0) {
                break;
            }
            dialled.append((char) digit);
            wait = DIGIT_TIMEOUT_MILLIS;
        }
        String number = dialled.toString();
        if (!number.isEmpty() && exists(context, number)) {
            channel.setDialplanLocation(context, number, 1);
            return true;
        }
        if (!number.isEmpty()) {
            if (exists(context, "i")) {
                LOG.info("Invalid extension '{}' in context '{}' on {}", number, context, channel.name());
                channel.setVariable("INVALID_EXTEN", number);
                channel.setDialplanLocation(context, "i", 1);
            } else if (exists(context, "e")) {
                raiseException("INVALID", 1);
            } else {
                LOG.warn("Invalid extension '{}', but no rule 'i' or 'e' in context '{}'", number, context);
                return false;
            }
            return true;
        }
        if (exists(context, "t")) {
            LOG.info("Timeout on {}", channel.name());
            channel.setDialplanLocation(context, "t", 1);
        } else if (exists(context, "e")) {
            raiseException("RESPONSETIMEOUT", 1);
        } else {
            LOG.warn("Timeout, but no rule 't' or 'e' in context '{}'", context);
            return false;
        }
        return true;
    }

    /** {@code ast_waitfordigit}: the digit of the next DTMF end, 0 on timeout, -1 on hangup. */
    private int waitForDigit(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!channel.isHungUp()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            Frame frame = channel.read(left, TimeUnit.NANOSECONDS);
            if (frame instanceof HangupFrame) {
                return -1;
            }
            if (frame instanceof DtmfFrame dtmf && dtmf.end()) {
                return dtmf.digit();
            }
        }
        return -1;
    }

    /** Runs priorities from the channel's position until one is missing or the call ends. */
    private Stop runPriorities() throws InterruptedException {
        return runPriorities(engine, channel, false) ? Stop.NOT_FOUND : Stop.ENDED;
    }

    /**
     * The inner loop of {@code __ast_pbx_run} and {@code ast_pbx_h_exten_run}.
     *
     * @param afterHangup {@code true} in {@code h}, which runs on a channel that has hung up
     * @return {@code true} if a priority was missing, {@code false} if the call ended (an application
     *     returned HANGUP, the channel hung up, or the dialplan hit the priority ceiling)
     */
    private static boolean runPriorities(DialplanEngine engine, Channel channel, boolean afterHangup)
            throws InterruptedException {
        int withoutWaiting = 0;
        while (afterHangup || !channel.isHungUp()) {
            String context = channel.context();
            String exten = channel.exten();
            int number = channel.priority();
            Optional<Priority> priority = engine.snapshot().find(context, exten, number, channel.callerId().number());
            if (priority.isEmpty()) {
                return true;
            }
            long started = System.nanoTime();
            if (executePriority(engine, channel, exten, context, priority.get()) == Result.HANGUP) {
                LOG.debug("Spawn extension ({}, {}, {}) exited non-zero on '{}'", context, exten, number, channel.name());
                return false;
            }
            if (!afterHangup && channel.isHungUp()) {
                return false;
            }
            withoutWaiting = System.nanoTime() - started >= BUSY_NANOS ? 0 : withoutWaiting + 1;
            if (withoutWaiting >= engine.priorityCeiling()) {
                LOG.warn("Channel '{}' ran {} priorities in a row without waiting for anything, the last at {}@{}:{}:"
                        + " the dialplan loops without end; hanging up", channel.name(), withoutWaiting, exten, context,
                        number);
                channel.hangup(HangupCause.NORMAL_CLEARING.code());
                return false;
            }
            channel.setDialplanLocation(channel.context(), channel.exten(), channel.priority() + 1);
        }
        return false;
    }

    /** {@code exten@context} has priority 1 ({@code ast_exists_extension}). */
    private boolean exists(String context, String exten) {
        return engine.snapshot().find(context, exten, 1, callerNumber()).isPresent();
    }

    /** {@code raise_exception}: remembers why and where, for {@code EXCEPTION()}, and goes to {@code e}. */
    private void raiseException(String reason, int priority) {
        engine.state(channel).setException(
                new PbxChannelState.Exception(reason, channel.context(), channel.exten(), channel.priority()));
        channel.setDialplanLocation(channel.context(), "e", priority);
    }

    /** The dialplan ran out of priorities: a failed Dial leaves busy or congestion tone for a while, as Asterisk does. */
    private void autoFallthrough() throws InterruptedException {
        String status = channel.variable("DIALSTATUS").orElse("UNKNOWN");
        LOG.debug("Auto fallthrough, channel '{}' status is '{}'", channel.name(), status);
        switch (status.toUpperCase(Locale.ROOT)) {
            case "CONGESTION", "CHANUNAVAIL" -> {
                channel.indicate(ControlFrame.Control.CONGESTION, "");
                ChannelWaits.sleep(channel, FALLTHROUGH_TONE_MILLIS);
            }
            case "BUSY" -> {
                channel.indicate(ControlFrame.Control.BUSY, "");
                ChannelWaits.sleep(channel, FALLTHROUGH_TONE_MILLIS);
            }
            default -> {
                // nothing to signal: the channel is simply hung up
            }
        }
    }

    /**
     * {@code ast_pbx_h_exten_run}: {@code h} of the context, from priority 1, in the PBX loop, once
     * per channel. Asterisk has set the soft hangup by then; here the channel has hung up, so
     * applications in {@code h} see a hung-up channel and only bookkeeping (logging, variables,
     * events) is of use there.
     */
    static void runHangupExtension(DialplanEngine engine, Channel channel, String context) {
        PbxChannelState state = engine.state(channel);
        if (state.hangupExtensionRan()
                || engine.snapshot().find(context, "h", 1, channel.callerId().number()).isEmpty()) {
            return;
        }
        state.setHangupExtensionRan(true);
        boolean autoloop = state.inAutoloop();
        state.setInAutoloop(true);
        channel.setDialplanLocation(context, "h", 1);
        try {
            runPriorities(engine, channel, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state.setInAutoloop(autoloop);
        }
    }

    private static Result executePriority(DialplanEngine engine, Channel channel, String exten, String context,
            Priority priority) throws InterruptedException {
        String data = Substitution.substitute(priority.data(), new ChannelVariables(channel, engine.globals()));
        Optional<RegisteredApplication> found = engine.application(priority.application());
        if (found.isEmpty()) {
            LOG.warn("No application '{}' for extension ({}, {}, {})", priority.application(), context, exten,
                    priority.number());
            return Result.HANGUP;
        }
        return engine.execute(channel, found.get(), data);
    }

    private void hangUpIfUp() {
        if (!channel.isHungUp()) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
    }

    private VariableSource variables() {
        return new ChannelVariables(channel, engine.globals());
    }

    private String callerNumber() {
        return channel.callerId().number();
    }
}
