package org.strowger.community.media;

import java.util.Arrays;

/**
 * One RTP packet (RFC 3550 section 5.1), immutable. Decoding accepts CSRC lists, a header extension
 * (kept, so that relays can pass it on, but never interpreted) and padding (removed from the payload);
 * anything that cannot be a valid packet is rejected with a {@link MalformedPacketException} naming the
 * field that was wrong.
 *
 * <p>The 32-bit timestamp and SSRC are unsigned and held in {@code long}s (0..2^32-1); the sequence
 * number is 0..65535.
 */
public final class RtpPacket {

    /** Size of the fixed header. */
    public static final int HEADER_SIZE = 12;
    /** The only RTP version there is. */
    public static final int VERSION = 2;

    private static final int[] NO_CSRC = new int[0];

    private final boolean marker;
    private final int payloadType;
    private final int sequenceNumber;
    private final long timestamp;
    private final long ssrc;
    private final int[] csrcs;
    private final int extensionProfile;
    private final byte[] extension;
    private final byte[] payload;
    private final int padding;

    private RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc, int[] csrcs,
            int extensionProfile, byte[] extension, byte[] payload, int padding) {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("RTP payload type " + payloadType + " outside 0..127");
        }
        if (sequenceNumber < 0 || sequenceNumber > 0xFFFF) {
            throw new IllegalArgumentException("RTP sequence number " + sequenceNumber + " outside 0..65535");
        }
        if (csrcs.length > 15) {
            throw new IllegalArgumentException(csrcs.length + " CSRCs, at most 15 fit in the header");
        }
        if (extension != null && (extension.length % 4 != 0 || extension.length / 4 > 0xFFFF)) {
            throw new IllegalArgumentException("RTP header extension of " + extension.length
                    + " bytes: must be a multiple of 4 and at most 262140");
        }
        if (padding < 0 || padding > 255) {
            throw new IllegalArgumentException("RTP padding " + padding + " outside 0..255");
        }
        this.marker = marker;
        this.payloadType = payloadType;
        this.sequenceNumber = sequenceNumber;
        this.timestamp = timestamp & 0xFFFFFFFFL;
        this.ssrc = ssrc & 0xFFFFFFFFL;
        this.csrcs = csrcs;
        this.extensionProfile = extensionProfile & 0xFFFF;
        this.extension = extension;
        this.payload = payload;
        this.padding = padding;
    }

    /** A packet without CSRCs, extension or padding; the payload array is copied. */
    public RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc, byte[] payload) {
        this(marker, payloadType, sequenceNumber, timestamp, ssrc, NO_CSRC, 0, null, payload.clone(), 0);
    }

    /**
     * A packet with every header field; {@code extension} may be null (no X bit), {@code padding} is
     * the number of padding bytes to add when encoding (0 = no P bit).
     */
    public static RtpPacket of(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
            int[] csrcs, int extensionProfile, byte[] extension, byte[] payload, int padding) {
        return new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs.clone(), extensionProfile,
                extension == null ? null : extension.clone(), payload.clone(), padding);
    }

    /** Decodes a whole datagram. */
    public static RtpPacket decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** Decodes {@code length} bytes of {@code data} from {@code offset} as one RTP packet. */
    public static RtpPacket decode(byte[] data, int offset, int length) {
        if (length < HEADER_SIZE) {
            throw new MalformedPacketException("RTP packet of " + length + " bytes is shorter than the "
                    + HEADER_SIZE + "-byte fixed header");
        }
        int b0 = data[offset] & 0xFF;
        int version = b0 >> 6;
        if (version != VERSION) {
            throw new MalformedPacketException("RTP version " + version + ", expected 2");
        }
        boolean hasPadding = (b0 & 0x20) != 0;
        boolean hasExtension = (b0 & 0x10) != 0;
        int csrcCount = b0 & 0x0F;
        int b1 = data[offset + 1] & 0xFF;
        boolean marker = (b1 & 0x80) != 0;
        int payloadType = b1 & 0x7F;
        if (payloadType >= 72 && payloadType <= 76) {
            // RFC 3550 5.1 / RFC 5761: these values would make the packet indistinguishable from RTCP
            throw new MalformedPacketException("payload type " + payloadType + " collides with RTCP packet types (SR/RR)");
        }
        int seq = u16(data, offset + 2);
        long timestamp = u32(data, offset + 4);
        long ssrc = u32(data, offset + 8);
        int pos = HEADER_SIZE;
        int end = length;
        if (pos + 4 * csrcCount > end) {
            throw new MalformedPacketException("RTP header announces " + csrcCount + " CSRCs but the packet has only "
                    + (end - pos) + " bytes after the fixed header");
        }
        int[] csrcs = csrcCount == 0 ? NO_CSRC : new int[csrcCount];
        for (int i = 0; i < csrcCount; i++) {
            csrcs[i] = (int) u32(data, offset + pos);
            pos += 4;
        }
        if (hasPadding) {
            int count = data[offset + end - 1] & 0xFF;
            if (count == 0) {
                throw new MalformedPacketException("RTP padding bit set but the padding count (last byte) is 0");
            }
            if (count > end - pos) {
                throw new MalformedPacketException("RTP padding count " + count + " is larger than the "
                        + (end - pos) + " bytes after the header");
            }
            end -= count;
        }
        int profile = 0;
        byte[] extension = null;
        if (hasExtension) {
            if (pos + 4 > end) {
                throw new MalformedPacketException("RTP extension bit set but no room for the 4-byte extension header");
            }
            profile = u16(data, offset + pos);
            int words = u16(data, offset + pos + 2);
            pos += 4;
            if (pos + 4 * words > end) {
                throw new MalformedPacketException("RTP header extension announces " + (4 * words)
                        + " bytes but only " + (end - pos) + " remain");
            }
            extension = Arrays.copyOfRange(data, offset + pos, offset + pos + 4 * words);
            pos += 4 * words;
        }
        byte[] payload = Arrays.copyOfRange(data, offset + pos, offset + end);
        return new RtpPacket(marker, payloadType, seq, timestamp, ssrc, csrcs, profile, extension, payload,
                length - end);
    }

    /** The packet on the wire. */
    public byte[] encode() {
        int size = HEADER_SIZE + 4 * csrcs.length + (extension == null ? 0 : 4 + extension.length)
                + payload.length + padding;
        byte[] out = new byte[size];
        out[0] = (byte) ((VERSION << 6) | (padding > 0 ? 0x20 : 0) | (extension != null ? 0x10 : 0) | csrcs.length);
        out[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        put16(out, 2, sequenceNumber);
        put32(out, 4, timestamp);
        put32(out, 8, ssrc);
        int pos = HEADER_SIZE;
        for (int csrc : csrcs) {
            put32(out, pos, csrc);
            pos += 4;
        }
        if (extension != null) {
            put16(out, pos, extensionProfile);
            put16(out, pos + 2, extension.length / 4);
            System.arraycopy(extension, 0, out, pos + 4, extension.length);
            pos += 4 + extension.length;
        }
        System.arraycopy(payload, 0, out, pos, payload.length);
        if (padding > 0) {
            out[size - 1] = (byte) padding;
        }
        return out;
    }

    public boolean marker() {
        return marker;
    }

    public int payloadType() {
        return payloadType;
    }

    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** The RTP timestamp, 0..2^32-1. */
    public long timestamp() {
        return timestamp;
    }

    /** The synchronisation source, 0..2^32-1. */
    public long ssrc() {
        return ssrc;
    }

    /** The contributing sources (a copy). */
    public int[] csrcs() {
        return csrcs.clone();
    }

    public boolean hasExtension() {
        return extension != null;
    }

    /** The "defined by profile" field of the header extension, 0 without one. */
    public int extensionProfile() {
        return extensionProfile;
    }

    /** The header extension's data (a copy) without its 4-byte header, or null. */
    public byte[] extension() {
        return extension == null ? null : extension.clone();
    }

    /** The payload without padding (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload length in bytes, without padding. */
    public int payloadLength() {
        return payload.length;
    }

    /** Number of padding bytes the packet had or will get. */
    public int padding() {
        return padding;
    }

    @Override
    public String toString() {
        return "RtpPacket[pt=" + payloadType + ", seq=" + sequenceNumber + ", ts=" + timestamp + ", ssrc="
                + Long.toHexString(ssrc) + (marker ? ", M" : "") + ", " + payload.length + " bytes]";
    }

    static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >> 8);
        b[i + 1] = (byte) v;
    }

    static void put32(byte[] b, int i, long v) {
        b[i] = (byte) (v >> 24);
        b[i + 1] = (byte) (v >> 16);
        b[i + 2] = (byte) (v >> 8);
        b[i + 3] = (byte) v;
    }
}
