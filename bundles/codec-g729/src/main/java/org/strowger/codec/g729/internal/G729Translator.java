package org.strowger.codec.g729.internal;

import java.util.Objects;

import org.strowger.api.media.Format;
import org.strowger.codec.support.CodecTranslator;

/**
 * What the two G.729 translators share: the frame size and the channel count. Each session holds
 * one encoder or decoder state, since G.729 predicts each frame from the ones before, and counts as
 * one licensed G.729 channel while open.
 */
abstract class G729Translator extends CodecTranslator {

    static final int SAMPLES_PER_FRAME = 80;
    static final int BYTES_PER_FRAME = 10;

    final G729CodecChannels channels;

    G729Translator(Format from, Format to, byte[] sample, int sampleSamples, G729CodecChannels channels) {
        super(from, to, sample, sampleSamples);
        this.channels = Objects.requireNonNull(channels, "channels");
    }
}
