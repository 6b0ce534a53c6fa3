package org.strowger.benchmarks.community;

import java.util.Arrays;
import java.util.Locale;

/** Nanosecond samples and their nearest-rank percentiles in milliseconds. */
final class Stats {
    private long[] samples;
    private int size;

    Stats(int capacity) {
        samples = new long[Math.max(16, capacity)];
    }

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int size() {
        return size;
    }

    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    synchronized String summary() {
        return String.format(Locale.ROOT, "p50=%.2f p95=%.2f p99=%.2f p99.9=%.2f max=%.2f ms (n=%d)", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(99.9), percentileMillis(100), size);
    }
}
