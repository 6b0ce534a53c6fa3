package org.strowger.benchmarks.state;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The harness on a small scale: every change reaches its hint's watcher once. */
public class HintFanoutHarnessTest {

    @Test
    public void everyChangeIsNotifiedOnce() throws Exception {
        HintFanoutHarness.Result result = HintFanoutHarness.run(200, 400, 1);
        assertEquals(400, result.changes());
        assertEquals(400, result.notified());
        assertEquals(0, result.dropped());
    }
}
