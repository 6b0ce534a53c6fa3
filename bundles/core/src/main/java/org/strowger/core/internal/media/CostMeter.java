package org.strowger.core.internal.media;

import org.strowger.api.media.Translator;

/** Measures what a translator costs, the way Asterisk ranks translators. */
public interface CostMeter {

    /**
     * Microseconds of CPU that the translator needs for one second of audio, at least 1.
     *
     * @param seconds how many seconds of audio to translate per measurement
     * @throws UnusableTranslatorException when the translator cannot be measured: it has no sample
     *     audio, throws, or produces something other than it promised
     */
    int microsPerSecond(Translator translator, int seconds) throws UnusableTranslatorException;
}
