package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;

/** The PBX loop (Asterisk's __ast_pbx_run) on the real channel service. */
public class PbxLoopTest {

    private PbxHarness pbx;

    @After
    public void tearDown() {
        if (pbx != null) {
            pbx.close();
        }
    }

    @Test
    public void runsPrioritiesInOrderWithVariablesSubstitutedThenFallsThroughAndHangsUp() throws Exception {
        pbx = new PbxHarness("""
                [globals]
                WHO = global
                SHADOWED = global
                [office]
                exten => 100,1,Record(first)
                 same => n,Record(${EXTEN}@${CONTEXT}:${PRIORITY} ${CHANNEL})
                 same => n(third),Record(${WHO} ${SHADOWED} [${UNSET}])
                """);
        Channel caller = pbx.phones.incoming("alice", "office", "100");
        caller.setVariable("SHADOWED", "channel");
        pbx.dialplan.start(caller);

        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(caller));
        assertEquals(List.of("first", "100@office:2 " + caller.name(), "global channel []"), pbx.recorded.data());
        assertEquals("pbx-" + caller.name(), pbx.recorded.runs.get(0).thread());

        List<PbxEvent> newexten = pbx.events.named("Newexten");
        assertEquals(3, newexten.size());
        PbxEvent second = newexten.get(1);
        assertEquals(List.of(EventCategory.DIALPLAN), List.copyOf(second.categories()));
        assertEquals(caller.name(), second.get("Channel").orElseThrow());
        assertEquals("office", second.get("Context").orElseThrow());
        assertEquals("100", second.get("Exten").orElseThrow());
        assertEquals("2", second.get("Priority").orElseThrow());
        assertEquals("100", second.get("Extension").orElseThrow());
        assertEquals("Record", second.get("Application").orElseThrow());
        assertEquals("100@office:2 " + caller.name(), second.get("AppData").orElseThrow());
        List<String> fieldNames = second.fields().stream().map(PbxEvent.Field::name).toList();
        assertEquals(List.of("Linkedid", "Extension", "Application", "AppData"),
                fieldNames.subList(fieldNames.size() - 4, fieldNames.size()));
    }

    @Test
    public void aGapInThePrioritiesEndsTheExtension() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Record(one)
                exten => 100,3,Record(three)
                """);

        awaitHangup(pbx.call("alice", "ctx", "100"));

        assertEquals(List.of("one"), pbx.recorded.data());
    }

    @Test
    public void hangupStopsTheDialplanWithItsCause() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Record(before)
                 same => n,Hangup(USER_BUSY)
                 same => n,Record(after)
                exten => 200,1,Hangup(21)
                exten => 300,1,Hangup()
                exten => 400,1,Hangup(nonsense)
                """);

        assertEquals(HangupCause.USER_BUSY.code(), awaitHangup(pbx.call("alice", "ctx", "100")));
        assertEquals(List.of("before"), pbx.recorded.data());
        assertEquals(HangupCause.CALL_REJECTED.code(), awaitHangup(pbx.call("alice", "ctx", "200")));
        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(pbx.call("alice", "ctx", "300")));
        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(pbx.call("alice", "ctx", "400")));
    }

    @Test
    public void anUnknownApplicationHangsTheChannelUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Record(before)
                 same => n,NoSuchApp(x)
                 same => n,Record(after)
                """);

        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(pbx.call("alice", "ctx", "100")));
        assertEquals(List.of("before"), pbx.recorded.data());
    }

    @Test
    public void applicationNamesMatchIgnoringCaseAndEventsNameThemAsRegistered() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,RECORD(loud)
                 same => n,noop()
                """);

        awaitHangup(pbx.call("alice", "ctx", "100"));

        assertEquals(List.of("loud"), pbx.recorded.data());
        assertEquals(List.of("Record", "NoOp"),
                pbx.events.named("Newexten").stream().map(e -> e.get("Application").orElseThrow()).toList());
    }

    @Test
    public void anApplicationThatThrowsEndsTheCallAndTheNextCallStillRuns() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Explode()
                 same => n,Record(after)
                exten => 200,1,Record(next call)
                """);
        pbx.addApplication("Explode", (channel, data) -> {
            throw new IllegalStateException("boom");
        });

        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(pbx.call("alice", "ctx", "100")));
        awaitHangup(pbx.call("alice", "ctx", "200"));

        assertEquals(List.of("next call"), pbx.recorded.data());
        pbx.awaitIdle();
    }

    @Test
    public void anEmptyExtensionStartsAtSAndAMissingOneIsInvalid() throws Exception {
        // Modern __ast_pbx_run falls back to 's' only for an empty extension (the 'default' context
        // fallback of Asterisk 1.8 is gone); a missing one is an invalid extension.
        pbx = new PbxHarness("""
                [default]
                exten => s,1,Record(default s)
                [ctx]
                exten => s,1,Record(ctx s)
                exten => i,1,Record(invalid ${INVALID_EXTEN})
                """);

        awaitHangup(pbx.call("alice", "ctx", ""));
        awaitHangup(pbx.call("alice", "ctx", "999"));

        assertEquals(List.of("ctx s", "invalid 999"), pbx.recorded.data());
    }

    @Test
    public void anInvalidExtensionGoesToIWithInvalidExten() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => s,1,GoNowhere()
                exten => i,1,Record(invalid ${INVALID_EXTEN})
                """);
        pbx.addApplication("GoNowhere", (channel, data) -> {
            // as Goto will: one before the target, since the PBX goes on at the next priority
            channel.setDialplanLocation("ctx", "404", 0);
            return org.strowger.api.dialplan.DialplanApplication.Result.CONTINUE;
        });

        awaitHangup(pbx.call("alice", "ctx", "s"));

        assertEquals(List.of("invalid 404"), pbx.recorded.data());
    }

    @Test
    public void theHExtensionRunsAfterTheCallWithTheHangupCause() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Record(call)
                 same => n,Hangup(17)
                exten => h,1,Record(h ${HANGUPCAUSE})
                 same => n,Record(h again)
                """);

        awaitHangup(pbx.call("alice", "ctx", "100"));
        PbxHarness.await("the h extension", () -> pbx.recorded.runs.size() == 3);

        assertEquals(List.of("call", "h 17", "h again"), pbx.recorded.data());
        assertEquals("h", pbx.recorded.runs.get(1).exten());
    }

    @Test
    public void startApplicationRunsOneApplicationAndHangsUp() throws Exception {
        pbx = new PbxHarness("[ctx]\n");
        Channel channel = pbx.phones.incoming("alice", "ctx", "s");

        pbx.dialplan.startApplication(channel, "record", "${CHANNEL} once");

        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(channel));
        assertEquals(List.of(channel.name() + " once"), pbx.recorded.data());
        assertEquals("Record", pbx.events.named("Newexten").get(0).get("Application").orElseThrow());
    }

    @Test
    public void aHangupFromOutsideEndsTheRunningApplication() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Answer()
                 same => n,Record(answered)
                 same => n,Wait(3600)
                 same => n,Record(never)
                """);
        Channel caller = pbx.call("alice", "ctx", "100");
        PbxHarness.await("Wait to start", () -> "Wait".equals(caller.application()));

        caller.hangup(HangupCause.NORMAL_CLEARING.code());

        pbx.awaitIdle();
        assertEquals(List.of("answered"), pbx.recorded.data());
        assertTrue(pbx.phones.journal.contains("answer " + caller.name()));
    }

    @Test
    public void pbxThreadsDoNotGrowWithTheNumberOfCalls() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,NoOp()
                 same => n,Answer()
                """);

        for (int i = 0; i < 500; i++) {
            awaitHangup(pbx.call("alice", "ctx", "100"));
        }
        pbx.awaitIdle();

        // One call at a time needs a thread or two, a few more when a loaded machine is slow to hand a
        // finished thread back to the pool; a thread per call would be 500.
        assertTrue("PBX threads: " + pbx.dialplan.threadCount(), pbx.dialplan.threadCount() <= 25);
    }
}
