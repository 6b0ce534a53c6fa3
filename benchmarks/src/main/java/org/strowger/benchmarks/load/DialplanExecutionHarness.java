package org.strowger.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.benchmarks.BenchPbx;
import org.strowger.benchmarks.generator.GeneratorDriver;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.app.ExecIfApplication;
import org.strowger.core.internal.dialplan.app.GotoIfApplication;
import org.strowger.core.internal.dialplan.app.HangupApplication;
import org.strowger.core.internal.dialplan.app.NoOpApplication;
import org.strowger.core.internal.dialplan.app.SetApplication;
import org.strowger.core.internal.dialplan.function.ArrayFunction;
import org.strowger.core.internal.dialplan.function.CallerIdFunction;
import org.strowger.core.internal.dialplan.function.CutFunction;
import org.strowger.core.internal.dialplan.function.LenFunction;
import org.strowger.core.internal.media.MediaClockImpl;

/**
 * Dialplan execution speed: channels run a typical ten-step loop with substitutions, functions and
 * {@code $[ ]} expressions ({@link #EXTENSIONS_CONF}) on the real engine, its PBX threads and the
 * real applications and functions; the harness counts priorities per second.
 *
 * <p>Options: {@code --calls} measured calls, {@code --warmup-calls}, {@code --iterations} loop
 * rounds per call (10 priorities each, kept under the engine's ceiling of 100,000 priorities
 * without a wait), {@code --workers} calls running at once.
 */
public final class DialplanExecutionHarness {

    /** Ten priorities per round: three expressions, five function reads, a GotoIf back to the top. */
    static final String EXTENSIONS_CONF = String.join("\n",
            "[bench]",
            "exten => s,1,Set(COUNT=0)",
            " same => n(loop),Set(COUNT=$[${COUNT} + 1])",
            " same => n,Set(NAME=${CALLERID(num)}-${COUNT})",
            " same => n,Set(LENGTH=${LEN(${NAME})})",
            " same => n,GotoIf($[${LENGTH} > 100]?toolong)",
            " same => n,Set(PART=${CUT(NAME,-,1)})",
            " same => n,Set(EVEN=$[${COUNT} % 2])",
            " same => n,ExecIf($[${EVEN} = 0]?NoOp(even ${COUNT}))",
            " same => n,Set(ARRAY(X,Y)=${COUNT},${PART})",
            " same => n,NoOp(${X} ${Y} ${NAME:0:4})",
            " same => n,GotoIf($[${COUNT} < ${ROUNDS}]?loop)",
            " same => n,Hangup()",
            " same => n(toolong),Hangup()",
            "");
    static final int PRIORITIES_PER_ROUND = 10;

    private DialplanExecutionHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("calls", "warmup-calls", "iterations", "workers"));
        int calls = options.integer("calls", 200);
        int warmup = options.integer("warmup-calls", 100);
        int rounds = options.integer("iterations", 5_000);
        int workers = options.integer("workers", Runtime.getRuntime().availableProcessors());
        Path directory = Files.createTempDirectory("strowger-dialplan-bench");
        Files.writeString(directory.resolve("extensions.conf"), EXTENSIONS_CONF);
        try (MediaClockImpl clock = new MediaClockImpl(1); BenchPbx pbx = new BenchPbx(clock)) {
            DialplanEngine dialplan = new DialplanEngine(new ConfigFilesImpl(directory), pbx.events());
            wire(dialplan);
            run(pbx, dialplan, warmup, rounds, workers);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            long priorities = run(pbx, dialplan, calls, rounds, workers);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (processCpuNanos() - cpuBefore) / 1e3;
            System.out.printf("Dialplan execution: %d calls x %d rounds x %d priorities, %d at once, %d cores%n",
                    calls, rounds, PRIORITIES_PER_ROUND, workers, Runtime.getRuntime().availableProcessors());
            System.out.printf("%12s %9s %14s %16s%n", "priorities", "seconds", "priorities/s", "cpu_us/priority");
            System.out.printf("%12d %9.2f %14.0f %16.2f%n", priorities, seconds, priorities / seconds,
                    cpuMicros / priorities);
        }
        // The PBX pool's idle threads would keep the JVM up for their idle timeout.
        System.exit(0);
    }

    private static void wire(DialplanEngine dialplan) {
        AtomicLong ids = new AtomicLong(1);
        Map<String, DialplanApplication> applications = Map.of(
                "Set", new SetApplication(dialplan),
                "GotoIf", new GotoIfApplication(dialplan),
                "ExecIf", new ExecIfApplication(dialplan),
                "NoOp", new NoOpApplication(),
                "Hangup", new HangupApplication());
        applications.forEach((name, application) -> dialplan.addApplication(application,
                Map.of(DialplanApplication.NAME, name, "service.id", ids.incrementAndGet())));
        Map<String, DialplanFunction> functions = Map.of(
                "CALLERID", new CallerIdFunction(),
                "LEN", new LenFunction(),
                "CUT", new CutFunction(dialplan),
                "ARRAY", new ArrayFunction(dialplan));
        functions.forEach((name, function) -> dialplan.addFunction(function,
                Map.of(DialplanFunction.NAME, name, "service.id", ids.incrementAndGet())));
    }

    /** Runs the calls, {@code workers} at a time, and returns how many priorities they executed. */
    private static long run(BenchPbx pbx, DialplanEngine dialplan, int calls, int rounds, int workers)
            throws Exception {
        int started = 0;
        List<Channel> running = new ArrayList<>();
        while (started < calls || !running.isEmpty()) {
            while (running.size() < workers && started < calls) {
                Channel channel = pbx.channels().request(GeneratorDriver.TECHNOLOGY + "/dialplan" + started, Set.of(), null);
                channel.setCallerId(new CallerId("5551234", "Bench"));
                channel.setVariable("ROUNDS", Integer.toString(rounds));
                channel.setDialplanLocation("bench", "s", 1);
                dialplan.start(channel);
                running.add(channel);
                started++;
            }
            Channel first = running.remove(0);
            first.hungUp().toCompletableFuture().get(10, TimeUnit.MINUTES);
            if (!Integer.toString(rounds).equals(first.variable("COUNT").orElse(""))) {
                throw new IllegalStateException(first.name() + " stopped at round " + first.variable("COUNT").orElse("?")
                        + " of " + rounds + ": see the log");
            }
        }
        return (long) calls * (2 + (long) rounds * PRIORITIES_PER_ROUND);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
