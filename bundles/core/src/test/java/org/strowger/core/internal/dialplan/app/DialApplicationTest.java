package org.strowger.core.internal.dialplan.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.await;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.Arrays;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.dialplan.FakePhones;
import org.strowger.core.internal.dialplan.PbxHarness;

/** Dial without options, as app_dial behaves (DIALSTATUS, DialBegin/DialEnd, who is hung up how). */
public class DialApplicationTest {

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => answer,1,Dial(Fake/bob)
                 same => n,Record(not reached)
                exten => busy,1,Dial(Fake/busybob)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => signalsbusy,1,Dial(Fake/carol)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => congestion,1,Dial(Fake/dave)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => noanswer,1,Dial(Fake/erin,1)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => notech,1,Dial(Nope/x)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => nolocal,1,Dial(Local/404@ctx)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => invalid,1,Dial(bogus)
                 same => n,Record(not reached)
                exten => empty,1,Dial()
                 same => n,Record(not reached)
                exten => two,1,Dial(Fake/frank&Fake/bob,30,tT)
                exten => cancel,1,Dial(Fake/gina)
                exten => mixed,1,Dial(Fake/busybob&Fake/dave)
                 same => n,Record(${DIALSTATUS})
                 same => n,Hangup()
                exten => local,1,Dial(Local/echo@ctx)
                exten => echo,1,Answer()
                 same => n,Echo()
                """);
        pbx.phones.whenCalled("bob", FakePhones.answers());
        pbx.phones.whenCalled("carol", FakePhones.signals(ControlFrame.Control.BUSY));
        pbx.phones.whenCalled("dave", FakePhones.signals(ControlFrame.Control.CONGESTION));
        pbx.phones.whenCalled("erin", FakePhones.signals(ControlFrame.Control.RINGING));
        pbx.phones.whenCalled("frank", FakePhones.signals(ControlFrame.Control.RINGING));
        pbx.phones.whenCalled("gina", FakePhones.signals(ControlFrame.Control.RINGING));
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private Channel peer(String prefix) throws InterruptedException {
        await("a channel " + prefix, () -> pbx.channels.channels().stream().anyMatch(c -> c.name().startsWith(prefix)));
        return pbx.channels.channels().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private String dialStatusAfter(String exten) throws InterruptedException {
        Channel caller = pbx.call("alice", "ctx", exten);
        awaitHangup(caller);
        return caller.variable("DIALSTATUS").orElse("(unset)");
    }

    @Test
    public void theAnsweringPeerIsBridgedWithTheCallerAndTheDialplanEndsWithTheCall() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "answer");
        Channel bob = peer("Fake/bob-");
        await("the bridge", () -> caller.bridge().isPresent());

        assertEquals(ChannelState.UP, caller.state());
        assertTrue(pbx.phones.journal.contains("answer " + caller.name()));
        assertEquals(bob, caller.bridge().orElseThrow().channels().get(1));
        assertEquals("ANSWER", caller.variable("DIALSTATUS").orElseThrow());
        assertEquals(bob.name(), caller.variable("DIALEDPEERNAME").orElseThrow());
        PbxEvent begin = pbx.events.named("DialBegin").get(0);
        assertEquals(caller.name(), begin.get("Channel").orElseThrow());
        assertEquals(bob.name(), begin.get("DestChannel").orElseThrow());
        assertEquals("bob", begin.get("DialString").orElseThrow());
        PbxEvent end = pbx.events.named("DialEnd").get(0);
        assertEquals(bob.name(), end.get("DestChannel").orElseThrow());
        assertEquals("ANSWER", end.get("DialStatus").orElseThrow());

        pbx.phones.link(bob).hangup(HangupCause.NORMAL_CLEARING.code());

        assertEquals(HangupCause.NORMAL_CLEARING.code(), awaitHangup(caller));
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void busyPeersGiveBusy() throws Exception {
        assertEquals("BUSY", dialStatusAfter("busy"));
        assertEquals("BUSY", dialStatusAfter("signalsbusy"));
        assertEquals(List.of("BUSY", "BUSY"), pbx.recorded.data());
        assertEquals("BUSY", pbx.events.named("DialEnd").get(0).get("DialStatus").orElseThrow());
    }

    @Test
    public void congestionGivesCongestion() throws Exception {
        assertEquals("CONGESTION", dialStatusAfter("congestion"));
        assertEquals(List.of("CONGESTION"), pbx.recorded.data());
    }

    @Test
    public void busyWinsOverCongestionWhenEveryoneFailed() throws Exception {
        assertEquals("BUSY", dialStatusAfter("mixed"));
    }

    @Test
    public void aPeerThatDoesNotAnswerInTimeGivesNoAnswerAndIsHungUp() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "noanswer");
        Channel erin = peer("Fake/erin-");

        awaitHangup(erin);
        awaitHangup(caller);

        assertEquals(List.of("NOANSWER"), pbx.recorded.data());
        assertTrue("the caller hears ringing while erin rings",
                pbx.phones.journal.contains("indicate " + caller.name() + " RINGING"));
        assertEquals("NOANSWER", pbx.events.named("DialEnd").get(0).get("DialStatus").orElseThrow());
    }

    @Test
    public void destinationsThatCannotBeReachedGiveChanUnavail() throws Exception {
        assertEquals("CHANUNAVAIL", dialStatusAfter("notech"));
        assertEquals("CHANUNAVAIL", dialStatusAfter("nolocal"));
        assertEquals(List.of("CHANUNAVAIL", "CHANUNAVAIL"), pbx.recorded.data());
    }

    @Test
    public void malformedArgumentsGiveInvalidArgsAndEndTheDialplan() throws Exception {
        assertEquals("INVALIDARGS", dialStatusAfter("invalid"));
        assertEquals("INVALIDARGS", dialStatusAfter("empty"));
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void theFirstToAnswerWinsAndTheOthersAreAnsweredElsewhere() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "two");
        // with t and T, Dial bridges the call itself (DTMF features), so there is no core bridge to wait for
        await("the answer", () -> "ANSWER".equals(caller.variable("DIALSTATUS").orElse("")));

        // bob answers as soon as he is called, so frank may be gone before the test could look at him
        PbxEvent frankHungUp = pbx.events.named("Hangup").stream()
                .filter(e -> e.get("Channel").orElseThrow().startsWith("Fake/frank-"))
                .findFirst().orElseThrow();
        assertEquals(Integer.toString(HangupCause.ANSWERED_ELSEWHERE.code()), frankHungUp.get("Cause").orElseThrow());
        List<PbxEvent> ends = pbx.events.named("DialEnd");
        assertEquals(List.of("ANSWER", "CANCEL"), ends.stream().map(e -> e.get("DialStatus").orElseThrow()).toList());
        assertEquals(frankHungUp.get("Channel").orElseThrow(), ends.get(1).get("DestChannel").orElseThrow());
        assertTrue(ends.get(0).get("DestChannel").orElseThrow().startsWith("Fake/bob-"));

        caller.hangup(HangupCause.NORMAL_CLEARING.code());
        pbx.awaitIdle();
    }

    @Test
    public void aCallerWhoHangsUpWhileDiallingCancels() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "cancel");
        Channel gina = peer("Fake/gina-");
        await("ringing passed to the caller", () -> pbx.phones.journal.contains("indicate " + caller.name() + " RINGING"));

        caller.hangup(HangupCause.NORMAL_CLEARING.code());

        awaitHangup(gina);
        pbx.awaitIdle();
        assertEquals("CANCEL", caller.variable("DIALSTATUS").orElseThrow());
        assertEquals("CANCEL", pbx.events.named("DialEnd").get(0).get("DialStatus").orElseThrow());
    }

    @Test
    public void dialingALocalChannelToEchoSendsTheCallersAudioBack() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "local");
        await("the bridge", () -> caller.bridge().isPresent());
        byte[] audio = new byte[160];
        Arrays.fill(audio, (byte) 42);

        pbx.phones.link(caller).queue(new VoiceFrame(Format.ULAW, audio, 160));

        await("the echo", () -> !pbx.phones.writtenTo(caller).isEmpty());
        Frame echoed = pbx.phones.writtenTo(caller).get(0);
        assertTrue(echoed instanceof VoiceFrame voice && Arrays.equals(audio, voice.payload()));
        assertTrue(caller.variable("DIALEDPEERNAME").orElseThrow().matches("Local/echo@ctx-[0-9a-f]{8};1"));

        caller.hangup(HangupCause.NORMAL_CLEARING.code());
        pbx.awaitIdle();
    }
}
