package org.strowger.codec.ulaw.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleAudio;
import org.strowger.codec.support.SampleTranslator;

/** mu-law to slin: Asterisk's {@code ulawtolin} of {@code codec_ulaw.c}, with G.191 values. */
@Component(service = Translator.class, property = {Translator.FROM + "=ulaw", Translator.TO + "=slin"})
public final class UlawToSlinTranslator extends SampleTranslator {

    public UlawToSlinTranslator() {
        super(Format.ULAW, Format.SLIN, Ulaw::decode, codedSample());
    }

    private static byte[] codedSample() {
        byte[] codes = new byte[SampleAudio.SAMPLES];
        Ulaw.encode(SampleAudio.dialToneSlin(), codes, SampleAudio.SAMPLES);
        return codes;
    }
}
