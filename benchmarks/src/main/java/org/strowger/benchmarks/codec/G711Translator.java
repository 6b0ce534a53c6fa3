package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * A stateless G.711 conversion to or from {@code slin}. Each translated frame is a new payload and a
 * new {@link VoiceFrame}: frames are handed on, never changed afterwards, so a translator cannot
 * reuse its output buffer. That is the garbage a transcoding bridge makes per frame.
 */
abstract class G711Translator implements Translator {

    private final Format from;
    private final Format to;
    private final VoiceFrame sample;

    G711Translator(Format from, Format to) {
        this.from = from;
        this.to = to;
        this.sample = ToneFrames.tone(from);
    }

    @Override
    public final Format from() {
        return from;
    }

    @Override
    public final Format to() {
        return to;
    }

    @Override
    public final VoiceFrame sample() {
        return sample;
    }

    @Override
    public final TranslatorSession open() {
        return new TranslatorSession() {
            @Override
            public VoiceFrame translate(VoiceFrame in) {
                return new VoiceFrame(to, convert(in.payload()), in.samples());
            }

            @Override
            public void close() {
                // stateless: nothing to release
            }
        };
    }

    /** The converted payload, in a new array. */
    abstract byte[] convert(byte[] payload);

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
