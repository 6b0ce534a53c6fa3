package org.strowger.codec.amu.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * A byte-for-byte code conversion between the two G.711 laws. Each frame gets a new payload and a
 * new {@link VoiceFrame}: frames are immutable once handed on.
 */
abstract class DirectTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(DirectTranslator.class);

    private final Format from;
    private final Format to;
    private final VoiceFrame sample;

    DirectTranslator(Format from, Format to, byte[] sampleCodes) {
        this.from = from;
        this.to = to;
        this.sample = new VoiceFrame(from, sampleCodes, sampleCodes.length);
    }

    /** Converts {@code count} codes from {@code in} into {@code out}. */
    abstract void convert(byte[] in, byte[] out, int count);

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
            private boolean warned;

            @Override
            public VoiceFrame translate(VoiceFrame in) {
                // Never throw into a call: a frame in another format is dropped (null is the
                // contract's "no output for this input"), with one warning per session.
                if (in == null || in.format() != from) {
                    if (!warned) {
                        warned = true;
                        LOG.warn("{}: dropping a frame in {}, expected {}", DirectTranslator.this,
                                in == null ? "null" : in.format().name(), from.name());
                    }
                    return null;
                }
                // One byte is one sample in both laws, so any length is valid.
                byte[] codes = in.payload();
                byte[] out = new byte[codes.length];
                convert(codes, out, codes.length);
                return new VoiceFrame(to, out, codes.length);
            }

            @Override
            public void close() {
                // stateless: nothing to release
            }
        };
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
