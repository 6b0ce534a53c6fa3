package org.strowger.codec.amu.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleTranslator;

/** A-law to mu-law by G.711 Table 4: Asterisk's {@code alawtoulaw} of {@code codec_a_mu.c}. */
@Component(service = Translator.class, property = {Translator.FROM + "=alaw", Translator.TO + "=ulaw"})
public final class AlawToUlawTranslator extends SampleTranslator {

    public AlawToUlawTranslator() {
        super(Format.ALAW, Format.ULAW, G711CodeConversion::alawToUlaw, alawSample());
    }

    private static byte[] alawSample() {
        byte[] ulaw = SampleAudio.dialToneUlaw();
        byte[] alaw = new byte[ulaw.length];
        G711CodeConversion.ulawToAlaw(ulaw, alaw, ulaw.length);
        return alaw;
    }
}
