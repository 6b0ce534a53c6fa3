package org.strowger.community.media;

/**
 * An RFC 4733 telephone-event payload (section 2.3): event code, end bit, volume (0..63, in -dBm0,
 * so 10 means -10 dBm0) and duration in timestamp units. DTMF digits are events 0..15:
 * {@code 0-9 * # A B C D}.
 *
 * @param event    event code 0..255
 * @param end      whether this packet ends the event
 * @param volume   power level 0..63 (-dBm0)
 * @param duration duration so far in RTP timestamp units, 0..65535
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

    /** Length of the payload of one event. */
    public static final int SIZE = 4;

    private static final String DIGITS = "0123456789*#ABCD";

    public TelephoneEvent {
        if (event < 0 || event > 255) {
            throw new IllegalArgumentException("telephone-event code " + event + " outside 0..255");
        }
        if (volume < 0 || volume > 63) {
            throw new IllegalArgumentException("telephone-event volume " + volume + " outside 0..63");
        }
        if (duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("telephone-event duration " + duration + " outside 0..65535");
        }
    }

    /** The 4-byte payload. */
    public byte[] encode() {
        return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >> 8), (byte) duration};
    }

    /**
     * Decodes the first event of a payload. RFC 4733 allows several events in one packet (redundancy,
     * RFC 2198); the community never sends them, and the first block is the current event.
     */
    public static TelephoneEvent decode(byte[] payload) {
        if (payload.length < SIZE) {
            throw new MalformedPacketException("telephone-event payload of " + payload.length + " bytes, needs " + SIZE);
        }
        // bit 0x40 of the second byte is reserved: ignored on receipt as RFC 4733 2.3 says
        return new TelephoneEvent(payload[0] & 0xFF, (payload[1] & 0x80) != 0, payload[1] & 0x3F,
                ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF));
    }

    /** The DTMF digit of this event, or 0 when it is not a DTMF event (code above 15). */
    public char digit() {
        return event < DIGITS.length() ? DIGITS.charAt(event) : 0;
    }

    /** The event code of a DTMF digit ({@code 0-9 * # A-D}, lower case accepted). */
    public static int eventOf(char digit) {
        int index = DIGITS.indexOf(Character.toUpperCase(digit));
        if (index < 0) {
            throw new IllegalArgumentException("'" + digit + "' is not a DTMF digit (0-9 * # A-D)");
        }
        return index;
    }

    /** Whether {@code digit} is a DTMF digit. */
    public static boolean isDigit(char digit) {
        return DIGITS.indexOf(Character.toUpperCase(digit)) >= 0;
    }
}
