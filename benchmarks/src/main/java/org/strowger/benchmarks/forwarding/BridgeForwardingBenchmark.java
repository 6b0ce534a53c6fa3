package org.strowger.benchmarks.forwarding;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.strowger.benchmarks.BenchPbx;
import org.strowger.benchmarks.IdleClock;
import org.strowger.benchmarks.generator.GeneratorChannel;

/**
 * One 20 ms voice frame through a two-party bridge: the caller's driver queues it on its
 * {@code ChannelLink}, the bridge hands it to the callee's {@code ChannelImpl.write}, which translates
 * it if it must and gives it to the callee's driver. Run with {@code -prof gc}: the native path is
 * meant to allocate nothing ({@code gc.alloc.rate.norm} 0 B/op); the transcoding path allocates what
 * its translators return.
 *
 * <ul>
 * <li>{@code native}: ulaw to ulaw, no translation.</li>
 * <li>{@code transcoding}: ulaw to an alaw-only callee, through slin (two G.711 steps).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class BridgeForwardingBenchmark {

    @Param({"native", "transcoding"})
    public String path;

    private BenchPbx pbx;
    private GeneratorChannel caller;
    private GeneratorChannel callee;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        pbx = new BenchPbx(new IdleClock());
        boolean transcoding = path.equals("transcoding");
        BenchPbx.Call call = pbx.connect("caller", transcoding ? "callee:alaw" : "callee");
        if (call.bridge().isNative() == transcoding) {
            throw new IllegalStateException("expected a " + path + " bridge, got " + call.bridge());
        }
        caller = call.caller();
        callee = call.callee();
    }

    @TearDown(Level.Trial)
    public void hangup() {
        // A benchmark that silently dropped its frames would look fast: make sure they all arrived.
        if (callee.received() != caller.sent() || callee.receivedInOtherFormat() != 0) {
            throw new IllegalStateException("sent " + caller.sent() + " frames, the callee received " + callee.received()
                    + " (" + callee.receivedInOtherFormat() + " in the wrong format)");
        }
        pbx.close();
    }

    @Benchmark
    public void queueToPeerDriver() {
        caller.sendFrame();
    }
}
