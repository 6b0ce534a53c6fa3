package org.strowger.codec.support;

import java.util.Objects;

import org.strowger.api.media.Format;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * A stateless translator that converts each frame sample by sample (G.711's laws and the direct
 * conversion between them). Each frame gets a new payload and a new {@link VoiceFrame}: frames are
 * immutable once handed on. An odd byte count of slin loses its last half sample, as Asterisk's
 * {@code lintoulaw} converts {@code datalen / 2} samples.
 */
public abstract class SampleTranslator extends CodecTranslator {

    private final Conversion conversion;

    /**
     * @param sample 20 ms of typical audio in {@code from}, for the cost measurement
     */
    protected SampleTranslator(Format from, Format to, Conversion conversion, byte[] sample) {
        super(from, to, sample, sample.length / bytesPerSample(from));
        this.conversion = Objects.requireNonNull(conversion, "conversion");
    }

    @Override
    public final TranslatorSession open() {
        return new Session() {
            @Override
            protected VoiceFrame convert(byte[] payload) {
                int samples = payload.length / bytesPerSample(from());
                if (payload.length % bytesPerSample(from()) != 0) {
                    warnOnce("frame of " + payload.length + " bytes (odd): dropping the last byte");
                }
                byte[] out = new byte[samples * bytesPerSample(to())];
                conversion.convert(payload, out, samples);
                return new VoiceFrame(to(), out, samples);
            }
        };
    }

    /** Two bytes per sample for 16-bit linear, one for a G.711 code. */
    private static int bytesPerSample(Format format) {
        return format == Format.SLIN ? 2 : 1;
    }
}
