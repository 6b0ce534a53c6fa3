package org.strowger.core.internal.dialplan;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.core.internal.channel.ChannelEvents;

/**
 * One channel's trip through the dialplan on its PBX thread: Asterisk's {@code __ast_pbx_run}.
 *
 * <p>The position lives on the channel. After each application the PBX goes on at the channel's
 * priority plus one, so an application that moves the channel (a later {@code Goto}) sets the
 * priority one before its target, as {@code ast_explicit_goto} does for a channel in the PBX loop.
 *
 * <p>Whatever happens, the channel is hung up when the run ends: an application that throws is
 * logged and ends the call, it never leaves the channel up without anyone running it.
 */
final class PbxRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PbxRun.class);

    /** How long autofallthrough plays busy or congestion before hanging up (pbx.c: {@code "10"}). */
    static final long FALLTHROUGH_TONE_MILLIS = 10_000;

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
                    runHangupExtension();
                }
            } catch (RuntimeException | Error e) {
                LOG.error("The h extension of channel {} failed", channel.name(), e);
            } finally {
                Thread.interrupted(); // a stopped run must not leave the flag to the next call on this thread
                thread.setName(idleName);
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
        execute(found.get(), Substitution.substitute(applicationData, variables()));
    }

    private void runDialplan() throws InterruptedException {
        fallBackIfStartIsMissing();
        while (true) {
            if (!runPriorities()) {
                return;
            }
            String context = channel.context();
            String exten = channel.exten();
            DialplanSnapshot dialplan = engine.snapshot();
            if (dialplan.find(context, exten, 1, callerNumber()).isEmpty()) {
                if (dialplan.find(context, "i", 1, callerNumber()).isPresent()) {
                    LOG.info("Channel '{}' sent to invalid extension '{}' in context '{}', going to 'i'",
                            channel.name(), exten, context);
                    channel.setVariable("INVALID_EXTEN", exten);
                    channel.setDialplanLocation(context, "i", 1);
                    continue;
                }
                LOG.warn("Channel '{}' sent to invalid extension but no invalid handler: context,exten,priority: {},{},{}",
                        channel.name(), context, exten, channel.priority());
                return;
            }
            // autofallthrough=no (wait for more digits) needs digit collection, which comes with
            // the full dialplan engine; until then every dialplan falls through.
            autoFallthrough();
            return;
        }
    }

    /**
     * Runs priorities from the channel's position until one is missing.
     *
     * @return {@code true} if the PBX should look at why (no such priority), {@code false} if the call
     *     ended (an application returned HANGUP or the channel hung up)
     */
    private boolean runPriorities() throws InterruptedException {
        while (!channel.isHungUp()) {
            String context = channel.context();
            String exten = channel.exten();
            int number = channel.priority();
            Optional<Priority> priority = engine.snapshot().find(context, exten, number, callerNumber());
            if (priority.isEmpty()) {
                return true;
            }
            if (executePriority(exten, context, priority.get()) == Result.HANGUP) {
                LOG.debug("Spawn extension ({}, {}, {}) exited non-zero on '{}'", context, exten, number, channel.name());
                return false;
            }
            if (channel.isHungUp()) {
                return false;
            }
            channel.setDialplanLocation(channel.context(), channel.exten(), channel.priority() + 1);
        }
        return false;
    }

    /** {@code __ast_pbx_run}: a start that does not exist tries {@code s}, then context {@code default}. */
    private void fallBackIfStartIsMissing() {
        DialplanSnapshot dialplan = engine.snapshot();
        if (dialplan.find(channel.context(), channel.exten(), channel.priority(), callerNumber()).isPresent()) {
            return;
        }
        LOG.info("Starting {} at {},{},{} failed so falling back to exten 's'", channel.name(), channel.context(),
                channel.exten(), channel.priority());
        channel.setDialplanLocation(channel.context(), "s", 1);
        if (dialplan.find(channel.context(), "s", 1, callerNumber()).isEmpty()) {
            LOG.info("Starting {} at {},{},{} still failed so falling back to context 'default'", channel.name(),
                    channel.context(), channel.exten(), channel.priority());
            channel.setDialplanLocation("default", "s", 1);
        }
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
     * Asterisk runs {@code h@context} once the call is over. Here the channel has already hung up
     * (Asterisk has set its soft hangup), so applications in {@code h} see a hung-up channel and
     * only bookkeeping such as logging or variables is of use there.
     */
    private void runHangupExtension() {
        String context = channel.context();
        if (engine.snapshot().find(context, "h", 1, callerNumber()).isEmpty()) {
            return;
        }
        channel.setDialplanLocation(context, "h", 1);
        try {
            while (true) {
                Optional<Priority> priority = engine.snapshot().find(channel.context(), channel.exten(),
                        channel.priority(), callerNumber());
                if (priority.isEmpty()
                        || executePriority(channel.exten(), channel.context(), priority.get()) == Result.HANGUP) {
                    return;
                }
                channel.setDialplanLocation(channel.context(), channel.exten(), channel.priority() + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Result executePriority(String exten, String context, Priority priority) throws InterruptedException {
        String data = Substitution.substitute(priority.data(), variables());
        Optional<RegisteredApplication> found = engine.application(priority.application());
        if (found.isEmpty()) {
            LOG.warn("No application '{}' for extension ({}, {}, {})", priority.application(), context, exten,
                    priority.number());
            return Result.HANGUP;
        }
        return execute(found.get(), data);
    }

    private Result execute(RegisteredApplication app, String data) throws InterruptedException {
        channel.setApplication(app.name(), data);
        engine.publish(newexten(app.name(), data));
        LOG.debug("Executing [{}@{}:{}] {}(\"{}\", \"{}\") in new stack", channel.exten(), channel.context(),
                channel.priority(), app.name(), channel.name(), data);
        try {
            Result result = app.application().execute(channel, data);
            return result == null ? Result.CONTINUE : result;
        } catch (RuntimeException e) {
            LOG.error("Application {}({}) failed on channel {} at {}@{}:{}; hanging the channel up", app.name(), data,
                    channel.name(), channel.exten(), channel.context(), channel.priority(), e);
            return Result.HANGUP;
        }
    }

    private PbxEvent newexten(String app, String data) {
        return ChannelEvents.snapshot(PbxEvent.builder("Newexten", EventCategory.DIALPLAN), channel, "")
                .field("Extension", channel.exten())
                .field("Application", app)
                .field("AppData", data)
                .build();
    }

    private void hangUpIfUp() {
        if (!channel.isHungUp()) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
    }

    private VariableSource variables() {
        return engine.variables(channel);
    }

    private String callerNumber() {
        return channel.callerId().number();
    }
}
