package org.strowger.core.internal.dialplan.app;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * Dial's options as app_dial reads them ({@code dial_exec_options}). The options this PBX acts on:
 * {@code A(file)} {@code a} {@code D(called:calling:progress)} {@code e} {@code g} {@code G(ctx^ext^pri)}
 * {@code h} {@code H} {@code L(x[:y[:z]])} {@code m[(class)]} {@code r[(tone)]} {@code S(x)} {@code t}
 * {@code T}; the other letters of app_dial are accepted and have no effect.
 */
final class DialOptions {

    private static final Logger LOG = LoggerFactory.getLogger(DialOptions.class);
    private static final String KNOWN = "AabBCcdDefFgGhHiIkKLmMnNoOpPQrRSstTuUwWxXz";
    private static final String WITH_ARGUMENT = "AbBDfFGLmMnoOPQrSsuU";

    final AppOptions given;
    final boolean goOn;
    final Optional<String> gotoTarget;
    final boolean ringback;
    final Optional<String> ringbackTone;
    final boolean music;
    final Optional<String> musicClass;
    final boolean calleeTransfer;
    final boolean callerTransfer;
    final boolean calleeHangup;
    final boolean callerHangup;
    final boolean peerHangupExtension;
    final boolean answerCaller;
    final Optional<String> announcement;
    final String dtmfCalled;
    final String dtmfCalling;
    final String dtmfProgress;
    /** S(x), or L without warnings or sounds: the peer is hung up this long after the answer; 0 for none. */
    final long durationLimitMillis;
    /** L with warnings or sounds; empty otherwise. */
    final Optional<TimeLimit> timeLimit;

    private DialOptions(AppOptions given, long durationLimitMillis, Optional<TimeLimit> timeLimit) {
        this.given = given;
        goOn = given.has('g');
        gotoTarget = given.has('G') ? given.argument('G') : Optional.empty();
        ringback = given.has('r');
        ringbackTone = given.argument('r');
        music = given.has('m');
        musicClass = given.argument('m');
        calleeTransfer = given.has('t');
        callerTransfer = given.has('T');
        calleeHangup = given.has('h');
        callerHangup = given.has('H');
        peerHangupExtension = given.has('e');
        answerCaller = given.has('a');
        announcement = given.argument('A');
        String[] dtmf = given.argument('D').orElse("").split(":", 3);
        dtmfCalled = dtmf.length > 0 ? dtmf[0] : "";
        dtmfCalling = dtmf.length > 1 ? dtmf[1] : "";
        dtmfProgress = dtmf.length > 2 ? dtmf[2] : "";
        this.durationLimitMillis = durationLimitMillis;
        this.timeLimit = timeLimit;
    }

    /** Whether the bridge must watch DTMF or play into the call, which the core's bridge cannot. */
    boolean needsFeatureBridge() {
        return calleeTransfer || callerTransfer || calleeHangup || callerHangup || timeLimit.isPresent();
    }

    /**
     * @return the options, or empty after Asterisk's warning for an {@code S} or {@code L} it refuses
     *     ({@code DIALSTATUS} then tells what {@link #refusal} says)
     */
    static Result parse(String text, Channel caller) {
        AppOptions given = AppOptions.parse(text, KNOWN, WITH_ARGUMENT);
        long duration = 0;
        if (given.has('S') && given.argument('S').isPresent()) {
            String argument = given.argument('S').get();
            int seconds = AsteriskNumbers.leadingInt(argument).orElse(0);
            if (seconds == 0) {
                LOG.warn("Dial does not accept S({}), hanging up.", argument);
                return new Result(null, "INVALIDARGS");
            }
            duration = seconds * 1000L;
        }
        Optional<TimeLimit> limit = Optional.empty();
        if (given.has('L') && given.argument('L').isPresent()) {
            Optional<TimeLimit> parsed = TimeLimit.parse(given.argument('L').get(), caller);
            if (parsed.isEmpty()) {
                return new Result(null, "");
            }
            // undo S(x) when both are given, as ast_bridge_timelimit does
            duration = 0;
            if (parsed.get().isSimple()) {
                duration = parsed.get().limitMillis();
            } else {
                limit = parsed;
            }
        }
        return new Result(new DialOptions(given, duration, limit), null);
    }

    /**
     * @param options the options, null when refused
     * @param refusal the DIALSTATUS to leave when refused ({@code ""} leaves it cleared)
     */
    record Result(DialOptions options, String refusal) {
    }

    /**
     * {@code L(x[:y[:z]])} as {@code ast_bridge_timelimit}: x ms in all, a warning y ms before the end,
     * repeated every z ms.
     */
    record TimeLimit(long limitMillis, long warningMillis, long warningEveryMillis, String warningSound,
            String endSound, String startSound, boolean toCaller, boolean toCallee) {

        /** No warnings and no sounds: Asterisk then limits the call as S(x) does. */
        boolean isSimple() {
            return warningMillis == 0 && startSound.isEmpty() && endSound.isEmpty();
        }

        static Optional<TimeLimit> parse(String text, Channel caller) {
            String[] parts = text.split(":", -1);
            long limit = atol(parts[0]);
            long warning = parts.length > 1 ? atol(parts[1]) : 0;
            long every = parts.length > 2 ? atol(parts[2]) : 0;
            if (limit == 0) {
                LOG.warn("Bridge does not accept L({}), hanging up.", parts[0]);
                return Optional.empty();
            }
            long delta = warning - limit;
            if (delta > 0) {
                // A first warning after the end moves back by whole repeats, or goes (the diagram in features.c).
                if (every == 0) {
                    warning = 0;
                } else {
                    warning -= every * (1 + (delta - 1) / every);
                    if (warning < 1) {
                        warning = 0;
                        every = 0;
                    }
                }
            }
            Optional<String> toCallerVar = caller.variable("LIMIT_PLAYAUDIO_CALLER");
            Optional<String> toCalleeVar = caller.variable("LIMIT_PLAYAUDIO_CALLEE");
            boolean toCaller = toCallerVar.map(DialOptions::isTrue).orElse(true);
            boolean toCallee = toCalleeVar.map(DialOptions::isTrue).orElse(false);
            if (!toCaller && !toCallee) {
                toCaller = true;
            }
            String warningSound = caller.variable("LIMIT_WARNING_FILE").filter(s -> !s.isEmpty()).orElse("timeleft");
            String endSound = caller.variable("LIMIT_TIMEOUT_FILE").orElse("");
            String startSound = caller.variable("LIMIT_CONNECT_FILE").orElse("");
            return Optional.of(new TimeLimit(limit, warning, every, warningSound, endSound, startSound, toCaller,
                    toCallee));
        }

        private static long atol(String text) {
            return AsteriskNumbers.leadingInt(text).orElse(0);
        }
    }

    /** {@code ast_true}. */
    static boolean isTrue(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            default -> false;
        };
    }
}
