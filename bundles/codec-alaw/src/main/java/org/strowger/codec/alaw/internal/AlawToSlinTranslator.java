package org.strowger.codec.alaw.internal;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/** A-law to slin: Asterisk's {@code alawtolin} of {@code codec_alaw.c}, with G.191 values. */
@Component(service = Translator.class, property = {Translator.FROM + "=alaw", Translator.TO + "=slin"})
public final class AlawToSlinTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(AlawToSlinTranslator.class);

    private final VoiceFrame sample;

    public AlawToSlinTranslator() {
        byte[] slin = SampleAudio.dialToneSlin();
        byte[] codes = new byte[SampleAudio.SAMPLES];
        Alaw.encode(slin, codes, SampleAudio.SAMPLES);
        sample = new VoiceFrame(Format.ALAW, codes, SampleAudio.SAMPLES);
    }

    @Override
    public Format from() {
        return Format.ALAW;
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
            if (in == null || in.format() != Format.ALAW) {
                if (!warned) {
                    warned = true;
                    LOG.warn("alaw->slin: dropping a frame in {}, expected alaw", in == null ? "null" : in.format().name());
                }
                return null;
            }
            byte[] codes = in.payload();
            // Every byte is a whole A-law sample, so any length is valid.
            byte[] slin = new byte[codes.length * 2];
            Alaw.decode(codes, slin, codes.length);
            return new VoiceFrame(Format.SLIN, slin, codes.length);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    @Override
    public String toString() {
        return "alaw->slin";
    }
}
