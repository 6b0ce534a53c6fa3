package org.strowger.codec.alaw.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleAudio;
import org.strowger.codec.support.SampleTranslator;

/** slin to A-law: Asterisk's {@code lintoalaw} of {@code codec_alaw.c}, rounding as G.191 does. */
@Component(service = Translator.class, property = {Translator.FROM + "=slin", Translator.TO + "=alaw"})
public final class SlinToAlawTranslator extends SampleTranslator {

    public SlinToAlawTranslator() {
        super(Format.SLIN, Format.ALAW, Alaw::encode, SampleAudio.dialToneSlin());
    }
}
