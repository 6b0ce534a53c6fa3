package org.strowger.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.strowger.benchmarks.BenchPbx;
import org.strowger.core.internal.media.MediaClockImpl;

/**
 * Soak: many calls set up and torn down (the flows of {@link CallSetupHarness}), sampling every so
 * many calls what would betray a leak: live threads, heap after a full collection, open file
 * descriptors, and the core's own tables (channels, calls, media tasks). After the first batch (class
 * loading, JIT, pools filling) none of them should grow.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.load.SoakHarness \
 *     --flow dial --calls 100000 --sample-every 10000
 * </pre>
 *
 * Options: {@code --flow} ({@code dial}, {@code answer}, {@code bridge}); {@code --calls};
 * {@code --sample-every}; {@code --workers} calls in flight (default 10, one per core for {@code bridge});
 * {@code --background} bridged calls with media throughout (default 100); {@code --threads} media
 * threads; {@code --event-queue} the capacity of the counting subscriber's queue (default 10,000).
 */
public final class SoakHarness {

    /** A little longer than the PBX's and the Originator's idle thread timeout (five seconds). */
    private static final long IDLE_SECONDS = 6;

    private SoakHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("flow", "calls", "sample-every", "workers", "background", "threads", "event-queue"));
        int cores = Runtime.getRuntime().availableProcessors();
        int calls = options.integer("calls", 100_000);
        int sampleEvery = options.integer("sample-every", 10_000);
        String flowName = options.string("flow", "dial");
        int workers = options.integer("workers", CallFlows.defaultWorkers(flowName));
        int background = options.integer("background", 100);
        int threads = options.integer("threads", cores);
        int eventQueue = options.integer("event-queue", 10_000);

        MediaClockImpl clock = new MediaClockImpl(threads);
        ProcessProbe probe = new ProcessProbe();
        List<Sample> samples = new ArrayList<>();
        try (BenchPbx pbx = new BenchPbx(clock);
                EventCounter events = new EventCounter(pbx.events(), eventQueue);
                CallChurn churn = new CallChurn(CallFlows.create(flowName, pbx), workers)) {
            List<BenchPbx.Call> backgroundCalls = new ArrayList<>();
            for (int i = 0; i < background; i++) {
                BenchPbx.Call call = pbx.connect("bg-caller" + i, "bg-callee" + i);
                call.startMedia();
                backgroundCalls.add(call);
            }
            System.out.printf(Locale.ROOT, "Soak, flow %s: %d calls, %d cores, %d calls in flight, %d media threads, %d background calls%n",
                    flowName, calls, cores, workers, threads, background);
            System.out.println(Sample.HEADER);
            long started = System.nanoTime();
            Sample baseline = Sample.take(0, 0, pbx, clock, probe, events);
            System.out.println(baseline.row());
            long lateTicks = 0;
            long maxLagMicros = 0;
            for (int done = 0; done < calls;) {
                int batch = Math.min(sampleEvery, calls - done);
                // Only the batches count for the clock: a sample's System.gc() pauses the media threads too.
                clock.resetStatistics();
                churn.run(batch);
                done += batch;
                CallFlows.awaitChannels(pbx, 2 * background);
                lateTicks += clock.statistics().lateTicks();
                maxLagMicros = Math.max(maxLagMicros, clock.statistics().maxLagMicros());
                Thread.sleep(200); // the event bus delivers what the last calls published
                Sample sample = Sample.take(done, System.nanoTime() - started, pbx, clock, probe, events);
                samples.add(sample);
                System.out.println(sample.row());
            }
            // The PBX and originate pools keep idle threads for five seconds: after that, a PBX without
            // calls must be back to the threads it started with.
            Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
            Sample idle = Sample.take(calls, System.nanoTime() - started, pbx, clock, probe, events);
            System.out.println(idle.row() + "  (after " + IDLE_SECONDS + " s idle)");
            Sample first = samples.get(0);
            Sample last = samples.get(samples.size() - 1);
            System.out.printf(Locale.ROOT, "From %d to %d calls: threads %+d, heap %+d KiB, fds %+d, channels %+d, media tasks %+d;"
                    + " %d failed calls, %d late ticks while calls ran (max lag %d us), %d events dropped%n",
                    first.calls(), last.calls(), last.threads() - first.threads(),
                    (last.heapBytes() - first.heapBytes()) / 1024, last.fds() - first.fds(),
                    last.channels() - first.channels(), last.mediaTasks() - first.mediaTasks(), churn.failures(),
                    lateTicks, maxLagMicros, events.dropped());
            System.out.printf(Locale.ROOT, "Idle again: threads %d (before the first call %d), heap %d KiB (before %d), fds %d (before %d)%n",
                    idle.threads(), baseline.threads(), idle.heapBytes() / 1024, baseline.heapBytes() / 1024, idle.fds(),
                    baseline.fds());
            if (churn.firstFailure() != null) {
                churn.firstFailure().printStackTrace();
            }
            backgroundCalls.forEach(BenchPbx.Call::hangup);
        } finally {
            clock.close();
        }
    }

    /** What the soak watches, after so many calls. */
    record Sample(int calls, long elapsedNanos, int threads, long heapBytes, long fds, int channels, int activeCalls,
            int generators, int mediaTasks, long events) {

        static final String HEADER = String.format(Locale.ROOT, "%8s %8s %7s %9s %5s %8s %6s %6s %6s %10s", "calls",
                "elapsed", "threads", "heap_KiB", "fds", "channels", "calls", "gens", "tasks", "events");

        static Sample take(int calls, long elapsedNanos, BenchPbx pbx, MediaClockImpl clock, ProcessProbe probe,
                EventCounter events) {
            return new Sample(calls, elapsedNanos, probe.liveThreads(), probe.heapAfterGc(), probe.openFileDescriptors(),
                    pbx.channels().channels().size(), pbx.channels().activeCalls(), pbx.generators().liveGenerators(),
                    clock.statistics().tasks(), events.received());
        }

        String row() {
            return String.format(Locale.ROOT, "%8d %7.1fs %7d %9d %5d %8d %6d %6d %6d %10d", calls, elapsedNanos / 1e9,
                    threads, heapBytes / 1024, fds, channels, activeCalls, generators, mediaTasks, events);
        }
    }
}
