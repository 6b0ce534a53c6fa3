package org.strowger.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.strowger.benchmarks.BenchPbx;
import org.strowger.core.internal.media.MediaClockImpl;

/**
 * Call setup and teardown rate: worker threads place complete calls back to back while a number of
 * background calls keep media flowing on the real media clock, which must stay on time meanwhile. An
 * AMI-like subscriber counts every event the calls publish.
 *
 * <p>The calls ({@code --flow}, see {@link CallFlows}): {@code dial} originates
 * {@code Local/200@bench} to the {@code Hangup} application; the Local half runs
 * {@code Dial(Gen/callee)}, the generator answers at once and is bridged, the originated half hangs
 * up and everything comes down. {@code answer} originates {@code Local/100@bench}
 * ({@code Answer()}, {@code Hangup()}). {@code bridge} skips dialplan and Local: two {@code Gen}
 * channels requested, called, answered, bridged, media started, hung up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.load.CallSetupHarness \
 *     --flow dial --calls 50000 --warmup-calls 20000 --background 200
 * taskset -c 0 java ... (the same on one core)
 * </pre>
 *
 * Options: {@code --flow}; {@code --calls} measured calls; {@code --warmup-calls} calls placed first
 * and not counted; {@code --workers} calls in flight at once, each on its own worker thread (default
 * 10, or one per core for {@code bridge}); {@code --background} bridged calls with media during the
 * run; {@code --threads} media threads (default: one per core); {@code --event-queue} the capacity of
 * the counting subscriber's queue (default 10,000).
 */
public final class CallSetupHarness {

    private CallSetupHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("flow", "calls", "warmup-calls", "workers", "background", "threads", "event-queue"));
        int cores = Runtime.getRuntime().availableProcessors();
        int calls = options.integer("calls", 50_000);
        int warmupCalls = options.integer("warmup-calls", 20_000);
        String flowName = options.string("flow", "dial");
        int workers = options.integer("workers", CallFlows.defaultWorkers(flowName));
        int background = options.integer("background", 200);
        int threads = options.integer("threads", cores);
        int eventQueue = options.integer("event-queue", 10_000);

        MediaClockImpl clock = new MediaClockImpl(threads);
        ProcessProbe probe = new ProcessProbe();
        try (BenchPbx pbx = new BenchPbx(clock);
                EventCounter events = new EventCounter(pbx.events(), eventQueue);
                CallChurn churn = new CallChurn(CallFlows.create(flowName, pbx), workers)) {
            List<BenchPbx.Call> backgroundCalls = new ArrayList<>();
            for (int i = 0; i < background; i++) {
                BenchPbx.Call call = pbx.connect("bg-caller" + i, "bg-callee" + i);
                call.startMedia();
                backgroundCalls.add(call);
            }
            churn.run(warmupCalls);

            clock.resetStatistics();
            long eventsBefore = events.received();
            long droppedBefore = events.dropped();
            ProcessProbe.Snapshot before = probe.snapshot();
            long nanos = churn.run(calls);
            // The far halves of the last calls come down a moment after the originated ones.
            CallFlows.awaitChannels(pbx, 2 * background);
            nanos = System.nanoTime() - before.wallNanos();
            ProcessProbe.Snapshot after = probe.snapshot();
            MediaClockImpl.Statistics ticks = clock.statistics();
            // Let the bus drain what the last calls published before counting.
            Thread.sleep(500);
            long eventsPerCall = Math.round((double) (events.received() - eventsBefore) / calls);

            double seconds = nanos / 1e9;
            System.out.printf(Locale.ROOT, "Call setup, flow %s: %d cores, %d calls in flight, %d media threads, %d background calls%n",
                    flowName, cores, workers, threads, background);
            System.out.printf(Locale.ROOT, "%8s %8s %9s %10s %10s %7s %5s %9s %7s %8s %4s %5s%n", "calls", "seconds",
                    "calls/s", "cpu_us/call", "call_us", "proc_%", "late", "maxLag_us", "ev/call", "ev_drop", "gcs",
                    "fail");
            System.out.printf(Locale.ROOT, "%8d %8.2f %9.0f %10.1f %10.1f %7.1f %5d %9d %7d %8d %4d %5d%n", calls, seconds,
                    calls / seconds, (after.processCpuNanos() - before.processCpuNanos()) / 1e3 / calls,
                    nanos / 1e3 / calls * workers, (after.processCpuNanos() - before.processCpuNanos()) / 1e7 / seconds,
                    ticks.lateTicks(), ticks.maxLagMicros(), eventsPerCall, events.dropped() - droppedBefore,
                    after.collections() - before.collections(), churn.failures());
            if (churn.firstFailure() != null) {
                churn.firstFailure().printStackTrace();
            }
            backgroundCalls.forEach(BenchPbx.Call::hangup);
        } finally {
            clock.close();
        }
    }
}
