package org.strowger.core.internal.media;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * Asterisk's cost measurement: run the translator's own sample audio through a fresh session and
 * count the CPU time it takes. The thread's CPU time is used where the JVM offers it, so that other
 * threads competing for the two cores do not inflate the figure; wall time otherwise. Several runs,
 * the cheapest counts: the first runs pay for class loading and the JIT, not for the codec.
 */
final class CpuCostMeter implements CostMeter {

    private static final int RUNS = 5;
    /** Enough runs once this much time has gone by; a slow codec is measured at least once all the same. */
    private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean threadCpuTime = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();

    @Override
    public int microsPerSecond(Translator translator, int seconds) throws UnusableTranslatorException {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be positive: " + seconds);
        }
        Format from = translator.from();
        VoiceFrame sample = sample(translator, from);
        long samplesWanted = (long) seconds * from.sampleRate();
        long frames = (samplesWanted + sample.samples() - 1) / sample.samples();

        long started = System.nanoTime();
        long cheapest = Long.MAX_VALUE;
        for (int run = 0; run < RUNS && (run == 0 || System.nanoTime() - started < BUDGET_NANOS); run++) {
            cheapest = Math.min(cheapest, oneRun(translator, sample, frames));
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(cheapest) / seconds;
        // Asterisk never lets a translator be free: a zero would make every detour through it look as good.
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, micros));
    }

    private static VoiceFrame sample(Translator translator, Format from) throws UnusableTranslatorException {
        VoiceFrame sample;
        try {
            sample = translator.sample();
        } catch (RuntimeException e) {
            throw new UnusableTranslatorException("its sample() failed: " + e, e);
        }
        if (sample == null) {
            throw new UnusableTranslatorException("it does not produce sample frames (sample() returned null)");
        }
        if (sample.format() != from) {
            throw new UnusableTranslatorException("its sample frame is " + sample.format() + ", not " + from);
        }
        if (sample.samples() <= 0) {
            throw new UnusableTranslatorException("its sample frame holds no samples");
        }
        return sample;
    }

    /** Nanoseconds spent translating {@code frames} copies of the sample through one new session. */
    private long oneRun(Translator translator, VoiceFrame sample, long frames) throws UnusableTranslatorException {
        TranslatorSession session;
        try {
            session = translator.open();
        } catch (RuntimeException e) {
            throw new UnusableTranslatorException("it failed to open a session: " + e, e);
        }
        if (session == null) {
            throw new UnusableTranslatorException("it opened no session (open() returned null)");
        }
        Format to = translator.to();
        boolean producedAudio = false;
        long spent;
        try {
            long begin = now();
            for (long i = 0; i < frames; i++) {
                VoiceFrame out = session.translate(sample);
                if (out != null) {
                    if (out.format() != to) {
                        throw new UnusableTranslatorException("it produced " + out.format() + " instead of " + to);
                    }
                    producedAudio = true;
                }
            }
            spent = now() - begin;
        } catch (RuntimeException e) {
            throw new UnusableTranslatorException("it failed to translate its own sample: " + e, e);
        } finally {
            closeQuietly(session);
        }
        if (!producedAudio) {
            throw new UnusableTranslatorException("it produced no audio from " + frames + " sample frames");
        }
        return spent;
    }

    private long now() {
        return threadCpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void closeQuietly(TranslatorSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            // The measurement is what matters here; a session that cannot close shows up again in calls.
        }
    }
}
