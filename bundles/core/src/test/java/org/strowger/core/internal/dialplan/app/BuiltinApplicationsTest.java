package org.strowger.core.internal.dialplan.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.await;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.DtmfFrame;
import org.strowger.core.internal.dialplan.PbxHarness;

/** The small builtin applications, as Asterisk's pbx_builtins, app_echo and res_musiconhold behave. */
public class BuiltinApplicationsTest {

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => echo,1,Answer()
                 same => n,Echo()
                 same => n,Record(not reached)
                exten => busy,1,Busy()
                 same => n,Record(not reached)
                exten => congestion,1,Congestion(0.2)
                 same => n,Record(not reached)
                exten => moh,1,Answer()
                 same => n,MusicOnHold(jazz,1)
                 same => n,Record(after music)
                exten => progress,1,Ringing()
                 same => n,Progress()
                 same => n,Wait(0.1)
                 same => n,Record(${EXTEN} still ${PRIORITY})
                """);
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    @Test
    public void echoSendsDigitsBackIncludingHashAndEndsOnlyWithTheCall() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "echo");
        await("Echo", () -> "Echo".equals(caller.application()));

        pbx.phones.link(caller).queue(new DtmfFrame('#', true, 80));
        pbx.phones.link(caller).queue(new DtmfFrame('1', true, 80));
        await("both digits back", () -> pbx.phones.writtenTo(caller).size() == 2);

        assertEquals(List.of(new DtmfFrame('#', true, 80), new DtmfFrame('1', true, 80)), pbx.phones.writtenTo(caller));
        assertEquals(ChannelState.UP, caller.state());
        assertTrue(!caller.isHungUp());
        caller.hangup(HangupCause.NORMAL_CLEARING.code());
        pbx.awaitIdle();
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void busyIndicatesBusyAndWaitsForTheCallerToHangUp() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "busy");
        await("busy tone", () -> pbx.phones.journal.contains("indicate " + caller.name() + " BUSY"));
        assertTrue(!caller.isHungUp());

        caller.hangup(HangupCause.NORMAL_CLEARING.code());
        pbx.awaitIdle();
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void congestionWithATimeoutEndsTheDialplanByItself() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "congestion");

        // pbx_builtin_congestion: a channel that is not up gets the cause AST_CAUSE_CONGESTION
        assertEquals(HangupCause.NORMAL_CIRCUIT_CONGESTION.code(), awaitHangup(caller));
        assertTrue(pbx.phones.journal.contains("indicate " + caller.name() + " CONGESTION"));
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void musicOnHoldHoldsForTheDurationThenGoesOn() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "moh");

        awaitHangup(caller);

        List<String> journal = pbx.phones.journal;
        int hold = journal.indexOf("indicate " + caller.name() + " HOLD jazz");
        int unhold = journal.indexOf("indicate " + caller.name() + " UNHOLD");
        assertTrue(journal.toString(), hold >= 0 && unhold > hold);
        assertEquals(List.of("after music"), pbx.recorded.data());
    }

    @Test
    public void ringingProgressAndWaitGoOnToTheNextPriority() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "progress");

        awaitHangup(caller);

        assertTrue(pbx.phones.journal.contains("indicate " + caller.name() + " RINGING"));
        assertTrue(pbx.phones.journal.contains("indicate " + caller.name() + " PROGRESS"));
        assertEquals(List.of("progress still 4"), pbx.recorded.data());
    }
}
