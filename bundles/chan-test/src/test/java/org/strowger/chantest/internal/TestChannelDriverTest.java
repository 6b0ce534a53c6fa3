package org.strowger.chantest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.ControlFrame.Control;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.AudioCheck;
import org.strowger.chantest.ChannelProbe;
import org.strowger.chantest.ToneMeasurement;

/** The driver against a fake core: every clock tick is one the test makes, so nothing depends on time. */
public class TestChannelDriverTest {

    private final FakeChannelService core = new FakeChannelService();
    private final FakeMediaClock clock = new FakeMediaClock();
    private final TestChannelDriver driver = new TestChannelDriver(core, clock, 1, 2);

    @Test
    public void aDialledChannelIsNamedAfterTheFarEndAndCarriesItsFormat() throws ChannelRequestException {
        Channel channel = driver.request("bob/format=alaw/echo", Set.of(Format.ULAW), null);
        assertEquals("Test/bob-00000001", channel.name());
        NewChannel spec = core.spec(channel);
        assertEquals("Test", spec.technology());
        assertEquals(Set.of(Format.ALAW), spec.nativeFormats());
        assertEquals(ChannelState.DOWN, spec.state());
        assertSame(Format.ALAW, driver.probe(channel).format());
        assertFalse(driver.probe(channel).isIncoming());
    }

    @Test
    public void byDefaultTheFarEndAnswersOnTheFirstTickAfterCall() throws ChannelRequestException {
        FakeLink link = dial("bob");
        assertEquals(List.of(), link.frames());
        clock.tick();
        assertEquals(List.of(Control.ANSWER), link.controls());
        assertTrue(driver.probe(link.channel()).isAnswered());
        clock.tick(10);
        assertEquals("nothing else was scripted", 1, link.frames().size());
    }

    @Test
    public void ringThenAnswerAfterTheDelayRoundedUpToTicks() throws ChannelRequestException {
        FakeLink link = dial("bob/ring/answer=90");
        clock.tick();
        assertEquals(List.of(Control.RINGING), link.controls());
        clock.tick(3);
        assertEquals("90 ms is five ticks", List.of(Control.RINGING), link.controls());
        clock.tick();
        assertEquals(List.of(Control.RINGING, Control.ANSWER), link.controls());
    }

    @Test
    public void answerNeverWaitsForTheProbe() throws ChannelRequestException {
        FakeLink link = dial("bob/ring/answer=never");
        clock.tick(100);
        assertEquals(List.of(Control.RINGING), link.controls());
        ChannelProbe probe = driver.probe(link.channel());
        assertFalse(probe.isAnswered());
        probe.answer();
        probe.answer();
        assertEquals(List.of(Control.RINGING, Control.ANSWER), link.controls());
    }

    @Test
    public void busyAndCongestionInsteadOfAnswer() throws ChannelRequestException {
        FakeLink busy = dial("bob/ring/busy");
        FakeLink congested = dial("carol/congestion");
        clock.tick(10);
        assertEquals(List.of(Control.RINGING, Control.BUSY), busy.controls());
        assertEquals(List.of(Control.CONGESTION), congested.controls());
    }

    @Test
    public void aToneStartsTheTickAfterAnswerAndSendsTheSameFramesOverAndOver() throws ChannelRequestException {
        FakeLink link = dial("bob/tone=1000");
        clock.tick();
        assertEquals(List.of(Control.ANSWER), link.controls());
        assertEquals("ANSWER comes alone", 1, link.drain().size());
        clock.tick(50);
        List<VoiceFrame> voice = link.voice();
        assertEquals(50, voice.size());
        for (VoiceFrame frame : voice) {
            assertSame("1000 Hz repeats every frame: one preallocated frame", voice.get(0), frame);
        }
        ToneMeasurement tone = AudioCheck.measureTone(Format.ULAW, concat(voice), 1000);
        assertTrue(tone.toString(), tone.isTone(-11, 30));
    }

    @Test
    public void a440HzAlawToneCyclesThroughFiveFrames() throws ChannelRequestException {
        FakeLink link = dial("bob/format=alaw/tone=440");
        clock.tick();
        link.drain();
        clock.tick(11);
        List<VoiceFrame> voice = link.voice();
        assertSame(Format.ALAW, voice.get(0).format());
        assertNotSame(voice.get(0), voice.get(1));
        assertSame(voice.get(0), voice.get(5));
        assertSame(voice.get(1), voice.get(6));
        assertSame(voice.get(0), voice.get(10));
        assertTrue(AudioCheck.measureTone(Format.ALAW, concat(voice), 440).isTone(-11, 30));
    }

    @Test
    public void echoWritesVoiceAndDtmfBackOnTheNextTick() throws ChannelRequestException {
        FakeLink link = dial("bob/echo");
        clock.tick();
        link.drain();
        VoiceFrame voice = new VoiceFrame(Format.ULAW, new byte[160], 160);
        DtmfFrame begin = new DtmfFrame('5', false, 0);
        DtmfFrame end = new DtmfFrame('5', true, 120);
        TechChannel tech = link.tech();
        tech.write(voice);
        tech.sendDtmf(begin);
        tech.sendDtmf(end);
        assertEquals("nothing is queued from inside write()", List.of(), link.frames());
        clock.tick();
        assertEquals(List.<Frame>of(voice, begin, end), link.frames());
        assertEquals("5", driver.probe(link.channel()).dtmfReceived());
    }

    @Test
    public void dtmfAfterAnswerAsBeginAndEndFrames() throws ChannelRequestException {
        FakeLink link = dial("bob/dtmf=1#");
        clock.tick();
        link.drain();
        clock.tick();
        assertEquals(List.of(new DtmfFrame('1', false, 0)), link.drain());
        clock.tick(TestChannel.DTMF_TICKS - 1);
        assertEquals("the key is held", List.of(), link.drain());
        clock.tick();
        assertEquals(List.of(new DtmfFrame('1', true, 100)), link.drain());
        clock.tick(TestChannel.DTMF_TICKS);
        assertEquals("a pause between keys", List.of(), link.drain());
        clock.tick();
        assertEquals(List.of(new DtmfFrame('#', false, 0)), link.drain());
        clock.tick(50);
        assertEquals(List.of(new DtmfFrame('#', true, 100)), link.drain());
    }

    @Test
    public void hangupAfterAnswerWithNormalClearing() throws ChannelRequestException {
        FakeLink link = dial("bob/hangup=100");
        ChannelProbe probe = driver.probe(link.channel());
        clock.tick();
        assertEquals(1, clock.scheduledTasks());
        clock.tick(4);
        assertFalse(probe.isHungUp());
        clock.tick();
        assertEquals(HangupCause.NORMAL_CLEARING.code(), link.hangupCause());
        assertTrue(probe.isHungUp());
        assertEquals(16, probe.hangupCause());
        assertEquals(Integer.valueOf(16), probe.hungUp().toCompletableFuture().getNow(null));
        assertEquals("the clock task ends with the call", 0, clock.scheduledTasks());
        assertSame("the probe outlives the call", probe, driver.probe(link.channel().name()));
    }

    @Test
    public void theProbeRecordsWhatTheCoreSent() throws ChannelRequestException {
        FakeLink link = dial("bob");
        TechChannel tech = link.tech();
        byte[] first = filled(160, 1);
        byte[] second = filled(160, 2);
        tech.write(new VoiceFrame(Format.ULAW, first, 160));
        tech.write(new VoiceFrame(Format.SLIN, new byte[320], 160));
        tech.write(new VoiceFrame(Format.ULAW, second, 160));
        assertFalse(tech.indicate(Control.HOLD, "jazz"));
        assertFalse(tech.indicate(Control.UNHOLD, ""));
        tech.sendDtmf(new DtmfFrame('4', false, 0));
        tech.sendDtmf(new DtmfFrame('4', true, 100));
        tech.sendDtmf(new DtmfFrame('2', true, 100));
        link.coreHangup(HangupCause.USER_BUSY.code());

        ChannelProbe probe = driver.probe(link.channel());
        assertEquals(3, probe.voiceFramesReceived());
        assertEquals(480, probe.samplesReceived());
        assertEquals(1, probe.voiceFramesInOtherFormats());
        assertArrayEquals(concat(List.of(new VoiceFrame(Format.ULAW, first, 160),
                new VoiceFrame(Format.ULAW, second, 160))), probe.receivedAudio());
        assertEquals(List.of(Control.HOLD, Control.UNHOLD), probe.controlsReceived());
        assertEquals("42", probe.dtmfReceived());
        assertEquals(17, probe.hangupCause());
    }

    @Test
    public void receivedAudioIsBoundedToTheLastSeconds() throws ChannelRequestException {
        FakeLink link = dial("bob");
        for (int frame = 0; frame < 120; frame++) {
            link.tech().write(new VoiceFrame(Format.ULAW, filled(160, frame), 160));
        }
        byte[] kept = driver.probe(link.channel()).receivedAudio();
        assertEquals("one second of ulaw", 8000, kept.length);
        assertEquals("the last frames", (byte) 70, kept[0]);
        assertEquals((byte) 119, kept[kept.length - 1]);
    }

    @Test
    public void theProbeStartsAndStopsTonesAndSendsDtmf() throws ChannelRequestException {
        FakeLink link = dial("bob/format=slin");
        ChannelProbe probe = driver.probe(link.channel());
        clock.tick();
        link.drain();
        probe.startTone(400);
        clock.tick(3);
        assertEquals(3, link.voice().size());
        assertSame(Format.SLIN, link.voice().get(0).format());
        probe.stopTone();
        link.drain();
        clock.tick(3);
        assertEquals(List.of(), link.voice());
        probe.sendDtmf("9");
        clock.tick();
        assertEquals(List.of(new DtmfFrame('9', false, 0)), link.drain());
        probe.queue(ControlFrame.of(Control.HOLD));
        assertEquals(List.of(Control.HOLD), link.controls());
        probe.hangup(HangupCause.CALL_REJECTED.code());
        assertEquals(21, link.hangupCause());
        assertEquals(21, probe.hangupCause());
    }

    @Test
    public void theProbeRefusesBadToneAndDigits() throws ChannelRequestException {
        ChannelProbe g729 = driver.probe(dial("bob/format=g729").channel());
        expectIllegal(() -> g729.startTone(1000), "no g729 encoder");
        ChannelProbe ulaw = driver.probe(dial("carol").channel());
        expectIllegal(() -> ulaw.startTone(0), "not 0");
        expectIllegal(() -> ulaw.sendDtmf("12x"), "'x' in '12x'");
    }

    @Test
    public void anIncomingCallRingsAndPlaysItsScriptOnceTheCoreAnswers() {
        Channel channel = driver.incoming("alice/tone=1000/hangup=40", Format.ULAW, "from-test", "100",
                new CallerId("5551234", "Alice"));
        assertEquals("Test/alice-00000001", channel.name());
        NewChannel spec = core.spec(channel);
        assertEquals(ChannelState.RING, spec.state());
        assertEquals("from-test", spec.context());
        assertEquals("100", spec.exten());
        assertEquals(new CallerId("5551234", "Alice"), spec.callerId());
        ChannelProbe probe = driver.probe(channel);
        assertTrue(probe.isIncoming());
        try {
            probe.answer();
            fail("the caller answered its own call");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("answer it in the dialplan"));
        }
        assertEquals("nothing runs before the core answers", 0, clock.scheduledTasks());

        FakeLink link = core.link(channel);
        link.tech().answer();
        assertTrue(probe.isAnswered());
        clock.tick();
        assertEquals("the core answered: no ANSWER from the far end", List.of(), link.frames());
        clock.tick();
        assertEquals(1, link.voice().size());
        assertFalse(probe.isHungUp());
        clock.tick();
        assertEquals("40 ms after answer: one frame of tone, then hangup", 1, link.voice().size());
        assertEquals(HangupCause.NORMAL_CLEARING.code(), link.hangupCause());
    }

    @Test
    public void incomingRefusesDialledOptions() {
        expectIllegal(() -> driver.incoming("alice/busy", Format.ULAW, "default", "s", null), "'busy' is for dialled calls");
    }

    @Test
    public void malformedDialStringsAreRefusedWithCause28() {
        try {
            driver.request("bob/loud", Set.of(), null);
            fail("accepted");
        } catch (ChannelRequestException e) {
            assertEquals(28, e.cause());
            assertTrue(e.getMessage(), e.getMessage().contains("'loud'"));
        }
    }

    @Test
    public void probesAreFoundByNameInAnyCaseAndTheNewestHungUpOnesAreKept() throws ChannelRequestException {
        FakeLink a = dial("a");
        FakeLink b = dial("b");
        FakeLink c = dial("c");
        FakeLink d = dial("d");
        assertSame(driver.probe(a.channel()), driver.probe("TEST/A-00000001"));
        assertEquals(4, driver.probes().size());
        a.coreHangup(16);
        b.coreHangup(16);
        c.coreHangup(16);
        assertTrue("two hung-up probes are kept", driver.find(a.channel().name()).isEmpty());
        assertTrue(driver.find(b.channel().name()).isPresent());
        assertEquals(List.of(d.channel().name(), b.channel().name(), c.channel().name()),
                driver.probes().stream().map(ChannelProbe::channelName).toList());
        try {
            driver.probe("Test/nobody-00000099");
            fail("found a channel that never was");
        } catch (NoSuchElementException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Test/nobody-00000099"));
        }
    }

    @Test
    public void stoppingTheDriverHangsUpItsChannels() throws ChannelRequestException {
        FakeLink live = dial("bob/tone=1000");
        FakeLink ended = dial("carol");
        clock.tick();
        ended.coreHangup(17);
        driver.deactivate();
        assertEquals(16, live.hangupCause());
        assertEquals(17, ended.hangupCause());
        assertEquals(0, clock.scheduledTasks());
    }

    @Test
    public void theCoreCallingBeforeTheTickChangesNothingUntilTheClockRuns() throws ChannelRequestException {
        Channel channel = driver.request("bob", Set.of(), null);
        FakeLink link = core.link(channel);
        assertEquals(0, clock.scheduledTasks());
        link.tech().call("bob", Duration.ofSeconds(30));
        assertEquals(1, clock.scheduledTasks());
        assertEquals(List.of(), link.frames());
    }

    private FakeLink dial(String resource) throws ChannelRequestException {
        Channel channel = driver.request(resource, Set.of(Format.ULAW), null);
        FakeLink link = core.link(channel);
        link.tech().call(resource, Duration.ofSeconds(30));
        return link;
    }

    private static byte[] concat(List<VoiceFrame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(frame -> out.writeBytes(frame.payload()));
        return out.toByteArray();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static void expectIllegal(Runnable action, String mentioned) {
        try {
            action.run();
            fail("expected IllegalArgumentException mentioning " + mentioned);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(mentioned));
        }
    }
}
