package org.strowger.community.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The RTP payload types the community negotiates (RFC 3551 static numbers, 101 the customary dynamic
 * number for RFC 4733 telephone-events). All run at an 8 kHz RTP clock; audio is sent in 20 ms frames.
 */
public enum PayloadType {
    /** G.711 mu-law: one byte per sample. */
    PCMU(0, "PCMU", 8),
    /** G.711 A-law: one byte per sample. */
    PCMA(8, "PCMA", 8),
    /** G.729: one 10-byte frame per 10 ms, i.e. 1 byte per millisecond. */
    G729(18, "G729", 1),
    /** RFC 4733 DTMF events; not audio, so it has no frame size. */
    TELEPHONE_EVENT(101, "telephone-event", 0);

    /** The RTP clock rate of every payload type here. */
    public static final int CLOCK_RATE = 8000;
    /** The packetisation interval the community uses. */
    public static final int FRAME_MILLIS = 20;
    /** Timestamp units in one 20 ms frame at 8 kHz. */
    public static final int SAMPLES_PER_FRAME = CLOCK_RATE / 1000 * FRAME_MILLIS;

    private final int number;
    private final String encodingName;
    private final int bytesPerMilli;

    PayloadType(int number, String encodingName, int bytesPerMilli) {
        this.number = number;
        this.encodingName = encodingName;
        this.bytesPerMilli = bytesPerMilli;
    }

    /** The RTP payload type number (0..127). */
    public int number() {
        return number;
    }

    /** The encoding name as SDP writes it. */
    public String encodingName() {
        return encodingName;
    }

    /** Whether this is an audio codec (not telephone-event). */
    public boolean isAudio() {
        return bytesPerMilli > 0;
    }

    /** Payload bytes in one frame of {@code millis} ms (PCMU/PCMA 160, G729 20 for 20 ms). */
    public int bytesPerFrame(int millis) {
        if (!isAudio()) {
            throw new IllegalStateException(encodingName + " is not an audio payload type");
        }
        return bytesPerMilli * millis;
    }

    /** Payload bytes in one 20 ms frame. */
    public int frameBytes() {
        return bytesPerFrame(FRAME_MILLIS);
    }

    /** The audio duration, in timestamp units, of a payload of {@code bytes} bytes. */
    public int samplesFor(int bytes) {
        if (!isAudio()) {
            throw new IllegalStateException(encodingName + " is not an audio payload type");
        }
        return bytes * (CLOCK_RATE / 1000) / bytesPerMilli;
    }

    /** The payload type with this number. */
    public static PayloadType of(int number) {
        for (PayloadType type : values()) {
            if (type.number == number) {
                return type;
            }
        }
        throw new IllegalArgumentException("unsupported RTP payload type " + number + " (supported: 0, 8, 18, 101)");
    }

    /**
     * Parses a protocol codec list such as {@code 0,8,18} (spaces allowed) into payload types, keeping
     * the order, which is the sender's preference.
     */
    public static List<PayloadType> parseList(String list) {
        List<PayloadType> result = new ArrayList<>();
        for (String item : list.split(",")) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int number;
            try {
                number = Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("codec list '" + list + "': '" + trimmed + "' is not a payload type number");
            }
            result.add(of(number));
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("empty codec list");
        }
        return List.copyOf(result);
    }

    /** Formats payload types as the protocol's comma list ({@code 0,8}). */
    public static String formatList(List<PayloadType> types) {
        StringBuilder sb = new StringBuilder();
        for (PayloadType type : types) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(type.number);
        }
        return sb.toString();
    }
}
