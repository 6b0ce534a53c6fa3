package org.strowger.benchmarks.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Test;
import org.strowger.benchmarks.BenchPbx;
import org.strowger.core.internal.media.MediaClockImpl;

/** Each flow places complete calls that leave nothing behind. */
public class CallFlowsTest {

    private final MediaClockImpl clock = new MediaClockImpl(1);
    private final BenchPbx pbx = new BenchPbx(clock);

    @After
    public void tearDown() {
        pbx.close();
        clock.close();
    }

    @Test
    public void dialThroughLocalToAGeneratorComesDownCompletely() throws Exception {
        assertFlowLeavesNothing("dial");
    }

    @Test
    public void answerAndHangupComesDownCompletely() throws Exception {
        assertFlowLeavesNothing("answer");
    }

    @Test
    public void aDirectBridgeComesDownCompletely() throws Exception {
        assertFlowLeavesNothing("bridge");
    }

    @Test
    public void refusesAnUnknownFlow() {
        assertThrows(IllegalArgumentException.class, () -> CallFlows.create("teleport", pbx));
    }

    private void assertFlowLeavesNothing(String flow) throws Exception {
        try (CallChurn churn = new CallChurn(CallFlows.create(flow, pbx), 2)) {
            churn.run(20);

            assertNull(String.valueOf(churn.firstFailure()), churn.firstFailure());
            assertEquals(0, churn.failures());
            assertTrue("channels left: " + pbx.channels().channels(), CallFlows.awaitChannels(pbx, 0));
            assertEquals(0, pbx.channels().activeCalls());
            assertEquals(0, pbx.generators().liveGenerators());
            assertTrue(pbx.channels().processedCalls() >= 20);
        }
    }
}
