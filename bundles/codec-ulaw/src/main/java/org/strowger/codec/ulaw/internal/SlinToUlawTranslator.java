package org.strowger.codec.ulaw.internal;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/** slin to mu-law: Asterisk's {@code lintoulaw} of {@code codec_ulaw.c}, with G.191 rounding. */
@Component(service = Translator.class, property = {Translator.FROM + "=slin", Translator.TO + "=ulaw"})
public final class SlinToUlawTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(SlinToUlawTranslator.class);

    private final VoiceFrame sample = new VoiceFrame(Format.SLIN, SampleAudio.dialToneSlin(), SampleAudio.SAMPLES);

    @Override
    public Format from() {
        return Format.SLIN;
    }

    @Override
    public Format to() {
        return Format.ULAW;
    }

    @Override
    public VoiceFrame sample() {
        return sample;
    }

    @Override
    public TranslatorSession open() {
        return new Session();
    }

    /** Stateless apart from the one-warning flag: G.711 encodes each sample on its own. */
    private static final class Session implements TranslatorSession {

        private boolean warned;

        @Override
        public VoiceFrame translate(VoiceFrame in) {
            // Never throw into a call: a frame this translator cannot read is dropped (null is the
            // contract's "no output for this input"), and the call goes on with the next frame.
            if (in == null || in.format() != Format.SLIN) {
                warnOnce("dropping a frame in %s, expected slin", in == null ? "null" : in.format().name());
                return null;
            }
            byte[] slin = in.payload();
            // An odd byte count ends in half a sample: encode the whole samples and drop the stray
            // byte, as Asterisk's lintoulaw does (it converts datalen / 2 samples).
            int samples = slin.length / 2;
            if ((slin.length & 1) != 0) {
                warnOnce("slin frame of %d bytes (odd): dropping the last byte", slin.length);
            }
            // The output must be a new array: frames are immutable once handed on.
            byte[] codes = new byte[samples];
            Ulaw.encode(slin, codes, samples);
            return new VoiceFrame(Format.ULAW, codes, samples);
        }

        private void warnOnce(String format, Object arg) {
            // Once per session: a broken peer sends 50 such frames a second.
            if (!warned) {
                warned = true;
                LOG.warn("slin->ulaw: " + String.format(format, arg));
            }
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    @Override
    public String toString() {
        return "slin->ulaw";
    }
}
