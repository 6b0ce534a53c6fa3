package org.strowger.chantest.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.G711;

/**
 * Sine tones as ready-made 20 ms frames, one cycle of frames per frequency and format, shared by
 * every channel that plays it: sending a tone then allocates nothing per frame.
 *
 * <p>A whole-hertz frequency {@code f} repeats every {@code 8000 / gcd(8000, f)} samples, which
 * divides 8000, so a cycle of whole frames ({@code lcm(160, that)} samples) divides 8000 too: at
 * most 50 frames (one second), one frame for 1000 Hz, five for 440 Hz. The cycle therefore joins
 * without a click.
 */
public final class ToneCache {

    /** -10 dBFS: a sine's peak at 10^(-10/20) of full scale. */
    public static final int AMPLITUDE = (int) Math.round(32767 * Math.pow(10, -10 / 20.0));

    private static final int SAMPLE_RATE = 8000;
    private static final int FRAME_SAMPLES = SAMPLE_RATE * MediaClock.PERIOD_MILLIS / 1000;

    private final Map<Format, Map<Integer, List<VoiceFrame>>> cycles = new ConcurrentHashMap<>();

    /**
     * The frames of one cycle of the tone, to be sent in order and repeated.
     *
     * @throws IllegalArgumentException for a frequency outside 1 to 3999 Hz or a format other than
     *     slin, ulaw and alaw
     */
    public List<VoiceFrame> cycle(Format format, int hz) {
        if (hz < 1 || hz > FarEndScript.MAX_TONE_HZ) {
            throw new IllegalArgumentException("a tone takes whole hertz from 1 to " + FarEndScript.MAX_TONE_HZ + ", not " + hz);
        }
        if (format != Format.SLIN && format != Format.ULAW && format != Format.ALAW) {
            throw new IllegalArgumentException("cannot send a tone in " + format + ", this driver has no " + format + " encoder");
        }
        return cycles.computeIfAbsent(format, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(hz, frequency -> generate(format, frequency));
    }

    /** How many 20 ms frames one cycle of a tone takes. */
    static int framesPerCycle(int hz) {
        int period = SAMPLE_RATE / gcd(SAMPLE_RATE, hz);
        int cycleSamples = FRAME_SAMPLES / gcd(FRAME_SAMPLES, period) * period;
        return cycleSamples / FRAME_SAMPLES;
    }

    private static List<VoiceFrame> generate(Format format, int hz) {
        int frames = framesPerCycle(hz);
        VoiceFrame[] cycle = new VoiceFrame[frames];
        for (int f = 0; f < frames; f++) {
            byte[] payload = new byte[format == Format.SLIN ? 2 * FRAME_SAMPLES : FRAME_SAMPLES];
            for (int i = 0; i < FRAME_SAMPLES; i++) {
                long n = (long) f * FRAME_SAMPLES + i;
                // reduce n * hz modulo the rate first, so the phase stays exact over the whole cycle
                double phase = 2 * Math.PI * ((n * hz) % SAMPLE_RATE) / SAMPLE_RATE;
                int sample = (int) Math.round(AMPLITUDE * Math.sin(phase));
                if (format == Format.SLIN) {
                    payload[2 * i] = (byte) sample;
                    payload[2 * i + 1] = (byte) (sample >> 8);
                } else if (format == Format.ULAW) {
                    payload[i] = G711.linearToUlaw(sample);
                } else {
                    payload[i] = G711.linearToAlaw(sample);
                }
            }
            cycle[f] = new VoiceFrame(format, payload, FRAME_SAMPLES);
        }
        return List.of(cycle);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
