package org.strowger.community.server.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.community.media.RtpPacket;

/** Calls over real sockets (protocol sections 7-9). */
public class CallTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    @Test
    public void allSessionsRingFirstAnswerWinsHangupFinishesBoth() throws Exception {
        try (TestClient pbx = fx.james(); TestClient desk = TestClient.loggedIn(fx.address, "james_bond", "Sp3ctre!", "DESKTOP");
                TestClient austin = fx.austin()) {
            String a = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 18,0 TOPIC Mojo business");
            austin.await("CALL " + a + " STATUS RINGING");
            String b = pbx.awaitRinging();
            assertEquals(b, desk.awaitRinging());
            assertNotEquals(a, b);
            // the properties came before the RINGING
            pbx.await("CALL " + b + " PARTNER_HANDLE austin_powers");
            pbx.await("CALL " + b + " PARTNER_DISPNAME Austin Powers");
            pbx.await("CALL " + b + " TYPE INCOMING_P2P");
            pbx.await("CALL " + b + " CODECS 18,0");
            pbx.await("CALL " + b + " TOPIC Mojo business");

            assertEquals("ALTER CALL " + b + " ANSWER", pbx.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:40004 CODECS 0,18"));
            desk.await("CALL " + b + " STATUS MISSED");
            // the caller's preference (18 first) wins; both on UDP: each gets the other's address
            austin.await("CALL " + a + " MEDIA 127.0.0.1:40004 CODEC 18");
            austin.await("CALL " + a + " STATUS INPROGRESS");
            pbx.await("CALL " + b + " MEDIA 127.0.0.1:40002 CODEC 18");
            pbx.await("CALL " + b + " STATUS INPROGRESS");
            assertTrue(desk.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:40006 CODECS 0").startsWith("ERROR 12 "));
            assertEquals("CALL " + b + " STATUS INPROGRESS", pbx.command("GET CALL " + b + " STATUS"));
            assertEquals("CALL " + b + " TOPIC Mojo business", pbx.command("GET CALL " + b + " TOPIC"));
            assertEquals("CALL " + a + " TOKEN 42", austin.command("SET CALL " + a + " TOKEN 42"));
            pbx.await("CALL " + b + " TOKEN 42");

            // hold and resume
            assertEquals("ALTER CALL " + a + " HOLD", austin.command("ALTER CALL " + a + " HOLD"));
            austin.await("CALL " + a + " STATUS LOCALHOLD");
            pbx.await("CALL " + b + " STATUS REMOTEHOLD");
            austin.command("ALTER CALL " + a + " RESUME");
            austin.await("CALL " + a + " STATUS INPROGRESS");
            pbx.await("CALL " + b + " STATUS INPROGRESS");

            assertEquals("ALTER CALL " + a + " HANGUP", austin.command("ALTER CALL " + a + " HANGUP"));
            austin.await(l -> l.matches("CALL " + a + " DURATION \\d+"));
            austin.await("CALL " + a + " STATUS FINISHED");
            pbx.await(l -> l.matches("CALL " + b + " DURATION \\d+"));
            pbx.await("CALL " + b + " STATUS FINISHED");
            // another account cannot touch the call
            try (TestClient felix = fx.felix()) {
                assertEquals("ERROR 11 no such call " + b, felix.command("GET CALL " + b + " STATUS"));
            }
        }
    }

    @Test
    public void callerCancelsWhileRinging() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            String a = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            String b = james.awaitRinging();
            String hangup = austin.send("ALTER CALL " + a + " HANGUP");
            austin.await("CALL " + a + " STATUS CANCELLED");
            james.await("CALL " + b + " STATUS MISSED");
            // the reply comes before the notifications it causes
            java.util.List<String> lines = austin.history();
            assertTrue(lines.toString(), lines.indexOf("#" + hangup + " ALTER CALL " + a + " HANGUP")
                    < lines.indexOf("CALL " + a + " DURATION 0"));
            assertTrue(lines.indexOf("CALL " + a + " DURATION 0") < lines.indexOf("CALL " + a + " STATUS CANCELLED"));
        }
    }

    @Test
    public void rejectRefusesAndRejectBusyIsBusy() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            String a = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            String b = james.awaitRinging();
            assertEquals("ALTER CALL " + b + " REJECT", james.command("ALTER CALL " + b + " REJECT"));
            james.await("CALL " + b + " STATUS REFUSED");
            austin.await("CALL " + a + " STATUS REFUSED");

            String a2 = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            String b2 = james.awaitRinging();
            james.command("ALTER CALL " + b2 + " REJECT BUSY");
            austin.await("CALL " + a2 + " STATUS BUSY");
        }
    }

    @Test
    public void busyNoAnswerOfflineAndUnknown() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            james.command("SET USERSTATUS DND");
            String busy = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            austin.await("CALL " + busy + " STATUS BUSY");
            james.command("SET USERSTATUS ONLINE");

            // nobody answers within no_answer_timeout (2 s in the fixture)
            String na = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            String b = james.awaitRinging();
            austin.await("CALL " + na + " STATUS NOANSWER");
            james.await("CALL " + b + " STATUS MISSED");

            String off = austin.placeCall("felix_leiter MEDIA 127.0.0.1:40002 CODECS 0");
            austin.await("CALL " + off + " FAILUREREASON 3 user offline");
            austin.await("CALL " + off + " STATUS FAILED");
            assertEquals("CALL " + off + " FAILUREREASON 3 user offline", austin.command("GET CALL " + off + " FAILUREREASON"));

            assertEquals("ERROR 404 no such user dr_no_such", austin.command("CALL dr_no_such MEDIA 127.0.0.1:40002 CODECS 0"));
            assertTrue(austin.command("CALL james_bond MEDIA 127.0.0.1:40002 CODECS 3").startsWith("ERROR 4 "));
            assertEquals("ERROR 5 missing codec list", austin.command("CALL james_bond MEDIA TCP CODECS"));
        }
    }

    @Test
    public void noCommonCodecFailsBothLegs() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            String a = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 18");
            String b = james.awaitRinging();
            james.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:40004 CODECS 0,8");
            austin.await("CALL " + a + " FAILUREREASON 6 no common codec");
            austin.await("CALL " + a + " STATUS FAILED");
            james.await("CALL " + b + " STATUS FAILED");
        }
    }

    @Test
    public void echo123EchoesOverUdpWithItsOwnSsrc() throws Exception {
        try (TestClient austin = fx.austin(); DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            udp.setSoTimeout((int) TestClient.WAIT_MILLIS);
            String a = austin.placeCall("echo123 MEDIA 127.0.0.1:" + udp.getLocalPort() + " CODECS 8,0");
            String media = austin.await(l -> l.startsWith("CALL " + a + " MEDIA "));
            assertTrue(media, media.endsWith(" CODEC 8"));
            austin.await("CALL " + a + " STATUS INPROGRESS");
            String[] hostPort = media.split(" ")[3].split(":");
            InetSocketAddress echo = new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
            byte[] payload = new byte[160];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (byte) (i * 7);
            }
            RtpPacket sent = new RtpPacket(true, 8, 1000, 5000, 0x11223344L, payload);
            byte[] data = sent.encode();
            udp.send(new DatagramPacket(data, data.length, echo));
            DatagramPacket in = new DatagramPacket(new byte[2000], 2000);
            udp.receive(in);
            RtpPacket back = RtpPacket.decode(in.getData(), 0, in.getLength());
            assertArrayEquals(payload, back.payload());
            assertEquals(8, back.payloadType());
            assertNotEquals(0x11223344L, back.ssrc());
            austin.command("ALTER CALL " + a + " HANGUP");
            austin.await("CALL " + a + " STATUS FINISHED");
        }
    }

    @Test
    public void echo123EchoesRtpLinesOfATcpSide() throws Exception {
        try (TestClient austin = fx.austin()) {
            String a = austin.placeCall("echo123 MEDIA TCP CODECS 0");
            austin.await("CALL " + a + " MEDIA RELAY CODEC 0");
            austin.await("CALL " + a + " STATUS INPROGRESS");
            byte[] payload = new byte[160];
            payload[3] = 42;
            byte[] data = new RtpPacket(false, 0, 7, 160, 0x55L, payload).encode();
            austin.raw("RTP " + a + " " + Base64.getEncoder().encodeToString(data) + "\n");
            String line = austin.await(l -> l.startsWith("RTP " + a + " "));
            RtpPacket back = RtpPacket.decode(Base64.getDecoder().decode(line.split(" ")[2]));
            assertArrayEquals(payload, back.payload());
        }
    }

    @Test
    public void tcpSideAndUdpSideAreRelayedThroughTheServer() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin();
                DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            udp.setSoTimeout((int) TestClient.WAIT_MILLIS);
            String a = austin.placeCall("james_bond MEDIA TCP CODECS 0");
            String b = james.awaitRinging();
            james.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:" + udp.getLocalPort() + " CODECS 0");
            austin.await("CALL " + a + " MEDIA RELAY CODEC 0");
            String media = james.await(l -> l.startsWith("CALL " + b + " MEDIA "));
            String[] hostPort = media.split(" ")[3].split(":");
            InetSocketAddress relay = new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
            james.await("CALL " + b + " STATUS INPROGRESS");
            austin.await("CALL " + a + " STATUS INPROGRESS");

            // TCP -> UDP
            byte[] fromAustin = new RtpPacket(false, 0, 1, 160, 1L, new byte[] {1, 2, 3}).encode();
            austin.raw("RTP " + a + " " + Base64.getEncoder().encodeToString(fromAustin) + "\n");
            DatagramPacket in = new DatagramPacket(new byte[2000], 2000);
            udp.receive(in);
            assertArrayEquals(fromAustin, java.util.Arrays.copyOf(in.getData(), in.getLength()));
            // UDP -> TCP
            byte[] fromJames = new RtpPacket(false, 0, 9, 320, 2L, new byte[] {9, 8, 7}).encode();
            udp.send(new DatagramPacket(fromJames, fromJames.length, relay));
            String line = austin.await(l -> l.startsWith("RTP " + a + " "));
            assertArrayEquals(fromJames, Base64.getDecoder().decode(line.split(" ")[2]));
        }
    }

    @Test
    public void skypeOutIsBilledPerMinuteAndPstnBehavioursApply() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            String a = james.placeCall("+12564286000 MEDIA TCP CODECS 18,0");
            // the PSTN does not speak G.729: PCMU; the first minute (+1 = 2 cents) is charged on answer
            james.await("CALL " + a + " MEDIA RELAY CODEC 0");
            james.await("CALL " + a + " STATUS INPROGRESS");
            james.await("PROFILE PSTN_BALANCE 4998");
            assertEquals("CALL " + a + " TYPE OUTGOING_PSTN", james.command("GET CALL " + a + " TYPE"));
            james.command("ALTER CALL " + a + " HANGUP");
            james.await("CALL " + a + " STATUS FINISHED");

            String busy = james.placeCall("+15550000001 MEDIA TCP CODECS 0");
            james.await("CALL " + busy + " STATUS BUSY");
            String invalid = james.placeCall("+15550000004 MEDIA TCP CODECS 0");
            james.await("CALL " + invalid + " FAILUREREASON 5 invalid number");
            james.await("CALL " + invalid + " STATUS FAILED");
            String unknown = james.placeCall("+15559999999 MEDIA TCP CODECS 0");
            james.await("CALL " + unknown + " STATUS FAILED");
            String noanswer = james.placeCall("+15550000002 MEDIA TCP CODECS 0");
            james.await("CALL " + noanswer + " STATUS RINGING");
            james.await("CALL " + noanswer + " STATUS NOANSWER");

            // austin has 3 cents; "+" costs 10 a minute
            String poor = austin.placeCall("+4420794600 MEDIA TCP CODECS 0");
            austin.await("CALL " + poor + " FAILUREREASON 4 insufficient funds");
            austin.await("CALL " + poor + " STATUS FAILED");
        }
    }

    @Test
    public void skypeInCallFromTheSimulatedPstnRingsTheAccountAndPlaysATone() throws Exception {
        try (TestClient james = fx.james(); TestClient admin = fx.login("dr_evil_admin", "Mr.Bigglesworth")) {
            assertEquals("PSTN CALL +15551234567 +3227773333 RINGING james_bond",
                    admin.command("PSTN CALL +15551234567 +3227773333"));
            String b = james.awaitRinging();
            james.await("CALL " + b + " PARTNER_HANDLE +15551234567");
            james.await("CALL " + b + " TYPE INCOMING_PSTN");
            james.await("CALL " + b + " TARGET_IDENTITY +3227773333");
            james.command("ALTER CALL " + b + " ANSWER MEDIA TCP CODECS 8");
            james.await("CALL " + b + " MEDIA RELAY CODEC 8");
            String rtp = james.await(l -> l.startsWith("RTP " + b + " "));
            RtpPacket tone = RtpPacket.decode(Base64.getDecoder().decode(rtp.split(" ")[2]));
            assertEquals(8, tone.payloadType());
            assertEquals(160, tone.payloadLength());
            james.command("ALTER CALL " + b + " HANGUP");
            james.await("CALL " + b + " STATUS FINISHED");
        }
    }

    @Test
    public void blindTransferRoutesThePartnerToTheTarget() throws Exception {
        try (TestClient james = fx.james(); TestClient austin = fx.austin(); TestClient felix = fx.felix()) {
            String a = austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
            String b = james.awaitRinging();
            james.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:40004 CODECS 0");
            austin.await("CALL " + a + " STATUS INPROGRESS");
            assertEquals("ALTER CALL " + b + " TRANSFER felix_leiter", james.command("ALTER CALL " + b + " TRANSFER felix_leiter"));
            james.await("CALL " + b + " STATUS TRANSFERRED");
            austin.await("CALL " + a + " STATUS ROUTING");
            String f = felix.awaitRinging();
            felix.await("CALL " + f + " PARTNER_HANDLE austin_powers");
            felix.await("CALL " + f + " TRANSFERRED_BY james_bond");
            austin.await("CALL " + a + " STATUS RINGING");
            felix.command("ALTER CALL " + f + " ANSWER MEDIA 127.0.0.1:40008 CODECS 0");
            austin.await("CALL " + a + " MEDIA 127.0.0.1:40008 CODEC 0");
            austin.await("CALL " + a + " STATUS INPROGRESS");
        }
    }

    @Test
    public void droppedConnectionFinishesThePartnersCall() throws Exception {
        try (TestClient james = fx.james()) {
            String b;
            try (TestClient austin = fx.austin()) {
                austin.placeCall("james_bond MEDIA 127.0.0.1:40002 CODECS 0");
                b = james.awaitRinging();
                james.command("ALTER CALL " + b + " ANSWER MEDIA 127.0.0.1:40004 CODECS 0");
                james.await("CALL " + b + " STATUS INPROGRESS");
            }
            james.await("CALL " + b + " FAILUREREASON 7 connection lost");
            james.await("CALL " + b + " STATUS FINISHED");
        }
    }
}
