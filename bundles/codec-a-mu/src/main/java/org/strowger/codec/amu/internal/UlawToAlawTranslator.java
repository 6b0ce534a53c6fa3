package org.strowger.codec.amu.internal;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.codec.support.SampleTranslator;

/** mu-law to A-law by G.711 Table 3: Asterisk's {@code ulawtoalaw} of {@code codec_a_mu.c}. */
@Component(service = Translator.class, property = {Translator.FROM + "=ulaw", Translator.TO + "=alaw"})
public final class UlawToAlawTranslator extends SampleTranslator {

    public UlawToAlawTranslator() {
        super(Format.ULAW, Format.ALAW, G711CodeConversion::ulawToAlaw, SampleAudio.dialToneUlaw());
    }
}
