package org.strowger.community.media;

import org.strowger.codec.alaw.internal.Alaw;
import org.strowger.codec.ulaw.internal.Ulaw;

/**
 * G.711 payloads to and from 16-bit little-endian linear audio, through the repository's bit-exact
 * codecs (codec-ulaw's {@code Ulaw}, codec-alaw's {@code Alaw}), which this bundle embeds privately
 * with bnd's {@code -conditionalpackage} rather than copying them.
 */
public final class G711 {

    private G711() {
    }

    /** Whether {@code type} is PCMU or PCMA. */
    public static boolean isG711(PayloadType type) {
        return type == PayloadType.PCMU || type == PayloadType.PCMA;
    }

    /** Encodes linear samples (16-bit little-endian, so two bytes each) into one byte per sample. */
    public static byte[] encode(PayloadType type, byte[] slin) {
        if (slin.length % 2 != 0) {
            throw new IllegalArgumentException("16-bit audio must have an even number of bytes, got " + slin.length);
        }
        int samples = slin.length / 2;
        byte[] codes = new byte[samples];
        switch (type) {
            case PCMU -> Ulaw.encode(slin, codes, samples);
            case PCMA -> Alaw.encode(slin, codes, samples);
            default -> throw new IllegalArgumentException(type + " is not G.711 (PCMU or PCMA)");
        }
        return codes;
    }

    /** Decodes G.711 codes into 16-bit little-endian samples. */
    public static byte[] decode(PayloadType type, byte[] codes) {
        byte[] slin = new byte[codes.length * 2];
        switch (type) {
            case PCMU -> Ulaw.decode(codes, slin, codes.length);
            case PCMA -> Alaw.decode(codes, slin, codes.length);
            default -> throw new IllegalArgumentException(type + " is not G.711 (PCMU or PCMA)");
        }
        return slin;
    }

    /** The G.711 code of silence (a zero sample) in {@code type}. */
    public static byte silence(PayloadType type) {
        return switch (type) {
            case PCMU -> (byte) Ulaw.encode((short) 0);
            case PCMA -> (byte) Alaw.encode((short) 0);
            default -> throw new IllegalArgumentException(type + " is not G.711 (PCMU or PCMA)");
        };
    }
}
