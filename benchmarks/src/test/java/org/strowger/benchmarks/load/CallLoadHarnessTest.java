package org.strowger.benchmarks.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.strowger.benchmarks.BenchPbx;
import org.strowger.core.internal.media.MediaClockImpl;

/** The harness's plumbing on a few calls for a second; what it measures is for docs/benchmarks.md, not asserted. */
public class CallLoadHarnessTest {

    @Test
    public void measuresAndHangsUpEveryCall() throws Exception {
        MediaClockImpl clock = new MediaClockImpl(1);
        try (BenchPbx pbx = new BenchPbx(clock)) {
            CallLoadHarness.Result result = CallLoadHarness.run(pbx, clock, 3, true, 0, 1);

            assertEquals(3, result.calls());
            assertTrue(result.row(), result.delivered() > 0);
            assertEquals(0, result.wrongFormat());
            assertTrue(pbx.channels().channels().isEmpty());
            assertEquals(0, clock.statistics().tasks());
        } finally {
            clock.close();
        }
    }
}
