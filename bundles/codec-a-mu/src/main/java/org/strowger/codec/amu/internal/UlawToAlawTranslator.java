package org.strowger.codec.amu.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;

/** mu-law to A-law by G.711 Table 3: Asterisk's {@code ulawtoalaw} of {@code codec_a_mu.c}. */
@Component(service = Translator.class, property = {Translator.FROM + "=ulaw", Translator.TO + "=alaw"})
public final class UlawToAlawTranslator extends DirectTranslator {

    public UlawToAlawTranslator() {
        super(Format.ULAW, Format.ALAW, SampleAudio.dialToneUlaw());
    }

    @Override
    void convert(byte[] in, byte[] out, int count) {
        G711CodeConversion.ulawToAlaw(in, out, count);
    }
}
