package org.strowger.codec.ulaw.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleAudio;
import org.strowger.codec.support.SampleTranslator;

/** slin to mu-law: Asterisk's {@code lintoulaw} of {@code codec_ulaw.c}, rounding as G.191 does. */
@Component(service = Translator.class, property = {Translator.FROM + "=slin", Translator.TO + "=ulaw"})
public final class SlinToUlawTranslator extends SampleTranslator {

    public SlinToUlawTranslator() {
        super(Format.SLIN, Format.ULAW, Ulaw::encode, SampleAudio.dialToneSlin());
    }
}
