package org.strowger.core.internal.dialplan.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.await;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.dialplan.FakePhones;
import org.strowger.core.internal.dialplan.PbxHarness;
import org.strowger.core.internal.dialplan.RecordingApplication;
import org.strowger.core.internal.media.FakeTranslator;

/** Dial's options and variables as app_dial sets them. */
public class DialOptionsTest {

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => goon,1,Dial(Fake/bob,,g)
                 same => n,Record(${DIALSTATUS},${DIALEDTIME},${DIALEDTIME_MS},${ANSWEREDTIME},${ANSWEREDTIME_MS})
                exten => plain,1,Dial(Fake/bob)
                 same => n,Record(not reached)
                exten => unanswered,1,Set(DIALEDTIME=old)
                 same => n,Set(ANSWEREDTIME=old)
                 same => n,Dial(Fake/quiet,1)
                 same => n,Record(${DIALSTATUS}/${DIALEDTIME}/${ANSWEREDTIME}/${DIALEDPEERNAME})
                exten => goto,1,Dial(Fake/bob,,G(ctx^jump^2))
                 same => n,Record(not reached)
                exten => jump,1,Record(not reached)
                 same => n,Record(caller ${CHANNEL} ${DIALSTATUS})
                 same => n,Record(peer ${CHANNEL})
                exten => stop,1,Dial(Fake/bob,,gS(1))
                 same => n,Record(after S ${DIALSTATUS})
                exten => limit,1,Dial(Fake/bob,,gL(1000))
                 same => n,Record(after L)
                exten => warned,1,Set(LIMIT_WARNING_FILE=beep)
                 same => n,Dial(Fake/bob,,gL(1500:1000))
                 same => n,Record(after warning ${ANSWEREDTIME_MS})
                exten => ringback,1,Dial(Fake/quiet,1,r)
                 same => n,Record(${DIALSTATUS})
                exten => music,1,Dial(Fake/quiet,1,m(jazz))
                 same => n,Record(${DIALSTATUS})
                exten => callerhangs,1,Dial(Fake/bob,,gH)
                 same => n,Record(not reached)
                exten => calleehangs,1,Dial(Fake/bob,,gh)
                 same => n,Record(callee used star)
                exten => callertransfers,1,Dial(Fake/bob,,T)
                exten => 700,1,Record(transferred ${CHANNEL})
                exten => calleetransfers,1,Set(__TRANSFER_CONTEXT=ctx)
                 same => n,Dial(Fake/bob,,t)
                 same => n,Record(not reached)
                exten => 800,1,Record(caller at 800)
                exten => dtmf,1,Dial(Fake/bob,,gD(12:3))
                 same => n,Record(done)
                exten => announce,1,Dial(Fake/bob,,gA(beep))
                 same => n,Record(done)
                exten => badstop,1,Dial(Fake/bob,,S(x))
                 same => n,Record(not reached)

                [peerh]
                exten => s,1,Dial(Fake/bob,,e)
                exten => h,1,Record(h ${CHANNEL})
                """);
        // Set() belongs to the dialplan functions; these tests need only its plain form
        pbx.addApplication("Set", (channel, data) -> {
            int equals = data.indexOf('=');
            channel.setVariable(data.substring(0, equals), data.substring(equals + 1));
            return org.strowger.api.dialplan.DialplanApplication.Result.CONTINUE;
        });
        pbx.phones.whenCalled("bob", FakePhones.answers());
        pbx.translations.addTranslator(new FakeTranslator(Format.SLIN, Format.ULAW, 1), FakeTranslator.service(1));
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private Channel peer(String prefix) throws InterruptedException {
        await("a channel " + prefix, () -> pbx.channels.channels().stream().anyMatch(c -> c.name().startsWith(prefix)));
        return pbx.channels.channels().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private void awaitAnswer(Channel caller) throws InterruptedException {
        // Dial sets DIALSTATUS before it bridges; the feature digits work only once the bridge (and its hooks) exist.
        await("the answer", () -> "ANSWER".equals(caller.variable("DIALSTATUS").orElse("")) && caller.bridge().isPresent());
    }

    private void press(Channel channel, char... digits) {
        for (char digit : digits) {
            pbx.phones.link(channel).queue(new DtmfFrame(digit, false, 0));
            pbx.phones.link(channel).queue(new DtmfFrame(digit, true, 80));
        }
    }

    @Test
    public void withGTheCallerGoesOnAfterTheCalleeHangsUpWithTheTimesOfTheCall() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "goon");
        Channel bob = peer("Fake/bob-");
        await("the bridge", () -> caller.bridge().isPresent());
        pbx.phones.link(bob).hangup(HangupCause.NORMAL_CLEARING.code());
        await("the next priority", () -> !pbx.recorded.runs.isEmpty());

        String[] values = pbx.recorded.runs.get(0).data().split(",");
        assertEquals("ANSWER", values[0]);
        long dialed = Long.parseLong(values[1]);
        long dialedMs = Long.parseLong(values[2]);
        long answered = Long.parseLong(values[3]);
        long answeredMs = Long.parseLong(values[4]);
        assertEquals(dialedMs / 1000, dialed);
        assertEquals(answeredMs / 1000, answered);
        assertTrue("the caller's channel is older than its answer", dialedMs >= answeredMs);
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void withoutGTheDialplanEndsWithTheAnsweredCall() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "plain");
        Channel bob = peer("Fake/bob-");
        await("the bridge", () -> caller.bridge().isPresent());
        pbx.phones.link(bob).hangup(HangupCause.NORMAL_CLEARING.code());
        awaitHangup(caller);
        assertTrue(pbx.recorded.runs.isEmpty());
        assertTrue(caller.variable("ANSWEREDTIME").isPresent());
    }

    @Test
    public void eachDialClearsTheTimesAndAnUnansweredDialLeavesThemEmpty() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "unanswered");
        awaitHangup(caller);
        assertEquals(List.of("NOANSWER///"), pbx.recorded.data());
    }

    @Test
    public void gSendsTheCallerToThePriorityAndTheCalleeToTheOneAfter() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "goto");
        // the caller runs priorities 2 and 3, the callee only 3
        await("three records", () -> pbx.recorded.runs.size() == 3);
        List<RecordingApplication.Run> runs = pbx.recorded.runs;
        RecordingApplication.Run callerRun = runs.stream().filter(r -> r.channel().equals(caller.name())).findFirst()
                .orElseThrow();
        RecordingApplication.Run peerRun = runs.stream().filter(r -> !r.channel().equals(caller.name())).findFirst()
                .orElseThrow();
        assertEquals(2, runs.stream().filter(r -> r.channel().equals(caller.name())).count());
        assertEquals("caller " + caller.name() + " ANSWER", callerRun.data());
        assertEquals(2, callerRun.priority());
        assertTrue(peerRun.data().startsWith("peer Fake/bob-"));
        assertEquals(3, peerRun.priority());
        pbx.awaitIdle();
    }

    @Test
    public void sHangsUpTheCalleeAfterTheTimeAndGLetsTheCallerGoOn() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "stop");
        Channel bob = peer("Fake/bob-");
        awaitHangup(bob);
        await("the next priority", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("after S ANSWER"), pbx.recorded.data());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void lWithoutWarningsLimitsTheCallAsSDoes() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "limit");
        awaitHangup(peer("Fake/bob-"));
        await("the next priority", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("after L"), pbx.recorded.data());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void lWithAWarningPlaysTheWarningFileToTheCallerBeforeTheEnd() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "warned");
        await("the next priority", () -> !pbx.recorded.runs.isEmpty());
        long beepFrames = pbx.sounds.find("beep", "en").orElseThrow().frames().size();
        long played = pbx.phones.writtenTo(caller).stream().filter(VoiceFrame.class::isInstance).count();
        assertEquals(beepFrames, played);
        assertTrue(pbx.recorded.data().get(0).startsWith("after warning "));
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void rIndicatesRingingAtOnceAndMPlaysMusicInstead() throws Exception {
        Channel ringback = pbx.call("alice", "ctx", "ringback");
        awaitHangup(ringback);
        assertTrue(pbx.phones.journal.contains("indicate " + ringback.name() + " RINGING"));

        Channel music = pbx.call("carol", "ctx", "music");
        awaitHangup(music);
        List<String> journal = pbx.phones.journal;
        int hold = journal.indexOf("indicate " + music.name() + " HOLD jazz");
        int unhold = journal.indexOf("indicate " + music.name() + " UNHOLD");
        assertTrue(journal.toString(), hold >= 0 && unhold > hold);
        assertTrue(journal.contains("indicate " + music.name() + " PROGRESS"));
        assertFalse(journal.contains("indicate " + music.name() + " RINGING"));
        assertEquals(List.of("NOANSWER", "NOANSWER"), pbx.recorded.data());
    }

    @Test
    public void capitalHLetsTheCallerHangUpWithStar() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "callerhangs");
        Channel bob = peer("Fake/bob-");
        awaitAnswer(caller);
        press(caller, '*');
        awaitHangup(caller);
        awaitHangup(bob);
        pbx.awaitIdle();
        assertTrue(pbx.recorded.runs.isEmpty());
        assertFalse("the star is not passed on", pbx.phones.writtenTo(bob).contains(new DtmfFrame('*', true, 80)));
    }

    @Test
    public void smallHLetsTheCalleeHangUpWithStarAndOtherKeysPass() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "calleehangs");
        Channel bob = peer("Fake/bob-");
        awaitAnswer(caller);
        press(bob, '5');
        await("the 5 passed to the caller", () -> pbx.phones.writtenTo(caller).contains(new DtmfFrame('5', true, 80)));
        press(caller, '*');
        await("the caller's star passed to bob", () -> pbx.phones.writtenTo(bob).contains(new DtmfFrame('*', true, 80)));
        press(bob, '*');
        awaitHangup(bob);
        await("the next priority", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("callee used star"), pbx.recorded.data());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void capitalTLetsTheCallerBlindTransferTheCallee() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "callertransfers");
        Channel bob = peer("Fake/bob-");
        awaitAnswer(caller);
        press(caller, '#', '7', '0', '0');
        await("bob at 700", () -> !pbx.recorded.runs.isEmpty());
        assertEquals("transferred " + bob.name(), pbx.recorded.runs.get(0).data());
        awaitHangup(caller);
        bob.hangup(16);
        pbx.awaitIdle();
        assertTrue(pbx.phones.journal.contains("indicate " + bob.name() + " HOLD"));
    }

    @Test
    public void smallTLetsTheCalleeBlindTransferTheCaller() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "calleetransfers");
        Channel bob = peer("Fake/bob-");
        awaitAnswer(caller);
        press(bob, '#', '8', '0', '0');
        await("the caller at 800", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("caller at 800"), pbx.recorded.data());
        assertEquals(caller.name(), pbx.recorded.runs.get(0).channel());
        awaitHangup(bob);
        pbx.awaitIdle();
    }

    @Test
    public void eRunsTheCalleesHExtensionAfterTheCall() throws Exception {
        Channel caller = pbx.call("alice", "peerh", "s");
        Channel bob = peer("Fake/bob-");
        awaitAnswer(caller);
        await("the bridge", () -> caller.bridge().isPresent());
        pbx.phones.link(bob).hangup(HangupCause.NORMAL_CLEARING.code());
        awaitHangup(caller);
        pbx.awaitIdle();
        assertTrue(pbx.recorded.data().toString(), pbx.recorded.data().contains("h " + bob.name()));
        assertTrue(pbx.recorded.data().contains("h " + caller.name()));
    }

    @Test
    public void dSendsDigitsToTheCalleeThenToTheCallerBeforeTheBridge() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "dtmf");
        Channel bob = peer("Fake/bob-");
        await("the bridge", () -> caller.bridge().isPresent());
        assertEquals(List.of(new DtmfFrame('1', false, 0), new DtmfFrame('1', true, 100), new DtmfFrame('2', false, 0),
                new DtmfFrame('2', true, 100)), pbx.phones.writtenTo(bob));
        assertEquals(List.of(new DtmfFrame('3', false, 0), new DtmfFrame('3', true, 100)), pbx.phones.writtenTo(caller));
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void aPlaysTheAnnouncementToTheCalleeBeforeTheCallIsConnected() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "announce");
        Channel bob = peer("Fake/bob-");
        await("the bridge", () -> caller.bridge().isPresent());
        long beepFrames = pbx.sounds.find("beep", "en").orElseThrow().frames().size();
        assertEquals(beepFrames, pbx.phones.writtenTo(bob).stream().filter(VoiceFrame.class::isInstance).count());
        assertTrue(pbx.phones.writtenTo(caller).isEmpty());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void anSItCannotReadEndsTheCallWithInvalidArgs() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "badstop");
        awaitHangup(caller);
        assertEquals("INVALIDARGS", caller.variable("DIALSTATUS").orElseThrow());
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void ringingFromTheCalleeSetsRingTime() throws Exception {
        pbx.phones.whenCalled("quiet", FakePhones.signals(ControlFrame.Control.RINGING));
        Channel caller = pbx.call("alice", "ctx", "ringback");
        awaitHangup(caller);
        long ringMs = Long.parseLong(caller.variable("RINGTIME_MS").orElseThrow());
        assertEquals(ringMs / 1000, Long.parseLong(caller.variable("RINGTIME").orElseThrow()));
    }
}
