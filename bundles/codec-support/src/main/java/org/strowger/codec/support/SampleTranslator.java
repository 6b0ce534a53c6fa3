package org.strowger.codec.support;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * A stateless translator that converts each frame sample by sample (G.711's laws and the direct
 * conversion between them). Each frame gets a new payload and a new {@link VoiceFrame}: frames are
 * immutable once handed on.
 *
 * <p>Never throws into a call: a frame in another format is dropped (null is the contract's "no
 * output for this input"), and an odd byte count of slin loses its last half sample, as Asterisk's
 * {@code lintoulaw} converts {@code datalen / 2} samples; each session warns once.
 */
public abstract class SampleTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(SampleTranslator.class);

    private final Format from;
    private final Format to;
    private final Conversion conversion;
    private final VoiceFrame sample;

    /**
     * @param sample 20 ms of typical audio in {@code from}, for the cost measurement
     */
    protected SampleTranslator(Format from, Format to, Conversion conversion, byte[] sample) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.sample = new VoiceFrame(from, sample, sample.length / bytesPerSample(from));
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
            private boolean warned;

            @Override
            public VoiceFrame translate(VoiceFrame in) {
                if (in == null || in.format() != from) {
                    warnOnce("dropping a frame in " + (in == null ? "null" : in.format().name()) + ", expected "
                            + from.name());
                    return null;
                }
                byte[] payload = in.payload();
                int samples = payload.length / bytesPerSample(from);
                if (payload.length % bytesPerSample(from) != 0) {
                    warnOnce("frame of " + payload.length + " bytes (odd): dropping the last byte");
                }
                byte[] out = new byte[samples * bytesPerSample(to)];
                conversion.convert(payload, out, samples);
                return new VoiceFrame(to, out, samples);
            }

            private void warnOnce(String what) {
                // Once per session: a broken peer sends 50 such frames a second.
                if (!warned) {
                    warned = true;
                    LOG.warn("{}: {}", SampleTranslator.this, what);
                }
            }

            @Override
            public void close() {
                // stateless: nothing to release
            }
        };
    }

    /** Two bytes per sample for 16-bit linear, one for a G.711 code. */
    private static int bytesPerSample(Format format) {
        return format == Format.SLIN ? 2 : 1;
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
