package org.strowger.community.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * WAV (RIFF) files of telephone audio: 16-bit linear PCM, G.711 A-law (format tag 6) and mu-law (7),
 * mono. Reading skips chunks it does not know (LIST, fact, ...) and honours RIFF's even-size padding;
 * anything else is refused with a {@link WavFormatException} saying what the file has.
 *
 * @param encoding   the sample encoding
 * @param sampleRate samples per second
 * @param data       the sample bytes (16-bit little-endian for PCM, one byte per sample for G.711)
 */
public record WavFile(Encoding encoding, int sampleRate, byte[] data) {

    /** The sample encodings handled, with their WAVE format tags. */
    public enum Encoding {
        PCM16(1, 16),
        ALAW(6, 8),
        ULAW(7, 8);

        private final int formatTag;
        private final int bits;

        Encoding(int formatTag, int bits) {
            this.formatTag = formatTag;
            this.bits = bits;
        }

        public int formatTag() {
            return formatTag;
        }

        public int bitsPerSample() {
            return bits;
        }

        /** The G.711 payload type this encoding matches, or null for PCM. */
        public PayloadType payloadType() {
            return switch (this) {
                case ULAW -> PayloadType.PCMU;
                case ALAW -> PayloadType.PCMA;
                case PCM16 -> null;
            };
        }
    }

    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

    public WavFile {
        if (encoding == null || data == null) {
            throw new IllegalArgumentException("WAV audio needs an encoding and data");
        }
        if (encoding == Encoding.PCM16 && data.length % 2 != 0) {
            throw new IllegalArgumentException("16-bit PCM data must have an even number of bytes, got " + data.length);
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }

    /** Number of samples. */
    public int samples() {
        return data.length / (encoding.bitsPerSample() / 8);
    }

    /** The audio as 16-bit little-endian linear samples (decoding G.711 if needed). */
    public byte[] toLinear() {
        return encoding == Encoding.PCM16 ? data.clone() : G711.decode(encoding.payloadType(), data);
    }

    /**
     * The audio as payload bytes of a G.711 payload type: taken as they are when the file already
     * has that law, otherwise converted through linear.
     */
    public byte[] toPayload(PayloadType type) {
        if (!G711.isG711(type)) {
            throw new IllegalArgumentException("WAV audio can be sent as PCMU or PCMA, not " + type);
        }
        if (encoding.payloadType() == type) {
            return data.clone();
        }
        return G711.encode(type, toLinear());
    }

    /** Reads a mono WAV file. */
    public static WavFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return parse(bytes);
        } catch (WavFormatException e) {
            throw new WavFormatException(file + ": " + e.getMessage());
        }
    }

    /** Parses the bytes of a mono WAV file. */
    public static WavFile parse(byte[] bytes) throws WavFormatException {
        if (bytes.length < 12) {
            throw new WavFormatException("not a WAV file: " + bytes.length + " bytes, shorter than the RIFF header");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (!tag(bytes, 0).equals("RIFF") || !tag(bytes, 8).equals("WAVE")) {
            throw new WavFormatException("not a WAV file: starts with '" + printable(tag(bytes, 0)) + "...'"
                    + "/'" + printable(tag(bytes, 8)) + "', expected 'RIFF'/'WAVE'");
        }
        int pos = 12;
        Encoding encoding = null;
        int sampleRate = 0;
        while (pos + 8 <= bytes.length) {
            String id = tag(bytes, pos);
            long size = in.getInt(pos + 4) & 0xFFFFFFFFL;
            int body = pos + 8;
            if (id.equals("data")) {
                if (encoding == null) {
                    throw new WavFormatException("'data' chunk before the 'fmt ' chunk");
                }
                long available = bytes.length - body;
                // streaming writers leave the size 0 or 0xFFFFFFFF: the data then runs to the end
                long length = size == 0 || size == 0xFFFFFFFFL ? available : size;
                if (length > available) {
                    throw new WavFormatException("'data' chunk announces " + size + " bytes but only " + available
                            + " follow (truncated file?)");
                }
                int usable = (int) length;
                if (encoding == Encoding.PCM16) {
                    usable &= ~1;
                }
                return new WavFile(encoding, sampleRate, Arrays.copyOfRange(bytes, body, body + usable));
            }
            if (body + size > bytes.length) {
                throw new WavFormatException("chunk '" + printable(id) + "' announces " + size + " bytes but only "
                        + (bytes.length - body) + " follow (truncated file?)");
            }
            if (id.equals("fmt ")) {
                if (size < 16) {
                    throw new WavFormatException("'fmt ' chunk of " + size + " bytes, needs at least 16");
                }
                int tag = in.getShort(body) & 0xFFFF;
                int channels = in.getShort(body + 2) & 0xFFFF;
                sampleRate = in.getInt(body + 4);
                int bits = in.getShort(body + 14) & 0xFFFF;
                if (tag == WAVE_FORMAT_EXTENSIBLE && size >= 40) {
                    // the real format is the first two bytes of the SubFormat GUID
                    tag = in.getShort(body + 24) & 0xFFFF;
                }
                encoding = encodingOf(tag, bits);
                if (channels != 1) {
                    throw new WavFormatException(channels + " channels, only mono is supported");
                }
                if (sampleRate <= 0) {
                    throw new WavFormatException("sample rate " + sampleRate + " is not positive");
                }
            }
            pos = body + (int) size + (int) (size & 1); // chunks are padded to an even size
        }
        throw new WavFormatException(encoding == null ? "no 'fmt ' chunk" : "no 'data' chunk");
    }

    private static Encoding encodingOf(int tag, int bits) throws WavFormatException {
        for (Encoding e : Encoding.values()) {
            if (e.formatTag == tag) {
                if (e.bits != bits) {
                    throw new WavFormatException(e + " with " + bits + " bits per sample, expected " + e.bits);
                }
                return e;
            }
        }
        throw new WavFormatException("WAVE format tag " + tag + " (" + bits
                + " bits) is not supported: use 16-bit PCM (1), A-law (6) or mu-law (7)");
    }

    /** Writes this audio as a mono WAV file. */
    public void write(Path file) throws IOException {
        Files.write(file, toBytes());
    }

    /** The bytes of this audio as a mono WAV file. */
    public byte[] toBytes() {
        boolean pcm = encoding == Encoding.PCM16;
        // non-PCM formats carry cbSize (fmt 18 bytes) and a fact chunk with the sample count
        int fmtSize = pcm ? 16 : 18;
        int factSize = pcm ? 0 : 12;
        int pad = data.length & 1;
        int total = 12 + 8 + fmtSize + factSize + 8 + data.length + pad;
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(total - 8).put(ascii("WAVE"));
        int blockAlign = encoding.bitsPerSample() / 8;
        out.put(ascii("fmt ")).putInt(fmtSize).putShort((short) encoding.formatTag).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign)
                .putShort((short) encoding.bitsPerSample());
        if (!pcm) {
            out.putShort((short) 0);
            out.put(ascii("fact")).putInt(4).putInt(samples());
        }
        out.put(ascii("data")).putInt(data.length).put(data);
        return out.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String tag(byte[] b, int i) {
        return new String(b, i, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? c : '?');
        }
        return sb.toString();
    }
}
