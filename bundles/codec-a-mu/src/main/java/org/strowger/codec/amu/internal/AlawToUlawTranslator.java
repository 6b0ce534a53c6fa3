package org.strowger.codec.amu.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;

/** A-law to mu-law by G.711 Table 4: Asterisk's {@code alawtoulaw} of {@code codec_a_mu.c}. */
@Component(service = Translator.class, property = {Translator.FROM + "=alaw", Translator.TO + "=ulaw"})
public final class AlawToUlawTranslator extends DirectTranslator {

    public AlawToUlawTranslator() {
        super(Format.ALAW, Format.ULAW, alawSample());
    }

    private static byte[] alawSample() {
        byte[] ulaw = SampleAudio.dialToneUlaw();
        byte[] alaw = new byte[ulaw.length];
        G711CodeConversion.ulawToAlaw(ulaw, alaw, ulaw.length);
        return alaw;
    }

    @Override
    void convert(byte[] in, byte[] out, int count) {
        G711CodeConversion.alawToUlaw(in, out, count);
    }
}
