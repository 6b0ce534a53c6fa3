package org.strowger.community.phone;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.client.CallLeg;
import org.strowger.community.client.MediaMode;
import org.strowger.community.media.G711;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.SourceStatistics;
import org.strowger.community.media.ToneGenerator;
import org.strowger.community.media.WavFile;

/**
 * A stand-alone community in-process (real sockets, temporary store, test community.conf) and softphones
 * talking to it through the protocol, as the integration tests ask.
 */
public class SoftphoneCommunityTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestCommunity community;
    private final List<AutoCloseable> phones = new java.util.ArrayList<>();

    @Before
    public void start() throws Exception {
        community = new TestCommunity(tmp.newFolder("community").toPath());
    }

    @After
    public void stop() throws Exception {
        for (AutoCloseable p : phones) {
            p.close();
        }
        community.close();
    }

    private TestPhone phone(String user, String password, MediaMode media) throws Exception {
        TestPhone p = new TestPhone(community, user, password, media);
        phones.add(p);
        return p;
    }

    private TestPhone austin() throws Exception {
        return phone("austin_powers", "Yeah-baby-1", MediaMode.UDP);
    }

    private TestPhone james() throws Exception {
        return phone("james_bond", "Sp3ctre!", MediaMode.UDP);
    }

    @Test
    public void buddyRequestAuthorisationAndPresence() throws Exception {
        TestPhone austin = austin();
        TestPhone evil = phone("dr_evil", "one-million", MediaMode.UDP);

        assertEquals(List.of("USER dr_evil BUDDYSTATUS 2"), austin.ok("add dr_evil one million dollars?"));
        evil.await("^USER austin_powers RECEIVEDAUTHREQUEST one million dollars\\?$");
        // before authorisation dr_evil's presence is hidden from austin
        assertEquals(List.of("USER dr_evil ONLINESTATUS OFFLINE"), austin.ok("user dr_evil onlinestatus"));

        evil.ok("authorize austin_powers");
        austin.await("^USER dr_evil ISAUTHORIZED TRUE$");
        austin.await("^USER dr_evil ONLINESTATUS ONLINE$");
        assertTrue(austin.ok("buddies").contains("BUDDY dr_evil ONLINE 3"));

        evil.ok("status away");
        austin.await("^USER dr_evil ONLINESTATUS AWAY$");
        evil.ok("profile mood_text groovy");
        austin.await("^USER dr_evil MOOD_TEXT groovy$");
    }

    @Test
    public void callWithDtmfBetweenTwoSoftphones() throws Exception {
        TestPhone james = james();
        TestPhone austin = austin();
        assertTrue(james.ok("call austin_powers mojo").get(0).matches("CALL \\d+ PLACED austin_powers"));
        austin.await("^CALL \\d+ PARTNER_HANDLE james_bond$");
        austin.await("^CALL \\d+ TOPIC mojo$");
        austin.await("^CALL \\d+ STATUS RINGING$");
        james.await("^CALL \\d+ STATUS RINGING$");
        austin.ok("answer");
        james.await("^CALL \\d+ STATUS INPROGRESS$");

        james.ok("dtmf 1#9");
        austin.await("^DTMF \\d+ 1 100$");
        austin.await("^DTMF \\d+ # 100$");
        austin.await("^DTMF \\d+ 9 100$");

        // audio both ways over direct UDP
        austin.ok("tone 440 200");
        james.ok("tone 1000 200");
        CallLeg jamesLeg = james.currentCall();
        CallLeg austinLeg = austin.currentCall();
        awaitReceived(jamesLeg, 10);
        awaitReceived(austinLeg, 10);

        james.ok("hold");
        austin.await("^CALL \\d+ STATUS REMOTEHOLD$");
        james.ok("resume");
        austin.await("^CALL \\d+ STATUS INPROGRESS$");

        james.ok("hangup");
        austin.await("^CALL \\d+ STATUS FINISHED$");
        assertTrue(jamesLeg.durationSeconds() >= 0);
    }

    @Test
    public void echo123ReturnsEveryPcmuByteOverUdp() throws Exception {
        echoRoundTrip(MediaMode.UDP);
    }

    @Test
    public void echo123ReturnsEveryPcmuByteThroughTheTcpRelay() throws Exception {
        echoRoundTrip(MediaMode.TCP);
    }

    private void echoRoundTrip(MediaMode media) throws Exception {
        TestPhone austin = phone("austin_powers", "Yeah-baby-1", media);
        // one second of a two-tone signal, as mu-law
        byte[] ulaw = G711.encode(PayloadType.PCMU, new ToneGenerator(12000, 697, 1209).next(8000));
        Path in = tmp.getRoot().toPath().resolve("in-" + media + ".wav");
        Path out = tmp.getRoot().toPath().resolve("out-" + media + ".wav");
        new WavFile(WavFile.Encoding.ULAW, 8000, ulaw).write(in);

        austin.ok("call echo123");
        austin.await("^CALL \\d+ STATUS INPROGRESS$");
        CallLeg leg = austin.currentCall();
        assertEquals(PayloadType.PCMU, leg.codec());
        austin.ok("record " + out);
        austin.ok("play " + in);
        awaitReceived(leg, 50); // 8000 samples = 50 frames of 20 ms
        austin.ok("record stop");
        austin.ok("hangup");

        WavFile echoed = WavFile.read(out);
        assertEquals(WavFile.Encoding.ULAW, echoed.encoding());
        assertArrayEquals("every PCMU byte came back unchanged and in order", ulaw, echoed.data());
        SourceStatistics.Snapshot stats = leg.statistics().get(0);
        assertEquals(0, stats.lost());
        assertTrue("echo123 sends with its own SSRC", stats.ssrc() != leg.rtp().ssrc());
    }

    @Test
    public void skypeOutDebitsTheCreditAndNeedsSome() throws Exception {
        TestPhone austin = austin();
        assertEquals(List.of("PROFILE PSTN_BALANCE 5000"), austin.ok("profile pstn_balance"));
        austin.ok("call +12564286000");
        austin.await("^CALL \\d+ STATUS INPROGRESS$");
        // the first started minute is paid on answer: tariff +1 = 2 cents per minute
        austin.await("^PROFILE PSTN_BALANCE 4998$");
        austin.ok("tone 440 100");
        awaitReceived(austin.currentCall(), 5);
        austin.ok("hangup");
        assertEquals(List.of("PROFILE PSTN_BALANCE 4998"), austin.ok("profile pstn_balance"));

        TestPhone james = james(); // no credit
        james.ok("call +12564286000");
        james.await("^CALL \\d+ FAILUREREASON 4 ");
        james.await("^CALL \\d+ STATUS FAILED$");
    }

    @Test
    public void skypeInRingsTheNumbersAccount() throws Exception {
        TestPhone james = james();
        TestPhone admin = phone("bcp_admin", "control-panel", MediaMode.UDP);
        admin.ok("pstn +15551234567 +3227773333");
        james.await("^CALL \\d+ PARTNER_HANDLE \\+15551234567$");
        james.await("^CALL \\d+ TYPE INCOMING_PSTN$");
        james.await("^CALL \\d+ TARGET_IDENTITY \\+3227773333$");
        james.await("^CALL \\d+ STATUS RINGING$");
        james.ok("answer");
        CallLeg leg = james.currentCall();
        assertEquals("+3227773333", leg.targetIdentity());
        awaitReceived(leg, 10); // the simulated caller's 440 Hz tone
        james.ok("hangup");
    }

    @Test
    public void operatorMistakesGetClearErrors() throws Exception {
        TestPhone austin = austin();
        assertEquals("ERROR 404 no such user nobody_here", austin.fails("user nobody_here fullname"));
        assertTrue(austin.fails("profile pstn_balance 1").startsWith("ERROR 7 "));
        assertEquals("ERROR 0 no call", austin.fails("hangup"));
        assertTrue(austin.fails("frobnicate").contains("unknown command 'frobnicate'"));
        assertTrue(austin.fails("wait NEVER 1").contains("no event matching 'NEVER' within 1 s"));
    }

    /** Waits until a leg received at least {@code packets} packets from its peer. */
    private static void awaitReceived(CallLeg leg, int packets) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            List<SourceStatistics.Snapshot> stats = leg.statistics();
            if (!stats.isEmpty() && stats.stream().mapToLong(SourceStatistics.Snapshot::received).sum() >= packets) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("call " + leg.id() + " received " + leg.statistics() + ", expected " + packets + " packets");
    }
}
