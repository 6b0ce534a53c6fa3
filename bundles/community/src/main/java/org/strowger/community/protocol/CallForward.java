package org.strowger.community.protocol;

import java.util.Objects;

/**
 * A {@code CALL_FORWARD} setting other than {@code OFF} (protocol section 4): forward an unanswered call after
 * {@code seconds} (at once when the callee is offline) to {@code target}, an account or a {@code +E.164} number.
 * The server, the store and the configuration all read it with {@link #parse}.
 */
public record CallForward(int seconds, String target) {
    public static final String OFF = "OFF";

    /**
     * Only what every stored value satisfies: {@link #parse} applies the protocol's limits, and a store written
     * by an older, more lenient version must still load.
     */
    public CallForward {
        Objects.requireNonNull(target, "target");
        if (seconds < 0) {
            throw new IllegalArgumentException("call forward seconds must not be negative");
        }
    }

    /** Parses {@code OFF} (giving null) or {@code <seconds> <target>}; {@code ERROR 4} saying what is expected. */
    public static CallForward parse(String value) throws ProtocolException {
        if (value.equals(OFF)) {
            return null;
        }
        int space = value.indexOf(' ');
        if (space < 0) {
            throw invalid();
        }
        String target = value.substring(space + 1);
        int seconds;
        try {
            seconds = Integer.parseInt(value.substring(0, space));
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (seconds < 0 || seconds > Protocol.MAX_FORWARD_SECONDS
                || !(Names.isAccount(target) || Names.isPhoneNumber(target))) {
            throw invalid();
        }
        return new CallForward(seconds, target);
    }

    private static ProtocolException invalid() {
        return new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid value for CALL_FORWARD: OFF or <seconds 0-"
                + Protocol.MAX_FORWARD_SECONDS + "> <account or +E.164>");
    }

    /** The protocol form {@code <seconds> <target>}. */
    public String value() {
        return seconds + " " + target;
    }
}
