package org.strowger.community.media;

/**
 * A sine tone (or the sum of several, such as a DTMF pair) at 8 kHz, produced frame by frame with the
 * phase carried over so that consecutive frames join without clicks.
 */
public final class ToneGenerator {

    private final double[] steps;
    private final double amplitude;
    private final double[] phases;

    /**
     * @param amplitude peak of the summed tones, 0..32767
     * @param hertz     one or more frequencies, each above 0 and below the Nyquist limit of 4000 Hz
     */
    public ToneGenerator(int amplitude, double... hertz) {
        if (hertz.length == 0) {
            throw new IllegalArgumentException("a tone needs at least one frequency");
        }
        if (amplitude < 0 || amplitude > Short.MAX_VALUE) {
            throw new IllegalArgumentException("tone amplitude " + amplitude + " outside 0..32767");
        }
        steps = new double[hertz.length];
        for (int i = 0; i < hertz.length; i++) {
            if (!(hertz[i] > 0 && hertz[i] < PayloadType.CLOCK_RATE / 2d)) {
                throw new IllegalArgumentException("tone frequency " + hertz[i] + " Hz outside (0, 4000) at 8 kHz sampling");
            }
            steps[i] = 2 * Math.PI * hertz[i] / PayloadType.CLOCK_RATE;
        }
        this.amplitude = amplitude / (double) hertz.length;
        this.phases = new double[hertz.length];
    }

    /** The next {@code samples} samples as 16-bit little-endian bytes. */
    public byte[] next(int samples) {
        byte[] out = new byte[samples * 2];
        for (int n = 0; n < samples; n++) {
            double value = 0;
            for (int i = 0; i < steps.length; i++) {
                value += Math.sin(phases[i]);
                phases[i] += steps[i];
                if (phases[i] > 2 * Math.PI) {
                    phases[i] -= 2 * Math.PI;
                }
            }
            int sample = (int) Math.round(value * amplitude);
            out[2 * n] = (byte) sample;
            out[2 * n + 1] = (byte) (sample >> 8);
        }
        return out;
    }
}
