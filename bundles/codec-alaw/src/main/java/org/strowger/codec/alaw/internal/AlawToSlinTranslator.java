package org.strowger.codec.alaw.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleAudio;
import org.strowger.codec.support.SampleTranslator;

/** A-law to slin: Asterisk's {@code alawtolin} of {@code codec_alaw.c}, with G.191 values. */
@Component(service = Translator.class, property = {Translator.FROM + "=alaw", Translator.TO + "=slin"})
public final class AlawToSlinTranslator extends SampleTranslator {

    public AlawToSlinTranslator() {
        super(Format.ALAW, Format.SLIN, Alaw::decode, codedSample());
    }

    private static byte[] codedSample() {
        byte[] codes = new byte[SampleAudio.SAMPLES];
        Alaw.encode(SampleAudio.dialToneSlin(), codes, SampleAudio.SAMPLES);
        return codes;
    }
}
