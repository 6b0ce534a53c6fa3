package org.strowger.api.media;

/**
 * A DTMF digit starting or ending (RFC 4733 events carry both).
 *
 * @param digit one of {@code 0-9 * # A-D}
 * @param end {@code false} when the key goes down, {@code true} when it comes up
 * @param durationMillis how long the key was held; 0 on a begin frame
 */
public record DtmfFrame(char digit, boolean end, int durationMillis) implements Frame {

    private static final String DIGITS = "0123456789*#ABCD";

    public DtmfFrame {
        digit = Character.toUpperCase(digit);
        if (DIGITS.indexOf(digit) < 0) {
            throw new IllegalArgumentException("not a DTMF digit: '" + digit + "' (use 0-9, *, #, A-D)");
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("a DTMF duration cannot be negative: " + durationMillis);
        }
    }
}
