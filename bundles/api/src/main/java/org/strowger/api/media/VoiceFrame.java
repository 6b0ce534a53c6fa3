package org.strowger.api.media;

import java.util.Objects;

/**
 * Audio in one format. Frames are handed on, not copied: whoever creates a frame must not change
 * its payload afterwards, and whoever receives one must not change it either.
 *
 * @param format the payload's format
 * @param payload the encoded audio
 * @param samples how many samples of audio the payload holds (160 for 20 ms at 8 kHz)
 */
public record VoiceFrame(Format format, byte[] payload, int samples) implements Frame {

    public VoiceFrame {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative: " + samples);
        }
    }
}
