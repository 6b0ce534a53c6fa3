package org.strowger.codec.ulaw.internal;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/** mu-law to slin: Asterisk's {@code ulawtolin} of {@code codec_ulaw.c}, with G.191 values. */
@Component(service = Translator.class, property = {Translator.FROM + "=ulaw", Translator.TO + "=slin"})
public final class UlawToSlinTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(UlawToSlinTranslator.class);

    private final VoiceFrame sample;

    public UlawToSlinTranslator() {
        byte[] slin = SampleAudio.dialToneSlin();
        byte[] codes = new byte[SampleAudio.SAMPLES];
        Ulaw.encode(slin, codes, SampleAudio.SAMPLES);
        sample = new VoiceFrame(Format.ULAW, codes, SampleAudio.SAMPLES);
    }

    @Override
    public Format from() {
        return Format.ULAW;
    }

    @Override
    public Format to() {
        return Format.SLIN;
    }

    @Override
    public VoiceFrame sample() {
        return sample;
    }

    @Override
    public TranslatorSession open() {
        return new Session();
    }

    /** Stateless apart from the one-warning flag: every code decodes on its own. */
    private static final class Session implements TranslatorSession {

        private boolean warned;

        @Override
        public VoiceFrame translate(VoiceFrame in) {
            // Never throw into a call: a frame in another format is dropped (null is the contract's
            // "no output for this input"), with one warning per session.
            if (in == null || in.format() != Format.ULAW) {
                if (!warned) {
                    warned = true;
                    LOG.warn("ulaw->slin: dropping a frame in {}, expected ulaw", in == null ? "null" : in.format().name());
                }
                return null;
            }
            byte[] codes = in.payload();
            // Every byte is a whole mu-law sample, so any length is valid.
            byte[] slin = new byte[codes.length * 2];
            Ulaw.decode(codes, slin, codes.length);
            return new VoiceFrame(Format.SLIN, slin, codes.length);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    @Override
    public String toString() {
        return "ulaw->slin";
    }
}
