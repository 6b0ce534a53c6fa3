package org.strowger.community.directory;

import java.util.Objects;

/**
 * The {@code CALL_FORWARD} setting: forward an unanswered call after {@code seconds} (at once when the callee
 * is offline) to {@code target}, an account or a {@code +E.164} number.
 */
public record CallForward(int seconds, String target) {

    /** Longer than the default no-answer timeout would never fire; an hour is a generous bound for typos. */
    public static final int MAX_SECONDS = 3600;

    public CallForward {
        Objects.requireNonNull(target, "target");
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("call forward seconds must be 0.." + MAX_SECONDS + ", not " + seconds);
        }
        if (!Names.isAccountName(target) && !Names.isE164(target)) {
            throw new IllegalArgumentException("call forward target '" + target + "' is neither an account name nor a +E.164 number");
        }
    }

    /** The protocol form {@code <seconds> <target>}. */
    public String value() {
        return seconds + " " + target;
    }

    /**
     * Parses {@code OFF} (giving {@code null}) or {@code <seconds> <target>}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CallForward parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("OFF")) {
            return null;
        }
        String[] parts = s.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("call forward must be OFF or '<seconds> <target>', not '" + text + "'");
        }
        int seconds;
        try {
            seconds = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("call forward seconds '" + parts[0] + "' is not a number");
        }
        return new CallForward(seconds, parts[1]);
    }
}
