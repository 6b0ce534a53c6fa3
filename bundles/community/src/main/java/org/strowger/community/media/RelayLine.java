package org.strowger.community.media;

import java.util.Base64;

/**
 * The line that carries one RTP packet over a community TCP connection when a side said
 * {@code MEDIA TCP}: {@code RTP <callId> <base64 packet>} (standard Base64 with padding, no line
 * breaks). The packet bytes are passed through untouched; validating them is the receiver's job.
 *
 * @param callId the call id as the side that sends or receives the line knows it
 * @param packet the RTP packet bytes
 */
public record RelayLine(String callId, byte[] packet) {

    /** The line's keyword. */
    public static final String KEYWORD = "RTP";
    private static final String PREFIX = KEYWORD + " ";

    public RelayLine {
        if (callId == null || callId.isEmpty() || callId.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("relay call id must be one non-empty word, got '" + callId + "'");
        }
        if (packet == null || packet.length == 0) {
            throw new IllegalArgumentException("relay line without packet bytes");
        }
    }

    /** The line, without line terminator. */
    public String encode() {
        return PREFIX + callId + ' ' + Base64.getEncoder().encodeToString(packet);
    }

    /** Encodes a line for a packet without building the record. */
    public static String encode(String callId, byte[] packet) {
        return new RelayLine(callId, packet).encode();
    }

    /** Whether a protocol line is a relay line (and so should go to {@link #decode}). */
    public static boolean isRelayLine(String line) {
        return line.startsWith(PREFIX);
    }

    /** Parses a relay line (a trailing CR is tolerated). */
    public static RelayLine decode(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!text.startsWith(PREFIX)) {
            throw new MalformedPacketException("relay line must start with 'RTP ': " + abbreviate(text));
        }
        int space = text.indexOf(' ', PREFIX.length());
        if (space < 0 || space == PREFIX.length()) {
            throw new MalformedPacketException("relay line needs 'RTP <callId> <base64>': " + abbreviate(text));
        }
        String callId = text.substring(PREFIX.length(), space);
        String data = text.substring(space + 1);
        if (data.isEmpty() || data.indexOf(' ') >= 0) {
            throw new MalformedPacketException("relay line for call " + callId + " needs exactly one base64 word after the call id");
        }
        byte[] packet;
        try {
            packet = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new MalformedPacketException("relay line for call " + callId + ": bad base64 (" + e.getMessage() + ")");
        }
        if (packet.length == 0) {
            throw new MalformedPacketException("relay line for call " + callId + " carries no bytes");
        }
        return new RelayLine(callId, packet);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "...'";
    }
}
