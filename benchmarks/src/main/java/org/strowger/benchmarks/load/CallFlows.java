package org.strowger.benchmarks.load;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.strowger.benchmarks.BenchDialplan;
import org.strowger.benchmarks.BenchPbx;

/** The kinds of call the setup and soak harnesses place, by {@code --flow} name. */
final class CallFlows {

    static final String NAMES = "dial, answer or bridge";

    private CallFlows() {
    }

    /**
     * @param name {@code dial}: originate {@code Local/200@bench}, whose dialplan Dials a {@code Gen}
     *     channel and bridges it; {@code answer}: originate {@code Local/100@bench}, which answers and
     *     hangs up; {@code bridge}: two {@code Gen} channels requested, answered and bridged directly,
     *     without dialplan or Local channel
     */
    static CallChurn.CallFlow create(String name, BenchPbx pbx) throws IOException {
        return switch (name) {
            case "dial" -> {
                BenchDialplan dialplan = new BenchDialplan(pbx);
                yield number -> dialplan.call("200");
            }
            case "answer" -> {
                BenchDialplan dialplan = new BenchDialplan(pbx);
                yield number -> dialplan.call("100");
            }
            case "bridge" -> number -> {
                BenchPbx.Call call = pbx.connect("caller" + number, "callee" + number);
                call.startMedia();
                call.hangup();
            };
            default -> throw new IllegalArgumentException("--flow is " + NAMES + ", not " + name);
        };
    }

    /**
     * Calls in flight at once by default. A bridge call runs on its worker from start to end, so one per
     * core keeps the cores busy. A dialplan call mostly waits (originate, PBX and Local threads hand it
     * on), so more are needed; ten gives the best rate on two cores, while fifty and more only add
     * runnable threads that starve the event bus's delivery (see docs/benchmarks.md).
     */
    static int defaultWorkers(String name) {
        return name.equals("bridge") ? Runtime.getRuntime().availableProcessors() : 10;
    }

    /**
     * Waits until only the background calls' channels are left: the far halves of the last calls end
     * a moment after the originated channel the workers wait for.
     *
     * @return whether that happened within ten seconds
     */
    static boolean awaitChannels(BenchPbx pbx, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pbx.channels().channels().size() > expected) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }
}
