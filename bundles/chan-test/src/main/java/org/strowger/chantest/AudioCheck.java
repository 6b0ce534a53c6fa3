package org.strowger.chantest;

import java.util.Objects;
import org.strowger.api.media.Format;

/**
 * Assertions on received audio for tests: decoding to linear samples and a Goertzel measurement of
 * one frequency, e.g. "what arrived is a 1000 Hz tone at -10 dBFS with 30 dB SNR".
 */
public final class AudioCheck {

    private static final double FULL_SCALE = 32767.0;

    private AudioCheck() {
    }

    /**
     * Decodes audio to 16-bit linear samples.
     *
     * @throws IllegalArgumentException for G.729, which this bundle cannot decode
     */
    public static short[] decode(Format format, byte[] audio) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(audio, "audio");
        if (format == Format.ULAW || format == Format.ALAW) {
            boolean ulaw = format == Format.ULAW;
            short[] samples = new short[audio.length];
            for (int i = 0; i < audio.length; i++) {
                samples[i] = ulaw ? G711.ulawToLinear(audio[i]) : G711.alawToLinear(audio[i]);
            }
            return samples;
        }
        if (format == Format.SLIN) {
            short[] samples = new short[audio.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((audio[2 * i] & 0xFF) | (audio[2 * i + 1] << 8));
            }
            return samples;
        }
        throw new IllegalArgumentException("cannot decode " + format + " audio; use a slin, ulaw or alaw channel");
    }

    /**
     * Measures one frequency in encoded audio at the format's sample rate.
     *
     * @see #measureTone(short[], int, double)
     */
    public static ToneMeasurement measureTone(Format format, byte[] audio, double frequency) {
        return measureTone(decode(format, audio), format.sampleRate(), frequency);
    }

    /**
     * Measures one frequency with the Goertzel algorithm. The samples are first trimmed to a whole
     * number of the tone's periods, so a pure tone does not leak into the noise figure; at least one
     * period must be there.
     *
     * @throws IllegalArgumentException if the frequency is not between 0 and half the sample rate, or
     *     the audio is shorter than one period of it
     */
    public static ToneMeasurement measureTone(short[] samples, int sampleRate, double frequency) {
        if (!(frequency > 0 && frequency < sampleRate / 2.0)) {
            throw new IllegalArgumentException("frequency " + frequency + " Hz is not between 0 and "
                    + sampleRate / 2 + " Hz");
        }
        double samplesPerPeriod = sampleRate / frequency;
        int periods = (int) Math.floor(samples.length / samplesPerPeriod);
        if (periods < 1) {
            throw new IllegalArgumentException(samples.length + " samples do not hold one period of "
                    + frequency + " Hz");
        }
        int length = wholePeriodsLength(samples.length, sampleRate, frequency, periods, samplesPerPeriod);
        double total = 0;
        for (int i = 0; i < length; i++) {
            total += (double) samples[i] * samples[i];
        }
        double power = goertzelPower(samples, 0, length, sampleRate, frequency);
        // Parseval: a sine of amplitude A over N samples has energy A^2 N / 2 and |X(f)|^2 = (A N / 2)^2
        double toneEnergy = Math.min(total, 2.0 * power / length);
        double amplitude = Math.sqrt(2.0 * toneEnergy / length);
        double rest = total - toneEnergy;
        double levelDbfs = amplitude == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(amplitude / FULL_SCALE);
        double snrDb;
        if (toneEnergy == 0) {
            snrDb = Double.NEGATIVE_INFINITY;
        } else if (rest <= 0) {
            snrDb = Double.POSITIVE_INFINITY;
        } else {
            snrDb = 10 * Math.log10(toneEnergy / rest);
        }
        return new ToneMeasurement(frequency, length, levelDbfs, snrDb);
    }

    /**
     * The Goertzel algorithm: {@code |X(f)|^2}, the squared magnitude of the discrete Fourier
     * transform of {@code length} samples at frequency {@code f} (which need not fall on a bin).
     */
    public static double goertzelPower(short[] samples, int offset, int length, int sampleRate, double frequency) {
        Objects.checkFromIndexSize(offset, length, samples.length);
        double omega = 2 * Math.PI * frequency / sampleRate;
        double coefficient = 2 * Math.cos(omega);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = offset; i < offset + length; i++) {
            double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }

    /**
     * The longest prefix that holds whole periods: exact when the tone's period is a whole number of
     * samples apart (integer Hz at 8 kHz always repeats within the sample rate), else the nearest.
     */
    private static int wholePeriodsLength(int available, int sampleRate, double frequency, int periods,
            double samplesPerPeriod) {
        if (frequency == Math.rint(frequency)) {
            int hz = (int) frequency;
            int exactPeriod = sampleRate / gcd(sampleRate, hz);
            if (exactPeriod <= available) {
                return available / exactPeriod * exactPeriod;
            }
        }
        return (int) Math.min(available, Math.round(periods * samplesPerPeriod));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
