package org.strowger.benchmarks.state;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStateProvider;
import org.strowger.api.state.ExtensionState;
import org.strowger.benchmarks.IdleClock;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.channel.ChannelServiceImpl;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.core.internal.media.TranslationMatrix;
import org.strowger.core.internal.state.AstDb;
import org.strowger.core.internal.state.CustomDeviceStateProvider;
import org.strowger.core.internal.state.CustomDeviceStates;
import org.strowger.core.internal.state.DeviceStatesImpl;
import org.strowger.core.internal.state.HintsImpl;
import org.strowger.core.internal.state.PresenceStatesImpl;
import org.strowger.core.internal.state.StateThread;

/**
 * Hint fan-out: N hints ({@code exten => 1000,hint,Custom:lamp1000} ...), each with one watcher,
 * and Custom device-state changes at a fixed rate, each one flipping one hint between InUse and
 * Idle. Measures the time from {@code DeviceStates.changed()} until the hint's watcher is told,
 * through the real device states, state thread, hints and event bus, wired as the container wires
 * them.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.state.HintFanoutHarness \
 *     [--hints 10000] [--rate 1000] [--seconds 60] [--warmup-seconds 10]
 * </pre>
 */
public final class HintFanoutHarness {

    /** What one run measured. */
    public record Result(int hints, int rate, long changes, long notified, long medianNanos, long p99Nanos,
            long maxNanos, long dropped, double cpuMicrosPerChange) {

        String report() {
            return String.format(Locale.ROOT,
                    "hints=%d rate=%d/s changes=%d notified=%d median=%.1f us p99=%.1f us max=%.1f us dropped=%d"
                            + " cpu/change=%.1f us",
                    hints, rate, changes, notified, medianNanos / 1e3, p99Nanos / 1e3, maxNanos / 1e3, dropped,
                    cpuMicrosPerChange);
        }
    }

    private HintFanoutHarness() {
    }

    public static void main(String[] args) throws Exception {
        int hints = 10_000;
        int rate = 1_000;
        int seconds = 60;
        int warmupSeconds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--hints" -> hints = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--hints N, --rate changes/s, --seconds S, --warmup-seconds S)");
            }
        }
        if (warmupSeconds > 0) {
            System.out.println("warm-up: " + run(hints, rate, warmupSeconds).report());
        }
        System.out.println("measured: " + run(hints, rate, seconds).report());
        System.exit(0);
    }

    /** One run on a fresh PBX. */
    public static Result run(int hintCount, int rate, int seconds) throws Exception {
        Path etc = Files.createTempDirectory("strowger-hints-etc");
        Path data = Files.createTempDirectory("strowger-hints-data");
        StringBuilder conf = new StringBuilder("[hints]\n");
        for (int i = 0; i < hintCount; i++) {
            conf.append("exten => ").append(1000 + i).append(",hint,Custom:lamp").append(i).append('\n');
        }
        Files.writeString(etc.resolve("extensions.conf"), conf);

        EventBusImpl bus = new EventBusImpl();
        ChannelServiceImpl channels = new ChannelServiceImpl(bus, new TranslationMatrix(), new IdleClock());
        DialplanEngine dialplan = new DialplanEngine(new ConfigFilesImpl(etc), bus);
        StateThread stateThread = new StateThread();
        DeviceStatesImpl devices = new DeviceStatesImpl(channels, bus, stateThread);
        PresenceStatesImpl presences = new PresenceStatesImpl(bus, stateThread);
        AstDb db = new AstDb(data);
        devices.addProvider(new CustomDeviceStateProvider(db), Map.of(DeviceStateProvider.PROVIDER, CustomDeviceStates.PROVIDER));
        HintsImpl hints = new HintsImpl(dialplan, devices, presences, bus, stateThread);
        if (!stateThread.drain(60, TimeUnit.SECONDS) || hints.hints().size() != hintCount) {
            throw new IllegalStateException("the hints did not load: " + hints.hints().size());
        }

        long total = (long) rate * seconds;
        AtomicLongArray startedAt = new AtomicLongArray(hintCount);
        long[] latencies = new long[(int) total];
        AtomicInteger notified = new AtomicInteger();
        for (int i = 0; i < hintCount; i++) {
            int index = i;
            hints.watch("hints", Integer.toString(1000 + i), hint -> {
                long latency = System.nanoTime() - startedAt.get(index);
                int slot = notified.getAndIncrement();
                if (slot < latencies.length) {
                    latencies[slot] = latency;
                }
            }).orElseThrow();
        }

        boolean[] inUse = new boolean[hintCount];
        long cpuBefore = processCpuNanos();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += interval;
            int index = (int) (n % hintCount);
            inUse[index] = !inUse[index];
            startedAt.set(index, System.nanoTime());
            devices.changed("Custom:lamp" + index, inUse[index] ? DeviceState.INUSE : DeviceState.NOT_INUSE);
        }
        stateThread.drain(60, TimeUnit.SECONDS);
        long cpu = processCpuNanos() - cpuBefore;
        int count = Math.min(notified.get(), latencies.length);
        long[] measured = Arrays.copyOf(latencies, count);
        Arrays.sort(measured);
        ExtensionState last = hints.hint("hints", "1000").orElseThrow().state();
        if (last != (inUse[0] ? ExtensionState.INUSE : ExtensionState.NOT_INUSE)) {
            throw new IllegalStateException("hint 1000 ended as " + last);
        }
        Result result = new Result(hintCount, rate, total, notified.get(), percentile(measured, 0.5),
                percentile(measured, 0.99), count == 0 ? 0 : measured[count - 1], stateThread.dropped(),
                cpu / 1e3 / Math.max(1, total));
        stateThread.close();
        channels.close();
        db.close();
        return result;
    }

    private static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

}
