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
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.dialplan.PbxHarness;
import org.strowger.core.internal.media.FakeTranslator;

/** Playback, BackGround, WaitExten, Read and SendDTMF as Asterisk's apps and PBX loop behave. */
public class MediaApplicationsTest {

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => play,1,Playback(beep)
                 same => n,Record(${PLAYBACKSTATUS})
                exten => playmissing,1,Playback(beep&nosuchfile&beep)
                 same => n,Record(${PLAYBACKSTATUS})
                exten => noanswer,1,Playback(beep,noanswer)
                 same => n,Record(${PLAYBACKSTATUS})
                exten => skip,1,Playback(beep,skip)
                 same => n,Record(${PLAYBACKSTATUS})
                exten => playnothing,1,Playback()
                 same => n,Record(not reached)
                exten => menu,1,BackGround(silence/10)
                 same => n,Record(not reached)
                exten => badmenu,1,BackGround(nosuchfile)
                 same => n,Record(${BACKGROUNDSTATUS})
                exten => 1,1,Record(one)
                exten => 21,1,Record(twenty-one)
                exten => 22,1,Record(twenty-two)
                exten => i,1,Record(invalid ${INVALID_EXTEN})
                exten => wait,1,Answer()
                 same => n,WaitExten(0.2)
                 same => n,Record(went on)
                exten => read,1,Read(NUM,beep)
                 same => n,Record(${NUM} ${READSTATUS})
                exten => readtwo,1,Read(NUM,,2)
                 same => n,Record(${NUM} ${READSTATUS})
                exten => readtimeout,1,Read(NUM,,,,2,0.1)
                 same => n,Record([${NUM}] ${READSTATUS})
                exten => readskip,1,Read(NUM,beep,,s)
                 same => n,Record([${NUM}] ${READSTATUS})
                exten => readnovar,1,Read()
                 same => n,Record(${READSTATUS})
                exten => dtmf,1,SendDTMF(1w#,50,120)
                 same => n,Record(sent)
                exten => dtmfshort,1,SendDTMF(5,,20)
                 same => n,Record(sent)

                [timeout]
                exten => s,1,Answer()
                 same => n,WaitExten(0.2)
                exten => t,1,Record(timed out)

                [waitdigits]
                exten => s,1,WaitExten(5)
                exten => 21,1,Record(twenty-one)
                exten => 22,1,Record(twenty-two)
                """);
        pbx.translations.addTranslator(new FakeTranslator(Format.SLIN, Format.ULAW, 1), FakeTranslator.service(1));
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private List<VoiceFrame> voiceTo(Channel channel) {
        return pbx.phones.writtenTo(channel).stream().filter(VoiceFrame.class::isInstance).map(VoiceFrame.class::cast)
                .toList();
    }

    private int beepFrames() {
        return pbx.sounds.find("beep", "en").orElseThrow().frames().size();
    }

    private Channel run(String exten) throws InterruptedException {
        Channel caller = pbx.call("alice", "ctx", exten);
        awaitHangup(caller);
        pbx.awaitIdle();
        return caller;
    }

    private void press(Channel channel, char... digits) {
        for (char digit : digits) {
            pbx.phones.link(channel).queue(new DtmfFrame(digit, false, 0));
            pbx.phones.link(channel).queue(new DtmfFrame(digit, true, 80));
        }
    }

    @Test
    public void playbackAnswersPlaysTheWholeFileAndSucceeds() throws Exception {
        Channel caller = run("play");
        assertTrue(pbx.phones.journal.contains("answer " + caller.name()));
        assertEquals(beepFrames(), voiceTo(caller).size());
        assertEquals(List.of("SUCCESS"), pbx.recorded.data());
    }

    @Test
    public void aMissingFileFailsButTheOthersStillPlay() throws Exception {
        Channel caller = run("playmissing");
        assertEquals(2 * beepFrames(), voiceTo(caller).size());
        assertEquals(List.of("FAILED"), pbx.recorded.data());
    }

    @Test
    public void noanswerPlaysWithoutAnsweringAndSkipPlaysNothingOnAChannelThatIsNotUp() throws Exception {
        Channel first = run("noanswer");
        assertFalse(pbx.phones.journal.contains("answer " + first.name()));
        assertEquals(beepFrames(), voiceTo(first).size());
        Channel second = run("skip");
        assertTrue(voiceTo(second).isEmpty());
        assertEquals(List.of("SUCCESS", "SUCCESS"), pbx.recorded.data());
    }

    @Test
    public void playbackWithoutAFileEndsTheCall() throws Exception {
        run("playnothing");
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void aDigitDuringBackgroundThatIsAnExtensionGoesThere() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "menu");
        await("BackGround", () -> "BackGround".equals(caller.application()));
        press(caller, '1');
        await("extension 1", () -> !pbx.recorded.runs.isEmpty());
        assertEquals("one", pbx.recorded.runs.get(0).data());
        assertEquals("1", pbx.recorded.runs.get(0).exten());
        assertEquals(1, pbx.recorded.runs.get(0).priority());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void aDigitThatBeginsLongerExtensionsWaitsForTheRest() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "menu");
        await("BackGround", () -> "BackGround".equals(caller.application()));
        press(caller, '2', '2');
        await("extension 22", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("twenty-two"), pbx.recorded.data());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void aNumberThatIsNoExtensionGoesToI() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "menu");
        await("BackGround", () -> "BackGround".equals(caller.application()));
        press(caller, '9');
        await("i", () -> !pbx.recorded.runs.isEmpty());
        assertEquals(List.of("invalid 9"), pbx.recorded.data());
        caller.hangup(16);
        pbx.awaitIdle();
    }

    @Test
    public void backgroundOfAMissingFileFails() throws Exception {
        run("badmenu");
        assertEquals(List.of("FAILED"), pbx.recorded.data());
    }

    @Test
    public void waitExtenTimesOutToTheNextPriorityOrToT() throws Exception {
        run("wait");
        assertEquals(List.of("went on"), pbx.recorded.data());

        Channel caller = pbx.call("alice", "timeout", "s");
        awaitHangup(caller);
        assertEquals(List.of("went on", "timed out"), pbx.recorded.data());
        assertEquals("t", pbx.recorded.runs.get(1).exten());
    }

    @Test
    public void waitExtenCollectsDigitsOfAnExtension() throws Exception {
        Channel caller = pbx.call("alice", "waitdigits", "s");
        await("WaitExten", () -> "WaitExten".equals(caller.application()));
        press(caller, '2', '1');
        awaitHangup(caller);
        assertEquals(List.of("twenty-one"), pbx.recorded.data());
    }

    @Test
    public void readCollectsDigitsUntilTheHashAndLeavesItOut() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "read");
        await("Read", () -> "Read".equals(caller.application()));
        press(caller, '4', '2', '#');
        awaitHangup(caller);
        assertEquals(List.of("42 OK"), pbx.recorded.data());
    }

    @Test
    public void readStopsAtMaxDigits() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "readtwo");
        await("Read", () -> "Read".equals(caller.application()));
        press(caller, '7', '8');
        awaitHangup(caller);
        assertEquals(List.of("78 OK"), pbx.recorded.data());
    }

    @Test
    public void readWithoutDigitsTimesOutAfterItsAttemptsAndSkipsAChannelThatIsNotUp() throws Exception {
        run("readtimeout");
        run("readskip");
        run("readnovar");
        assertEquals(List.of("[] TIMEOUT", "[] SKIPPED", "ERROR"), pbx.recorded.data());
    }

    @Test
    public void readReportsAHangup() throws Exception {
        Channel caller = pbx.call("alice", "ctx", "read");
        await("Read", () -> "Read".equals(caller.application()));
        press(caller, '4');
        caller.hangup(16);
        pbx.awaitIdle();
        assertEquals("HANGUP", caller.variable("READSTATUS").orElseThrow());
    }

    @Test
    public void sendDtmfSendsEachKeyDownAndUpWithItsDuration() throws Exception {
        Channel caller = run("dtmf");
        List<Frame> sent = pbx.phones.writtenTo(caller);
        assertEquals(List.of(new DtmfFrame('1', false, 0), new DtmfFrame('1', true, 120),
                new DtmfFrame('#', false, 0), new DtmfFrame('#', true, 120)), sent);
        assertEquals(List.of("sent"), pbx.recorded.data());
    }

    @Test
    public void aKeyIsHeldAtLeast100Milliseconds() throws Exception {
        Channel caller = run("dtmfshort");
        assertEquals(new DtmfFrame('5', true, 100), pbx.phones.writtenTo(caller).get(1));
    }
}
