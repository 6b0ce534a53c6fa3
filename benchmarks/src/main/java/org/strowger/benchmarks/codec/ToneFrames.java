package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/** 20 ms of a 1 kHz tone at about -10 dBFS: audio that exercises every codec segment, not silence. */
public final class ToneFrames {

    private static final int HZ = 1000;
    private static final double AMPLITUDE = 10_000;

    // Frames are immutable, so every generator of a format can send the same instance.
    private static final VoiceFrame SLIN = create(Format.SLIN);
    private static final VoiceFrame ULAW = create(Format.ULAW);
    private static final VoiceFrame ALAW = create(Format.ALAW);

    private ToneFrames() {
    }

    /** The 20 ms tone frame in {@code slin}, {@code ulaw} or {@code alaw}; one shared instance per format. */
    public static VoiceFrame tone(Format format) {
        if (format == Format.SLIN) {
            return SLIN;
        } else if (format == Format.ULAW) {
            return ULAW;
        } else if (format == Format.ALAW) {
            return ALAW;
        }
        throw new IllegalArgumentException("no tone generator for " + format);
    }

    private static VoiceFrame create(Format format) {
        int samples = format.samplesPer20Ms();
        byte[] slin = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * HZ * i / format.sampleRate()));
            slin[2 * i] = (byte) value;
            slin[2 * i + 1] = (byte) (value >> 8);
        }
        byte[] payload;
        if (format == Format.SLIN) {
            payload = slin;
        } else if (format == Format.ULAW) {
            payload = new byte[samples];
            G711.slinToUlaw(slin, payload);
        } else {
            payload = new byte[samples];
            G711.slinToAlaw(slin, payload);
        }
        return new VoiceFrame(format, payload, samples);
    }
}
