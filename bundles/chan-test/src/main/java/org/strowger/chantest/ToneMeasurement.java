package org.strowger.chantest;

import java.util.Locale;

/**
 * How strongly one frequency is present in a stretch of audio, from {@link AudioCheck#measureTone}.
 *
 * @param frequency the frequency measured, in Hz
 * @param samples how many samples were measured (trimmed to whole periods of the tone)
 * @param levelDbfs the tone's level: its amplitude relative to a full-scale sine (32767), in dB; a
 *     silent signal gives {@link Double#NEGATIVE_INFINITY}
 * @param snrDb the tone's energy against everything else (noise, other tones, quantisation), in dB
 */
public record ToneMeasurement(double frequency, int samples, double levelDbfs, double snrDb) {

    /** Whether the tone is there, at least as loud as {@code minLevelDbfs}, and clean to {@code minSnrDb}. */
    public boolean isTone(double minLevelDbfs, double minSnrDb) {
        return levelDbfs >= minLevelDbfs && snrDb >= minSnrDb;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f Hz over %d samples: %.1f dBFS, SNR %.1f dB",
                frequency, samples, levelDbfs, snrDb);
    }
}
