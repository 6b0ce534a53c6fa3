package org.strowger.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.media.MediaClock;
import org.strowger.benchmarks.BenchPbx;
import org.strowger.core.internal.media.MediaClockImpl;

/**
 * Steady state of N bridged calls on the real {@link MediaClockImpl}: every channel's generator sends a
 * 20 ms frame per tick, the bridge forwards it to the peer, and the harness measures for a while how
 * the clock keeps time (late ticks, worst lag), whether every frame arrived, and what a call costs in
 * CPU. Not a JMH benchmark: what matters is a clock running in real time with many calls on it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.load.CallLoadHarness \
 *     --calls 100,250,500,1000,2000 --mode native --warmup 5 --seconds 20
 * </pre>
 *
 * Options: {@code --calls} list of N; {@code --mode native} (ulaw both ends) or {@code transcoding}
 * (ulaw caller, alaw callee: each frame goes ulaw->slin->alaw or back); {@code --warmup} and
 * {@code --seconds} per N; {@code --threads} media threads (default: one per available core, as in the
 * PBX).
 */
public final class CallLoadHarness {

    private CallLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("calls", "mode", "warmup", "seconds", "threads"));
        List<Integer> counts = options.integers("calls", "100,250,500,1000,2000");
        String mode = options.string("mode", "native");
        if (!mode.equals("native") && !mode.equals("transcoding")) {
            throw new IllegalArgumentException("--mode is native or transcoding, not " + mode);
        }
        int warmup = options.integer("warmup", 5);
        int seconds = options.integer("seconds", 20);
        int threads = options.integer("threads", Runtime.getRuntime().availableProcessors());

        System.out.printf(Locale.ROOT, "Steady state: %s bridges, %d media threads, %d cores, warm-up %d s, measured %d s%n",
                mode, threads, Runtime.getRuntime().availableProcessors(), warmup, seconds);
        System.out.println(Result.HEADER);
        MediaClockImpl clock = new MediaClockImpl(threads);
        try (BenchPbx pbx = new BenchPbx(clock)) {
            for (int calls : counts) {
                System.out.println(run(pbx, clock, calls, mode.equals("transcoding"), warmup, seconds).row());
            }
        } finally {
            clock.close();
        }
    }

    /** Sets up the calls, lets them run, measures, and hangs them up again. */
    static Result run(BenchPbx pbx, MediaClockImpl clock, int calls, boolean transcoding, int warmupSeconds,
            int seconds) throws ChannelRequestException, InterruptedException {
        List<BenchPbx.Call> live = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            live.add(pbx.connect("caller" + i, transcoding ? "callee" + i + ":alaw" : "callee" + i));
        }
        for (BenchPbx.Call call : live) {
            if (call.bridge().isNative() == transcoding) {
                throw new IllegalStateException("expected " + (transcoding ? "transcoding" : "native") + " bridges");
            }
            call.startMedia();
        }
        ProcessProbe probe = new ProcessProbe();
        TimeUnit.SECONDS.sleep(warmupSeconds);

        clock.resetStatistics();
        ProcessProbe.Snapshot before = probe.snapshot();
        long receivedBefore = received(live);
        TimeUnit.SECONDS.sleep(seconds);
        MediaClockImpl.Statistics statistics = clock.statistics();
        long receivedAfter = received(live);
        ProcessProbe.Snapshot after = probe.snapshot();

        // Forwarding is synchronous, so once the generators stop every frame ever sent has arrived or
        // was lost on the way: compare over the calls' whole life, not the window, whose edges are
        // read at slightly different moments for each of the thousands of counters.
        long lost = 0;
        long wrongFormat = 0;
        for (BenchPbx.Call call : live) {
            call.stopMedia();
        }
        for (BenchPbx.Call call : live) {
            lost += call.sent() - call.received();
            wrongFormat += call.receivedInOtherFormat();
            call.hangup();
        }
        double wallSeconds = (after.wallNanos() - before.wallNanos()) / 1e9;
        long expected = Math.round(2L * calls * wallSeconds * 1000 / MediaClock.PERIOD_MILLIS);
        return new Result(transcoding ? "transcoding" : "native", calls, wallSeconds, statistics, receivedAfter - receivedBefore,
                expected, lost, wrongFormat, before, after);
    }

    private static long received(List<BenchPbx.Call> calls) {
        long sum = 0;
        for (BenchPbx.Call call : calls) {
            sum += call.received();
        }
        return sum;
    }

    /** One N's measurement. */
    record Result(String mode, int calls, double wallSeconds, MediaClockImpl.Statistics clock, long delivered,
            long expected, long lost, long wrongFormat, ProcessProbe.Snapshot before, ProcessProbe.Snapshot after) {

        static final String HEADER = String.format(Locale.ROOT, "%-11s %5s %6s %5s %9s %4s %26s %9s %9s %6s %9s %9s %4s",
                "mode", "calls", "ticks", "late", "maxLag_us", "fail", "delivered/expected", "cpu_us/cs", "media_us",
                "proc_%", "media_B/f", "media_B/t", "gcs");

        /** Process CPU per call per second of call, in microseconds (1000 = 0.1 % of a core per call). */
        double processMicrosPerCallSecond() {
            return calls == 0 ? 0 : (after.processCpuNanos() - before.processCpuNanos()) / 1e3 / calls / wallSeconds;
        }

        /** Media threads' CPU per call per second of call. */
        double mediaMicrosPerCallSecond() {
            return calls == 0 ? 0 : (after.mediaCpuNanos() - before.mediaCpuNanos()) / 1e3 / calls / wallSeconds;
        }

        /** How busy the whole process kept the machine's cores, in percent of one core. */
        double processPercentOfOneCore() {
            return (after.processCpuNanos() - before.processCpuNanos()) / 1e7 / wallSeconds;
        }

        /** Bytes the media threads allocated per delivered frame. */
        double mediaBytesPerFrame() {
            return delivered == 0 ? 0 : (double) (after.mediaAllocatedBytes() - before.mediaAllocatedBytes()) / delivered;
        }

        /** Bytes the media threads allocated per shard tick: what the clock itself costs, calls or not. */
        double mediaBytesPerTick() {
            long ticks = clock.ticks();
            return ticks == 0 ? 0 : (double) (after.mediaAllocatedBytes() - before.mediaAllocatedBytes()) / ticks;
        }

        String row() {
            return String.format(Locale.ROOT, "%-11s %5d %6d %5d %9d %4d %26s %9.1f %9.1f %6.1f %9.3f %9.1f %4d", mode, calls,
                    clock.ticks(), clock.lateTicks(), clock.maxLagMicros(), clock.failures(),
                    String.format(Locale.ROOT, "%d/%d %.2f%%", delivered, expected,
                            expected == 0 ? 100.0 : 100.0 * delivered / expected),
                    processMicrosPerCallSecond(), mediaMicrosPerCallSecond(), processPercentOfOneCore(),
                    mediaBytesPerFrame(), mediaBytesPerTick(), after.collections() - before.collections())
                    + (lost != 0 ? "  LOST " + lost : "")
                    + (wrongFormat != 0 ? "  WRONG FORMAT " + wrongFormat : "");
        }
    }
}
