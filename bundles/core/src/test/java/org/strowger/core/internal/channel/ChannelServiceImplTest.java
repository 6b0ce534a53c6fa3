package org.strowger.core.internal.channel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.media.FakeTranslator;
import org.strowger.core.internal.media.TranslationMatrix;

/** Channels, the driver whiteboard and two-party bridges, driven through fake drivers. */
public class ChannelServiceImplTest {

    private final RecordingEventBus events = new RecordingEventBus();
    private final ManualClock clock = new ManualClock();
    private final TranslationMatrix matrix = new TranslationMatrix(FakeTranslator.DECLARED_COST);
    private ChannelServiceImpl service;
    private FakeDriver fake;

    @Before
    public void setUp() {
        service = new ChannelServiceImpl(events, matrix, clock);
        fake = new FakeDriver("Fake", service);
        service.addDriver(fake, Map.of(ChannelDriver.TECHNOLOGY, "Fake"));
    }

    @After
    public void tearDown() {
        service.close();
    }

    @Test
    public void namesChannelsTechSlashResourceDashEightHexDigits() throws Exception {
        Channel first = service.request("Fake/alice", Set.of(), null);
        Channel second = service.request("fake/bob", Set.of(), null);

        assertEquals("Fake/alice-00000001", first.name());
        assertEquals("Fake/bob-00000002", second.name());
        assertEquals("Fake", first.technology());
        assertNotEquals(first.uniqueId(), second.uniqueId());
        assertSame(first, service.find("FAKE/ALICE-00000001").orElseThrow());
        assertSame(second, service.findByUniqueId(second.uniqueId()).orElseThrow());
        assertEquals(List.of(first, second), service.channels());
        assertEquals(List.of("Fake"), service.technologies());
    }

    @Test
    public void aRequestedChannelJoinsItsRequestorsCall() throws Exception {
        Channel caller = service.request("Fake/alice", Set.of(), null);
        Channel callee = service.request("Fake/bob", Set.of(), caller);

        assertEquals(caller.uniqueId(), caller.linkedId());
        assertEquals(caller.uniqueId(), callee.linkedId());
        assertEquals(1, service.activeCalls());
        assertEquals(1, service.processedCalls());
    }

    @Test
    public void singleUnderscoreInheritsOneLevelDoubleUnderscoreEveryLevel() throws Exception {
        Channel parent = service.request("Fake/alice", Set.of(), null);
        parent.setVariable("__ACCOUNT", "42");
        parent.setVariable("_TEAM", "red");
        parent.setVariable("PRIVATE", "secret");

        Channel child = service.request("Fake/bob", Set.of(), parent);
        Channel grandchild = service.request("Fake/carol", Set.of(), child);

        assertEquals(Optional.of("42"), child.variable("ACCOUNT"));
        assertEquals(Optional.of("red"), child.variable("TEAM"));
        assertEquals(Optional.empty(), child.variable("PRIVATE"));
        assertEquals(Optional.of("42"), grandchild.variable("ACCOUNT"));
        assertEquals(Optional.empty(), grandchild.variable("TEAM"));
        assertEquals(Map.of("ACCOUNT", "42", "TEAM", "red"), child.variables());
        assertEquals(Optional.of("42"), parent.variable("__ACCOUNT"));
    }

    @Test
    public void varSetCarriesTheNameAsSetAndTheSnapshotBeforeIt() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.setVariable("_TEAM", "red");

        PbxEvent varSet = events.named("VarSet").get(0);
        assertEquals("dialplan", varSet.categories().iterator().next().label());
        assertEquals(Optional.of("_TEAM"), varSet.get("Variable"));
        assertEquals(Optional.of("red"), varSet.get("Value"));
        assertEquals("Channel", varSet.fields().get(0).name());
        assertEquals(List.of("Linkedid", "Variable", "Value"), varSet.fields().subList(13, 16).stream()
                .map(PbxEvent.Field::name).toList());
    }

    @Test
    public void newchannelNewstateAndHangupCarryAsterisksSnapshotFields() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.answer();
        channel.hangup(16);

        assertEquals(List.of("Newchannel", "Newstate", "Hangup"), events.names());
        PbxEvent newchannel = events.named("Newchannel").get(0);
        assertEquals(List.of("Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName",
                "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority",
                "Uniqueid", "Linkedid"), newchannel.fields().stream().map(PbxEvent.Field::name).toList());
        assertEquals(Optional.of("0"), newchannel.get("ChannelState"));
        assertEquals(Optional.of("Down"), newchannel.get("ChannelStateDesc"));
        assertEquals(Optional.of("<unknown>"), newchannel.get("CallerIDNum"));
        assertEquals(Optional.of("<unknown>"), newchannel.get("ConnectedLineName"));
        PbxEvent newstate = events.named("Newstate").get(0);
        assertEquals(Optional.of("6"), newstate.get("ChannelState"));
        assertEquals(Optional.of("Up"), newstate.get("ChannelStateDesc"));
        PbxEvent hangup = events.named("Hangup").get(0);
        assertEquals(Optional.of("16"), hangup.get("Cause"));
        assertEquals(Optional.of("Normal Clearing"), hangup.get("Cause-txt"));
        assertEquals("call", hangup.categories().iterator().next().label());
    }

    @Test
    public void callerIdShowsInTheSnapshot() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.setCallerId(CallerId.parse("\"Alice Liddell\" <5551234>"));
        channel.hangup(17);

        PbxEvent hangup = events.named("Hangup").get(0);
        assertEquals(Optional.of("5551234"), hangup.get("CallerIDNum"));
        assertEquals(Optional.of("Alice Liddell"), hangup.get("CallerIDName"));
        assertEquals(Optional.of("User busy"), hangup.get("Cause-txt"));
    }

    @Test
    public void badDialStringsAndUnknownTechnologiesGetACause() {
        ChannelRequestException noSlash = assertThrows(ChannelRequestException.class,
                () -> service.request("alice", Set.of(), null));
        assertEquals(28, noSlash.cause());
        assertTrue(noSlash.getMessage(), noSlash.getMessage().contains("'alice'"));

        ChannelRequestException emptyResource = assertThrows(ChannelRequestException.class,
                () -> service.request("Fake/", Set.of(), null));
        assertEquals(28, emptyResource.cause());

        ChannelRequestException unknown = assertThrows(ChannelRequestException.class,
                () -> service.request("Nope/alice", Set.of(), null));
        assertEquals(66, unknown.cause());
        assertEquals("No channel type registered for 'Nope'", unknown.getMessage());

        ChannelRequestException refused = assertThrows(ChannelRequestException.class,
                () -> service.request("Fake/busy", Set.of(), null));
        assertEquals(17, refused.cause());
    }

    @Test
    public void aDriverThatThrowsOnRequestGivesCause38AndNoChannel() {
        fake.failNextRequest = new IllegalStateException("socket closed");

        ChannelRequestException failure = assertThrows(ChannelRequestException.class,
                () -> service.request("Fake/alice", Set.of(), null));

        assertEquals(38, failure.cause());
        assertTrue(failure.getMessage(), failure.getMessage().contains("socket closed"));
        assertEquals(List.of(), service.channels());
    }

    @Test
    public void aDriverThatThrowsOnCallHangsTheChannelUpWithCause38() throws Exception {
        Channel channel = service.request("Fake/broken", Set.of(), null);
        channel.call(30_000);

        assertTrue(channel.isHungUp());
        assertEquals(38, channel.hangupCause());
        assertEquals(new HangupFrame(38), channel.read(0, TimeUnit.MILLISECONDS));
        assertEquals(List.of(), service.channels());
        assertEquals(Optional.of("Network out of order"), events.named("Hangup").get(0).get("Cause-txt"));
    }

    @Test
    public void framesWaitForAReaderWhileTheChannelIsNotBridged() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        VoiceFrame audio = FakeTranslator.frame(Format.ULAW);
        fake.link(channel).queue(ControlFrame.of(ControlFrame.Control.RINGING));
        fake.link(channel).queue(audio);

        assertEquals(ControlFrame.of(ControlFrame.Control.RINGING), channel.read(1, TimeUnit.SECONDS));
        assertEquals(ChannelState.RINGING, channel.state());
        assertSame(audio, channel.read(1, TimeUnit.SECONDS));
        assertNull(channel.read(1, TimeUnit.MILLISECONDS));

        fake.link(channel).hangup(17);
        assertEquals(new HangupFrame(17), channel.read(1, TimeUnit.SECONDS));
        assertTrue(channel.isHungUp());
        assertEquals(17, channel.hangupCause());
        assertEquals(List.of("hangup Fake/alice-00000001 17"), fake.journal);
    }

    @Test
    public void whatArrivedBeforeAHangupIsStillReadBeforeTheHangup() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.call(30_000);
        fake.link(channel).queue(ControlFrame.of(ControlFrame.Control.ANSWER));
        fake.link(channel).hangup(16);

        assertEquals("an originator learns that the call was answered",
                ControlFrame.of(ControlFrame.Control.ANSWER), channel.read(0, TimeUnit.MILLISECONDS));
        assertEquals(new HangupFrame(16), channel.read(0, TimeUnit.MILLISECONDS));
        assertEquals(new HangupFrame(16), channel.read(0, TimeUnit.MILLISECONDS));
    }

    @Test
    public void sequenceSuffixesAreEightLowerCaseHexDigitsAsAsterisksPercent08x() {
        assertEquals("00000001", ChannelServiceImpl.sequenceSuffix(1));
        assertEquals("000000ff", ChannelServiceImpl.sequenceSuffix(255));
        assertEquals("7fffffff", ChannelServiceImpl.sequenceSuffix(Integer.MAX_VALUE));
        assertEquals("ffffffff", ChannelServiceImpl.sequenceSuffix(-1));
    }

    @Test
    public void aSlowReaderLosesTheOldestFramesNotTheNewest() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        VoiceFrame[] frames = new VoiceFrame[ChannelImpl.READ_QUEUE_CAPACITY + 10];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = FakeTranslator.frame(Format.ULAW);
            fake.link(channel).queue(frames[i]);
        }
        assertSame(frames[10], channel.read(1, TimeUnit.SECONDS));
    }

    @Test
    public void anUnansweredCallHangsUpWithNoAnswerAfterItsTimeout() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.call(50);

        assertEquals(Integer.valueOf(19), channel.hungUp().toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals("call Fake/alice-00000001 alice", fake.journal.get(0));
    }

    @Test
    public void anAnsweredCallOutlivesItsTimeout() throws Exception {
        Channel channel = service.request("Fake/alice", Set.of(), null);
        channel.call(50);
        fake.link(channel).queue(ControlFrame.of(ControlFrame.Control.ANSWER));

        assertEquals(ChannelState.UP, channel.state());
        Thread.sleep(200);
        assertFalse(channel.isHungUp());
    }

    @Test
    public void channelsWithACommonFormatAreBridgedNativelyFrameForFrame() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        Bridge bridge = service.bridge(alice, bob);
        VoiceFrame audio = FakeTranslator.frame(Format.ULAW);

        fake.link(alice).queue(audio);

        assertTrue(bridge.isNative());
        assertSame(audio, fake.writtenTo(bob).get(0));
        assertEquals(Optional.of(bridge), alice.bridge());
        List<PbxEvent> enters = events.named("BridgeEnter");
        assertEquals(2, enters.size());
        assertEquals(Optional.of(bridge.id()), enters.get(0).get("BridgeUniqueid"));
        assertEquals(Optional.of("1"), enters.get(0).get("BridgeNumChannels"));
        assertEquals(Optional.of("2"), enters.get(1).get("BridgeNumChannels"));
        assertEquals(Optional.of(bob.name()), enters.get(1).get("Channel"));
        assertEquals(Optional.of("basic"), enters.get(0).get("BridgeType"));
        assertEquals(Optional.of("simple_bridge"), enters.get(0).get("BridgeTechnology"));
    }

    @Test
    public void channelsWithoutACommonFormatAreTranscodedThroughTheMatrix() throws Exception {
        matrix.addTranslator(new FakeTranslator(Format.ULAW, Format.SLIN, 10), FakeTranslator.service(1));
        matrix.addTranslator(new FakeTranslator(Format.SLIN, Format.ALAW, 10), FakeTranslator.service(2));
        Channel alice = service.request("Fake/alice:ulaw", Set.of(), null);
        Channel bob = service.request("Fake/bob:alaw", Set.of(), alice);
        Bridge bridge = service.bridge(alice, bob);

        fake.link(alice).queue(FakeTranslator.frame(Format.ULAW));

        assertFalse(bridge.isNative());
        List<VoiceFrame> atBob = fake.writtenTo(bob);
        assertEquals(1, atBob.size());
        assertSame(Format.ALAW, atBob.get(0).format());
    }

    @Test
    public void aBridgedCallSurvivesItsTranslatorBeingReplacedMidCall() throws Exception {
        FakeTranslator ulawToSlin = new FakeTranslator(Format.ULAW, Format.SLIN, 10);
        FakeTranslator slinToAlaw = new FakeTranslator(Format.SLIN, Format.ALAW, 10);
        matrix.addTranslator(ulawToSlin, FakeTranslator.service(1));
        matrix.addTranslator(slinToAlaw, FakeTranslator.service(2));
        Channel alice = service.request("Fake/alice:ulaw", Set.of(), null);
        Channel bob = service.request("Fake/bob:alaw", Set.of(), alice);
        service.bridge(alice, bob);
        fake.link(alice).queue(FakeTranslator.frame(Format.ULAW));

        // A codec bundle update: the old service goes, a new one comes, between two frames.
        matrix.removeTranslator(slinToAlaw, FakeTranslator.service(2));
        FakeTranslator updated = new FakeTranslator(Format.SLIN, Format.ALAW, 10);
        matrix.addTranslator(updated, FakeTranslator.service(3));
        fake.link(alice).queue(FakeTranslator.frame(Format.ULAW));

        assertEquals(2, fake.writtenTo(bob).size());
        assertEquals(1, slinToAlaw.closed);
        assertEquals(1, updated.opened);
        assertFalse(bob.isHungUp());
    }

    @Test
    public void dtmfPassesThroughTheBridge() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        service.bridge(alice, bob);

        fake.link(alice).queue(new DtmfFrame('5', false, 0));
        fake.link(alice).queue(new DtmfFrame('5', true, 120));

        assertTrue(fake.journal.contains("dtmf Fake/bob-00000002 5 begin"));
        assertTrue(fake.journal.contains("dtmf Fake/bob-00000002 5 end"));
    }

    @Test
    public void holdPlaysMusicToThePeerUntilUnhold() throws Exception {
        matrix.addTranslator(new FakeTranslator(Format.SLIN, Format.ULAW, 10), FakeTranslator.service(1));
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        service.bridge(alice, bob);

        fake.link(alice).queue(new ControlFrame(ControlFrame.Control.HOLD, ""));
        assertTrue(fake.journal.contains("indicate Fake/bob-00000002 HOLD"));
        assertEquals(1, clock.scheduled());
        clock.tick();
        clock.tick();
        fake.link(alice).queue(FakeTranslator.frame(Format.ULAW));
        assertEquals("music only, not the holder's audio", 2, fake.writtenTo(bob).size());

        fake.link(alice).queue(ControlFrame.of(ControlFrame.Control.UNHOLD));
        assertEquals(0, clock.scheduled());
        VoiceFrame after = FakeTranslator.frame(Format.ULAW);
        fake.link(alice).queue(after);
        assertSame(after, fake.writtenTo(bob).get(2));
    }

    @Test
    public void aDriverThatHandlesHoldItselfGetsNoLocalMusic() throws Exception {
        fake.handlesHold = true;
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        service.bridge(alice, bob);

        fake.link(alice).queue(ControlFrame.of(ControlFrame.Control.HOLD));

        assertEquals(0, clock.scheduled());
    }

    @Test
    public void aHangupEndsTheBridgeAndThePeerStaysUp() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        bob.answer();
        Bridge bridge = service.bridge(alice, bob);

        fake.link(alice).hangup(16);

        assertTrue(bridge.ended().toCompletableFuture().isDone());
        assertFalse(bob.isHungUp());
        assertEquals(Optional.empty(), bob.bridge());
        assertEquals(2, events.named("BridgeLeave").size());
        assertEquals(1, events.named("BridgeDestroy").size());
        VoiceFrame audio = FakeTranslator.frame(Format.ULAW);
        fake.link(bob).queue(audio);
        assertSame("the peer's frames go back to its reader", audio, bob.read(1, TimeUnit.SECONDS));
    }

    @Test
    public void aChannelThatHungUpCannotBeBridged() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Fake/bob", Set.of(), alice);
        Channel carol = service.request("Fake/carol", Set.of(), alice);
        alice.hangup(16);

        assertThrows(IllegalStateException.class, () -> service.bridge(alice, bob));
        service.bridge(bob, carol);
        Channel dave = service.request("Fake/dave", Set.of(), null);
        assertThrows(IllegalStateException.class, () -> service.bridge(bob, dave));
        assertEquals(Optional.empty(), dave.bridge());
    }

    @Test
    public void aDriverThatGoesAwayHangsUpItsChannelsAndNoOthers() throws Exception {
        FakeDriver other = new FakeDriver("Other", service);
        service.addDriver(other, Map.of(ChannelDriver.TECHNOLOGY, "Other"));
        Channel alice = service.request("Fake/alice", Set.of(), null);
        Channel bob = service.request("Other/bob", Set.of(), alice);
        bob.answer();
        Bridge bridge = service.bridge(alice, bob);

        service.removeDriver(fake, Map.of(ChannelDriver.TECHNOLOGY, "Fake"));

        assertEquals(16, alice.hangupCause());
        assertTrue(fake.journal.contains("hangup Fake/alice-00000001 16"));
        assertTrue(bridge.ended().toCompletableFuture().isDone());
        assertFalse(bob.isHungUp());
        assertEquals(List.of(bob), service.channels());
        assertEquals(List.of("Other"), service.technologies());
        ChannelRequestException gone = assertThrows(ChannelRequestException.class,
                () -> service.request("Fake/alice", Set.of(), null));
        assertEquals(66, gone.cause());
    }

    @Test
    public void aSecondDriverForATechnologyIsIgnored() throws Exception {
        FakeDriver second = new FakeDriver("Fake", service);
        service.addDriver(second, Map.of(ChannelDriver.TECHNOLOGY, "FAKE"));
        service.request("Fake/alice", Set.of(), null);

        assertEquals(1, fake.techs.size());
        assertEquals(0, second.techs.size());
        service.removeDriver(second, Map.of(ChannelDriver.TECHNOLOGY, "FAKE"));
        assertEquals(List.of("Fake"), service.technologies());
    }

    @Test
    public void hangupIsIdempotentAndTheFirstCauseCounts() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);
        alice.hangup(17);
        alice.hangup(16);

        assertEquals(17, alice.hangupCause());
        assertEquals(1, events.named("Hangup").size());
        assertEquals(0, service.activeCalls());
        assertEquals(1, service.processedCalls());
        Frame afterwards = alice.read(0, TimeUnit.MILLISECONDS);
        assertEquals(new HangupFrame(17), afterwards);
    }

    @Test
    public void technologyItemsAreAnsweredByTheDriver() throws Exception {
        Channel alice = service.request("Fake/alice", Set.of(), null);

        assertEquals(Optional.of("fake value of Fake/alice-00000001"), alice.technologyItem("fake_item"));
        assertEquals(Optional.empty(), alice.technologyItem("nothing"));
    }
}
