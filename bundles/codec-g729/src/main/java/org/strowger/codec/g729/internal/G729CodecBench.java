package org.strowger.codec.g729.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code bench [seconds]}: how many times faster than real time one encoder and one decoder run on
 * this machine, on one thread. The audio is synthetic but speech-like (voiced stretches with a
 * gliding pitch through two formant resonators, unvoiced noise, pauses), so the searches do the work
 * they do on speech. For comparisons across versions use the JMH benchmark in {@code benchmarks/}.
 */
final class G729CodecBench {

    private static final int SAMPLES = G729Translator.SAMPLES_PER_FRAME;
    private static final int BYTES = G729Translator.BYTES_PER_FRAME;
    /** Ten seconds of audio, cycled. */
    private static final int FRAMES = 1000;

    private G729CodecBench() {
    }

    static void run(double seconds, PrintStream out) {
        short[] pcm = speechLike(FRAMES * SAMPLES, 729);
        byte[] coded = new byte[FRAMES * BYTES];
        short[] decoded = new short[SAMPLES];
        G729Encoder encoder = new G729Encoder();
        G729Decoder decoder = new G729Decoder();
        // warm up for a second, or as long as the measurement when that is shorter
        long warmUntil = System.nanoTime() + Math.min(1_000_000_000L, (long) (seconds * 1e9));
        do {
            for (int f = 0; f < FRAMES; f++) {
                encoder.encodePacked(pcm, f * SAMPLES, coded, f * BYTES);
            }
            for (int f = 0; f < FRAMES; f++) {
                decoder.decodePacked(coded, f * BYTES, decoded, 0);
            }
        } while (System.nanoTime() < warmUntil);
        long budget = (long) (seconds * 1e9);
        long frames = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int f = 0; f < FRAMES; f++) {
                encoder.encodePacked(pcm, f * SAMPLES, coded, f * BYTES);
            }
            frames += FRAMES;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        report(out, "encoder", frames, elapsed);
        frames = 0;
        start = System.nanoTime();
        do {
            for (int f = 0; f < FRAMES; f++) {
                decoder.decodePacked(coded, f * BYTES, decoded, 0);
            }
            frames += FRAMES;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        report(out, "decoder", frames, elapsed);
    }

    private static void report(PrintStream out, String what, long frames, long nanos) {
        double perFrameMicros = nanos / 1e3 / frames;
        double realTime = 10_000 / perFrameMicros;
        out.println(String.format(Locale.ROOT, "%s: %d frames in %.2f s: %.2f us per 10 ms frame, %.0fx real time on one thread",
                what, frames, nanos / 1e9, perFrameMicros, realTime));
    }

    /** Deterministic speech-like audio: the same samples for the same seed on every machine. */
    static short[] speechLike(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] pcm = new short[samples];
        double f1y1 = 0, f1y2 = 0, f2y1 = 0, f2y2 = 0;
        int i = 0;
        while (i < samples) {
            int kind = random.nextInt(10); // 0-5 voiced, 6-7 unvoiced, 8-9 pause
            int length = Math.min(samples - i, 800 + random.nextInt(2400));
            double pitch = 90 + random.nextInt(160);
            double glide = (random.nextDouble() - 0.5) * 60 / length;
            double formant1 = 300 + random.nextInt(600);
            double formant2 = 900 + random.nextInt(1600);
            double gain = kind < 6 ? 2500 + random.nextInt(6000) : kind < 8 ? 300 + random.nextInt(1200) : 20;
            double[] r1 = resonator(formant1, 0.97);
            double[] r2 = resonator(formant2, 0.94);
            double phase = 0;
            for (int n = 0; n < length; n++, i++) {
                double excitation;
                if (kind < 6) {
                    phase += (pitch + glide * n) / 8000;
                    excitation = phase >= 1 ? 1 : 0;
                    phase -= Math.floor(phase);
                    excitation = excitation * 8 + random.nextGaussian() * 0.05;
                } else {
                    excitation = random.nextGaussian() * 0.5;
                }
                double y1 = r1[0] * excitation + r1[1] * f1y1 + r1[2] * f1y2;
                f1y2 = f1y1;
                f1y1 = y1;
                double y2 = r2[0] * y1 + r2[1] * f2y1 + r2[2] * f2y2;
                f2y2 = f2y1;
                f2y1 = y2;
                double value = y2 * gain * 0.05;
                pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(value)));
            }
        }
        return pcm;
    }

    /** A two-pole resonator at {@code frequency} Hz: gain, a1, a2 of y[n] = g x[n] + a1 y[n-1] + a2 y[n-2]. */
    private static double[] resonator(double frequency, double radius) {
        double theta = 2 * Math.PI * frequency / 8000;
        return new double[] {1 - radius, 2 * radius * Math.cos(theta), -radius * radius};
    }
}
