package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;
import org.strowger.api.skype.CallDirection;
import org.strowger.api.skype.CallEnd;
import org.strowger.api.skype.CallLeg;
import org.strowger.api.skype.CallLegListener;
import org.strowger.api.skype.CallOptions;
import org.strowger.api.skype.CallProperty;
import org.strowger.api.skype.CallStatus;
import org.strowger.api.channel.HangupCause;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.CommunityListener;
import org.strowger.community.media.G711;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.ToneGenerator;

/**
 * The engine's call legs end to end: the real engine account over its real {@code ClientLink} to a real
 * community server, RTP over UDP and through the community connection ({@code disable_udp}). Expected
 * values come from the design and the protocol: echo123 returns every payload unchanged; an incoming leg
 * is announced with its caller's public profile; RFC 4733 digits reach the leg's listener; hanging up
 * ends both legs FINISHED.
 */
public class EngineCallsTest {

    private static final long WAIT = LiveEngine.WAIT_SECONDS;
    private static final int FRAMES = 50;

    @Rule
    public final LiveCommunity community = new LiveCommunity();

    /** Records what a leg's listener hears. */
    static final class Recorder implements CallLegListener {
        final BlockingQueue<CallStatus> statuses = new LinkedBlockingQueue<>();
        final List<byte[]> frames = new CopyOnWriteArrayList<>();
        final BlockingQueue<DtmfFrame> dtmf = new LinkedBlockingQueue<>();
        final CompletableFuture<CallEnd> end = new CompletableFuture<>();

        @Override
        public void statusChanged(CallLeg leg, CallStatus status) {
            statuses.add(status);
        }

        @Override
        public void frame(CallLeg leg, VoiceFrame frame) {
            assertEquals(leg.format().orElseThrow(), frame.format());
            frames.add(frame.payload());
        }

        @Override
        public void dtmf(CallLeg leg, DtmfFrame frame) {
            dtmf.add(frame);
        }

        @Override
        public void hungUp(CallLeg leg, CallEnd callEnd) {
            if (!end.complete(callEnd)) {
                throw new AssertionError("hungUp called twice on " + leg);
            }
        }

        void awaitStatus(CallStatus wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
            while (true) {
                CallStatus next = statuses.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("the leg never became " + wanted);
                }
                if (next == wanted) {
                    return;
                }
            }
        }

        CallEnd awaitEnd() throws Exception {
            return end.get(WAIT, TimeUnit.SECONDS);
        }
    }

    /** 20 ms frames of a 440 Hz tone in G.711 ulaw. */
    private static List<byte[]> tone(int frames) {
        ToneGenerator generator = new ToneGenerator(8000, 440);
        List<byte[]> result = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            result.add(G711.encode(PayloadType.PCMU, generator.next(160)));
        }
        return result;
    }

    private static void assertEchoed(List<byte[]> sent, List<byte[]> received) throws InterruptedException {
        LiveEngine.await("every frame came back (" + received.size() + " of " + sent.size() + ")",
                () -> received.size() >= sent.size());
        // echo123 returns each payload unchanged; over loopback in the order sent
        for (int i = 0; i < sent.size(); i++) {
            assertTrue("frame " + i + " came back changed", Arrays.equals(sent.get(i), received.get(i)));
        }
    }

    private void echoTest(boolean disableUdp) throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), disableUdp)) {
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            Recorder recorder = new Recorder();
            CallLeg leg = james.call("echo123", CallOptions.of(List.of(Format.ULAW)), recorder)
                    .toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            assertEquals(CallDirection.OUTGOING, leg.direction());
            assertEquals("echo123", leg.partner());
            recorder.awaitStatus(CallStatus.INPROGRESS);
            assertEquals(Format.ULAW, leg.format().orElseThrow());
            List<byte[]> sent = tone(FRAMES);
            for (byte[] payload : sent) {
                leg.write(new VoiceFrame(Format.ULAW, payload, 160));
                Thread.sleep(20); // the pace of a real channel, one frame per 20 ms
            }
            assertEchoed(sent, recorder.frames);
            assertEquals(0, ((Leg) leg).droppedWrites());
            leg.hangup().toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            CallEnd end = recorder.awaitEnd();
            assertEquals(CallStatus.FINISHED, end.status());
            assertEquals(HangupCause.NORMAL_CLEARING, end.cause());
            assertEquals(CallStatus.FINISHED, leg.status());
            LiveEngine.await("the leg left the account", () -> james.calls().isEmpty());
        }
    }

    @Test
    public void echo123ReturnsTheFramesWrittenOverUdp() throws Exception {
        echoTest(false);
    }

    @Test
    public void echo123ReturnsTheFramesWrittenThroughTheCommunityWithUdpDisabled() throws Exception {
        echoTest(true);
    }

    @Test
    public void anIncomingCallIsAnnouncedWithTheCallersProfileAndCarriesDtmfAndHangup() throws Exception {
        incomingCall(false);
    }

    @Test
    public void anIncomingCallAnsweredWithUdpDisabledCarriesAudioAndDtmfThroughTheCommunity() throws Exception {
        incomingCall(true);
    }

    private void incomingCall(boolean disableUdp) throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), disableUdp);
                CommunityClient austin = community.softphone(LiveCommunity.AUSTIN, LiveCommunity.AUSTIN_PASSWORD)) {
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            austin.setProfile("CITY", "London").get(WAIT, TimeUnit.SECONDS);
            austin.setProfile("ABOUT", "Yeah, baby!").get(WAIT, TimeUnit.SECONDS);
            austin.setProfile("PHONE_MOBILE", "+447700900123").get(WAIT, TimeUnit.SECONDS);

            org.strowger.community.client.CallLeg out = austin.call(LiveCommunity.JAMES,
                    new org.strowger.community.client.CallOptions(List.of(PayloadType.PCMA, PayloadType.PCMU),
                            org.strowger.community.client.MediaMode.UDP, "mission briefing"))
                    .get(WAIT, TimeUnit.SECONDS);
            CallLeg leg = engine.incoming.poll(WAIT, TimeUnit.SECONDS);
            if (leg == null) {
                throw new AssertionError("the engine never announced the call");
            }
            Recorder recorder = new Recorder();
            leg.addListener(recorder);
            assertEquals(CallDirection.INCOMING, leg.direction());
            assertEquals(CallStatus.RINGING, leg.status());
            assertEquals(LiveCommunity.AUSTIN, leg.partner());
            assertEquals("Austin Powers", leg.partnerDisplayName());
            assertEquals("Austin Powers", leg.property(CallProperty.FULLNAME).orElse(""));
            assertEquals("London", leg.property(CallProperty.CITY).orElse(""));
            assertEquals("Yeah, baby!", leg.property(CallProperty.ABOUT).orElse(""));
            assertEquals("+447700900123", leg.property(CallProperty.PHONE_MOBILE).orElse(""));
            assertEquals("mission briefing", leg.property(CallProperty.TOPIC).orElse(""));
            assertEquals(List.of(Format.ALAW, Format.ULAW), leg.offeredFormats());
            assertEquals(List.of(leg), james.calls());

            // the engine answers with ulaw only: the first of the caller's list that the answerer lists
            leg.answer(List.of(Format.ULAW)).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            recorder.awaitStatus(CallStatus.INPROGRESS);
            out.answered().get(WAIT, TimeUnit.SECONDS);
            assertEquals(Format.ULAW, leg.format().orElseThrow());
            assertEquals(PayloadType.PCMU, out.codec());

            // audio both ways
            BlockingQueue<byte[]> heardBySoftphone = new LinkedBlockingQueue<>();
            out.addListener(new org.strowger.community.client.CallListener() {
                @Override
                public void onAudio(org.strowger.community.client.CallLeg l, PayloadType type,
                        org.strowger.community.media.RtpPacket packet) {
                    heardBySoftphone.add(packet.payload());
                }
            });
            List<byte[]> sent = tone(10);
            for (byte[] payload : sent) {
                out.sendAudio(payload);
                leg.write(new VoiceFrame(Format.ULAW, payload, 160));
                Thread.sleep(20);
            }
            assertEchoed(sent, recorder.frames);
            for (byte[] payload : sent) {
                byte[] heard = heardBySoftphone.poll(WAIT, TimeUnit.SECONDS);
                assertTrue("the softphone heard another payload", Arrays.equals(payload, heard));
            }

            // RFC 4733 digits from the softphone: a begin and an end frame each, in order
            out.sendDtmf("5#").get(WAIT, TimeUnit.SECONDS);
            for (char digit : new char[] {'5', '#'}) {
                DtmfFrame begin = recorder.dtmf.poll(WAIT, TimeUnit.SECONDS);
                DtmfFrame end = recorder.dtmf.poll(WAIT, TimeUnit.SECONDS);
                assertEquals(digit, begin.digit());
                assertEquals(false, begin.end());
                assertEquals(digit, end.digit());
                assertEquals(true, end.end());
            }

            // the caller hangs up: the engine's leg ends FINISHED, cleared normally
            out.hangup().get(WAIT, TimeUnit.SECONDS);
            CallEnd end = recorder.awaitEnd();
            assertEquals(CallStatus.FINISHED, end.status());
            assertEquals(HangupCause.NORMAL_CLEARING, end.cause());
            assertEquals(org.strowger.community.protocol.CallStatus.FINISHED, out.ended().get(WAIT, TimeUnit.SECONDS));
            LiveEngine.await("the leg left the account", () -> james.calls().isEmpty());
        }
    }

    @Test
    public void theEngineHangingUpEndsTheSoftphonesLeg() throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), true);
                CommunityClient austin = community.softphone(LiveCommunity.AUSTIN, LiveCommunity.AUSTIN_PASSWORD)) {
            CompletableFuture<org.strowger.community.client.CallLeg> ringing = new CompletableFuture<>();
            austin.addListener(new CommunityListener() {
                @Override
                public void onIncomingCall(org.strowger.community.client.CallLeg leg) {
                    ringing.complete(leg);
                }
            });
            BlockingQueue<Character> digits = new LinkedBlockingQueue<>();
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            Recorder recorder = new Recorder();
            CallLeg leg = james.call(LiveCommunity.AUSTIN, CallOptions.of(List.of(Format.ALAW)), recorder)
                    .toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            org.strowger.community.client.CallLeg in = ringing.get(WAIT, TimeUnit.SECONDS);
            assertEquals(LiveCommunity.JAMES, in.partner());
            in.addListener(new org.strowger.community.client.CallListener() {
                @Override
                public void onDtmf(org.strowger.community.client.CallLeg l, char digit, int durationMillis) {
                    digits.add(digit);
                }
            });
            recorder.awaitStatus(CallStatus.RINGING);
            in.answer(new org.strowger.community.client.CallOptions(List.of(PayloadType.PCMU, PayloadType.PCMA),
                    org.strowger.community.client.MediaMode.UDP, null)).get(WAIT, TimeUnit.SECONDS);
            recorder.awaitStatus(CallStatus.INPROGRESS);
            assertEquals(Format.ALAW, leg.format().orElseThrow());

            // digits from the engine reach the softphone through the community's relay
            leg.sendDtmf('7', 100);
            assertEquals(Character.valueOf('7'), digits.poll(WAIT, TimeUnit.SECONDS));

            // hold from the engine: LOCALHOLD here, REMOTEHOLD there; resume: both in progress again
            BlockingQueue<org.strowger.community.protocol.CallStatus> there = new LinkedBlockingQueue<>();
            in.addListener(new org.strowger.community.client.CallListener() {
                @Override
                public void onStatus(org.strowger.community.client.CallLeg l,
                        org.strowger.community.protocol.CallStatus status) {
                    there.add(status);
                }
            });
            leg.hold().toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            recorder.awaitStatus(CallStatus.LOCALHOLD);
            assertEquals(org.strowger.community.protocol.CallStatus.REMOTEHOLD, there.poll(WAIT, TimeUnit.SECONDS));
            leg.resume().toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            recorder.awaitStatus(CallStatus.INPROGRESS);
            assertEquals(org.strowger.community.protocol.CallStatus.INPROGRESS, there.poll(WAIT, TimeUnit.SECONDS));

            leg.hangup().toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            assertEquals(org.strowger.community.protocol.CallStatus.FINISHED, in.ended().get(WAIT, TimeUnit.SECONDS));
            CallEnd end = recorder.awaitEnd();
            assertEquals(CallStatus.FINISHED, end.status());
            assertEquals(HangupCause.NORMAL_CLEARING, end.cause());
        }
    }

    @Test
    public void aCalleeThatNeverAnswersEndsNoAnswerAfterTheCommunitysTimeout() throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), false);
                CommunityClient austin = community.softphone(LiveCommunity.AUSTIN, LiveCommunity.AUSTIN_PASSWORD)) {
            CompletableFuture<org.strowger.community.client.CallLeg> ringing = new CompletableFuture<>();
            austin.addListener(new CommunityListener() {
                @Override
                public void onIncomingCall(org.strowger.community.client.CallLeg leg) {
                    ringing.complete(leg); // and never answered
                }
            });
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            Recorder recorder = new Recorder();
            james.call(LiveCommunity.AUSTIN, CallOptions.defaults(), recorder).toCompletableFuture()
                    .get(WAIT, TimeUnit.SECONDS);
            org.strowger.community.client.CallLeg in = ringing.get(WAIT, TimeUnit.SECONDS);
            // no_answer_timeout = 2 in the test community: the caller gets NOANSWER, the callee MISSED
            CallEnd end = recorder.awaitEnd();
            assertEquals(CallStatus.NOANSWER, end.status());
            assertEquals(HangupCause.NO_ANSWER, end.cause());
            assertEquals(org.strowger.community.protocol.CallStatus.MISSED, in.ended().get(WAIT, TimeUnit.SECONDS));
        }
    }

    @Test
    public void anIncomingCallNobodyAnswersEndsMissedOnTheEngine() throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), false);
                CommunityClient austin = community.softphone(LiveCommunity.AUSTIN, LiveCommunity.AUSTIN_PASSWORD)) {
            engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            org.strowger.community.client.CallLeg out = austin.call(LiveCommunity.JAMES).get(WAIT, TimeUnit.SECONDS);
            CallLeg leg = engine.incoming.poll(WAIT, TimeUnit.SECONDS);
            if (leg == null) {
                throw new AssertionError("the engine never announced the call");
            }
            Recorder recorder = new Recorder();
            leg.addListener(recorder);
            assertEquals(org.strowger.community.protocol.CallStatus.NOANSWER, out.ended().get(WAIT, TimeUnit.SECONDS));
            CallEnd end = recorder.awaitEnd();
            assertEquals(CallStatus.MISSED, end.status());
            assertEquals(HangupCause.NO_ANSWER, end.cause());
        }
    }

    @Test
    public void callsThatCannotBeMadeEndWithTheCommunitysReason() throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), false)) {
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            // felix_leiter exists but is not logged in
            Recorder offline = new Recorder();
            james.call("felix_leiter", CallOptions.defaults(), offline).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            CallEnd end = offline.awaitEnd();
            assertEquals(CallStatus.FAILED, end.status());
            assertEquals(CallEnd.FAILURE_USER_OFFLINE, end.failureCode());
            assertEquals("user offline", end.failureText());
            assertEquals(HangupCause.SUBSCRIBER_ABSENT, end.cause());
            // an unknown account is refused at once
            try {
                james.call("dr_no_such", CallOptions.defaults(), null).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
                throw new AssertionError("a call to an unknown account was placed");
            } catch (java.util.concurrent.ExecutionException e) {
                org.strowger.api.skype.SkypeEngineException cause = (org.strowger.api.skype.SkypeEngineException) e.getCause();
                assertEquals(org.strowger.api.skype.SkypeEngineException.Reason.NOT_FOUND, cause.reason());
                assertTrue(cause.getMessage(), cause.getMessage().contains("no such user dr_no_such"));
            }
            assertTrue(james.calls().isEmpty());
        }
    }

    @Test
    public void aSkypeInCallFromThePstnRingsTheEngineWithItsNumbers() throws Exception {
        try (LiveEngine engine = new LiveEngine(community.address(), false)) {
            Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
            community.server.admin(List.of("pstn", "call", "+15551234567", "+3227773333"));
            CallLeg leg = engine.incoming.poll(WAIT, TimeUnit.SECONDS);
            if (leg == null) {
                throw new AssertionError("the engine never announced the SkypeIn call");
            }
            Recorder recorder = new Recorder();
            leg.addListener(recorder);
            assertTrue(leg.isPstn());
            assertEquals("+15551234567", leg.partner());
            assertEquals("+3227773333", leg.property(CallProperty.TARGET_IDENTITY).orElse(""));
            leg.answer(List.of(Format.ULAW)).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            recorder.awaitStatus(CallStatus.INPROGRESS);
            // the simulated caller plays a tone: frames arrive in the negotiated format
            LiveEngine.await("audio from the PSTN caller", () -> recorder.frames.size() >= 5);
            assertTrue(recorder.frames.stream().allMatch(f -> f.length == 160));
            leg.hangup().toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
            assertEquals(CallStatus.FINISHED, recorder.awaitEnd().status());
            LiveEngine.await("the leg left the account", () -> james.calls().isEmpty());
        }
    }
}
