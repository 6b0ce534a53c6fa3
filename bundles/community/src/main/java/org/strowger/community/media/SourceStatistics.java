package org.strowger.community.media;

/**
 * Reception statistics of one synchronisation source, kept as RFC 3550 appendix A prescribes:
 * A.1 for the extended highest sequence number (16-bit wrap counted in cycles, large jumps taken as a
 * restart only when the next packet confirms them), A.3 for the cumulative number lost
 * ({@code expected - received}, where {@code expected = extended highest - base + 1}; negative when
 * duplicates arrived) and A.8 for the interarrival jitter ({@code J += (|D| - J) / 16} with D the
 * difference of relative transit times, in timestamp units).
 *
 * <p>Not thread-safe: the session updates it from its receive thread and hands out
 * {@link Snapshot}s.
 */
public final class SourceStatistics {

    /** RFC 3550 A.1 constants. */
    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    static final int RTP_SEQ_MOD = 1 << 16;

    private final long ssrc;
    private final int clockRate;

    private int maxSeq;
    private int cycles;
    private int baseSeq;
    private int badSeq = RTP_SEQ_MOD + 1;
    private long received;
    private long duplicatesOrLate;
    private boolean started;

    private boolean haveTransit;
    private double transit;
    private double jitter;

    /** Statistics of {@code ssrc} whose RTP clock runs at {@code clockRate} Hz. */
    public SourceStatistics(long ssrc, int clockRate) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clock rate must be positive, got " + clockRate);
        }
        this.ssrc = ssrc;
        this.clockRate = clockRate;
    }

    /**
     * Accounts for one packet that arrived at {@code arrivalNanos} (any monotonic clock, e.g.
     * {@link System#nanoTime()}). {@code countsForJitter} is false for packets whose timestamp does not
     * follow the sampling clock, such as RFC 4733 events, whose timestamp stays at the event start.
     */
    public void update(int seq, long rtpTimestamp, long arrivalNanos, boolean countsForJitter) {
        updateSequence(seq);
        if (countsForJitter) {
            updateJitter(rtpTimestamp, arrivalNanos * (double) clockRate / 1_000_000_000d);
        }
    }

    /** As {@link #update}, with the arrival time already in timestamp units (RFC 3550 A.8's "arrival"). */
    public void updateInTimestampUnits(int seq, long rtpTimestamp, double arrival, boolean countsForJitter) {
        updateSequence(seq);
        if (countsForJitter) {
            updateJitter(rtpTimestamp, arrival);
        }
    }

    private void updateSequence(int seq) {
        if (!started) {
            initSequence(seq);
            started = true;
            received = 1;
            return;
        }
        int udelta = (seq - maxSeq) & 0xFFFF;
        if (udelta == 0) {
            // a duplicate of the highest packet: A.1 counts it like an in-order one
            duplicatesOrLate++;
        } else if (udelta < MAX_DROPOUT) {
            // in order, with a permissible gap
            if (seq < maxSeq) {
                cycles += RTP_SEQ_MOD;
            }
            maxSeq = seq;
        } else if (udelta <= RTP_SEQ_MOD - MAX_MISORDER) {
            // a very large jump: believe it only if the next packet continues from it (the sender restarted)
            if (seq == badSeq) {
                initSequence(seq);
                received = 0;
            } else {
                badSeq = (seq + 1) & 0xFFFF;
                return;
            }
        } else {
            // duplicate or reordered packet: counted as received, which is how A.3 lets "lost" go negative
            duplicatesOrLate++;
        }
        received++;
    }

    private void initSequence(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = RTP_SEQ_MOD + 1;
        cycles = 0;
    }

    private void updateJitter(long rtpTimestamp, double arrival) {
        // relative transit time; the 32-bit timestamp wraps, so it is compared as an unsigned offset
        double t = arrival - rtpTimestamp;
        if (haveTransit) {
            double d = t - transit;
            // a timestamp wrap shows as a jump of 2^32 in transit: fold it back
            if (d > 2147483648d) {
                d -= 4294967296d;
            } else if (d < -2147483648d) {
                d += 4294967296d;
            }
            jitter += (Math.abs(d) - jitter) / 16d;
        }
        transit = t;
        haveTransit = true;
    }

    /** The source. */
    public long ssrc() {
        return ssrc;
    }

    /** The current figures. */
    public Snapshot snapshot() {
        long extendedMax = (long) cycles + maxSeq;
        long expected = started ? extendedMax - baseSeq + 1 : 0;
        return new Snapshot(ssrc, received, expected, expected - received, extendedMax, duplicatesOrLate, jitter,
                jitter * 1000d / clockRate);
    }

    /**
     * Figures of one source at one moment.
     *
     * @param ssrc                 the source
     * @param received             packets received (duplicates included, as RFC 3550 A.3 counts)
     * @param expected             extended highest sequence number - base + 1
     * @param lost                 cumulative number lost, {@code expected - received} (negative with duplicates)
     * @param extendedHighestSeq   cycles * 65536 + highest sequence number seen
     * @param duplicatesOrLate     packets that arrived behind the highest sequence number
     * @param jitter               interarrival jitter in timestamp units
     * @param jitterMillis         the same in milliseconds
     */
    public record Snapshot(long ssrc, long received, long expected, long lost, long extendedHighestSeq,
            long duplicatesOrLate, double jitter, double jitterMillis) {

        /** Lost packets as a fraction of the expected ones, 0 when nothing was expected or nothing lost. */
        public double lossFraction() {
            return expected <= 0 || lost <= 0 ? 0 : (double) lost / expected;
        }
    }
}
