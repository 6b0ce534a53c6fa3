package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

/** Real UDP sockets on the loopback interface. */
public class RtpSessionTest {

    private final List<RtpSession> sessions = new ArrayList<>();

    @After
    public void closeSessions() {
        sessions.forEach(RtpSession::close);
    }

    private static final class Recorder implements RtpListener {
        final BlockingQueue<RtpPacket> packets = new LinkedBlockingQueue<>();
        final BlockingQueue<String> digits = new LinkedBlockingQueue<>();
        final BlockingQueue<String> malformed = new LinkedBlockingQueue<>();

        @Override
        public void onPacket(RtpPacket packet) {
            packets.add(packet);
        }

        @Override
        public void onDtmf(char digit, int durationMillis) {
            digits.add(digit + "/" + durationMillis);
        }

        @Override
        public void onMalformed(String reason) {
            malformed.add(reason);
        }

        RtpPacket next() throws InterruptedException {
            RtpPacket p = packets.poll(10, TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("no RTP packet arrived");
            }
            return p;
        }
    }

    private RtpSession open(Recorder recorder) throws Exception {
        RtpSession s = RtpSession.openUdp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), recorder);
        sessions.add(s);
        return s;
    }

    @Test
    public void framesTravelOverUdpWithConsecutiveSequenceNumbersAndTimestamps() throws Exception {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        RtpSession sa = open(a);
        RtpSession sb = open(b);
        sa.setRemote(sb.localAddress());
        assertTrue(sa.isUdp());

        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] frame = new byte[PayloadType.PCMU.frameBytes()];
            java.util.Arrays.fill(frame, (byte) i);
            sent.add(frame);
            sa.sendAudio(PayloadType.PCMU, frame);
        }
        RtpPacket first = b.next();
        assertTrue("the first packet starts a talkspurt", first.marker());
        assertEquals(sa.ssrc(), first.ssrc());
        assertArrayEquals(sent.get(0), first.payload());
        RtpPacket previous = first;
        for (int i = 1; i < 50; i++) {
            RtpPacket p = b.next();
            assertFalse(p.marker());
            assertEquals((previous.sequenceNumber() + 1) & 0xFFFF, p.sequenceNumber());
            assertEquals((previous.timestamp() + 160) & 0xFFFFFFFFL, p.timestamp());
            assertArrayEquals(sent.get(i), p.payload());
            previous = p;
        }
        SourceStatistics.Snapshot stats = sb.statistics().get(0);
        assertEquals(sa.ssrc(), stats.ssrc());
        assertEquals(50, stats.received());
        assertEquals(0, stats.lost());
        assertEquals(50, sa.packetsSent());
        assertEquals(50 * 160, sa.octetsSent());
    }

    @Test
    public void nothingIsSentBeforeThePeerIsKnown() throws Exception {
        RtpSession s = open(new Recorder());
        s.sendAudio(PayloadType.PCMA, new byte[160]);
        assertEquals(0, s.packetsSent());
    }

    @Test
    public void dtmfGoesOutAsRfc4733EventsWithThreeEndPacketsAndIsReportedOnce() throws Exception {
        Recorder b = new Recorder();
        RtpSession sa = open(new Recorder());
        RtpSession sb = open(b);
        sa.setRemote(sb.localAddress());

        sa.sendDtmf('7', 100, 10).get(10, TimeUnit.SECONDS);

        // 100 ms: updates at 20, 40, 60, 80 ms, then the end (800 units) three times
        List<RtpPacket> packets = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            packets.add(b.next());
        }
        long start = packets.get(0).timestamp();
        int[] durations = {160, 320, 480, 640, 800, 800, 800};
        for (int i = 0; i < packets.size(); i++) {
            RtpPacket p = packets.get(i);
            assertEquals(101, p.payloadType());
            assertEquals("only the first packet of the event has the marker", i == 0, p.marker());
            assertEquals("all packets carry the event's start timestamp", start, p.timestamp());
            TelephoneEvent e = TelephoneEvent.decode(p.payload());
            assertEquals(7, e.event());
            assertEquals(10, e.volume());
            assertEquals(durations[i], e.duration());
            assertEquals(i >= 4, e.end());
            if (i > 0) {
                assertEquals("retransmissions still get new sequence numbers",
                        (packets.get(i - 1).sequenceNumber() + 1) & 0xFFFF, p.sequenceNumber());
            }
        }
        assertEquals("7/100", b.digits.poll(10, TimeUnit.SECONDS));
        // a second digit is a new event with a later timestamp, and is reported too
        sa.sendDtmf('#', 40, 10).get(10, TimeUnit.SECONDS);
        assertEquals("#/40", b.digits.poll(10, TimeUnit.SECONDS));
        assertTrue(b.digits.isEmpty());
        for (int i = 0; i < 4; i++) {
            assertTrue(b.next().timestamp() >= start + 800);
        }
    }

    @Test
    public void malformedDatagramsAreCountedAndReportedNotFatal() throws Exception {
        Recorder b = new Recorder();
        RtpSession sb = open(b);
        try (java.net.DatagramSocket raw = new java.net.DatagramSocket()) {
            byte[] junk = {1, 2, 3};
            raw.send(new java.net.DatagramPacket(junk, junk.length, sb.localAddress()));
            byte[] good = new RtpPacket(false, 0, 9, 9, 9, new byte[160]).encode();
            raw.send(new java.net.DatagramPacket(good, good.length, sb.localAddress()));
        }
        assertTrue(b.malformed.poll(10, TimeUnit.SECONDS).contains("shorter than the 12-byte fixed header"));
        assertEquals(9, b.next().sequenceNumber());
        assertEquals(1, sb.malformedReceived());
    }

    @Test
    public void aRelayedSessionHandsPacketsToItsSinkAndTakesThemBack() throws Exception {
        Recorder b = new Recorder();
        List<RtpSession> holder = new ArrayList<>();
        RtpSession receiving = RtpSession.relayed(bytes -> {
        }, b);
        // the sink stands in for the TCP connection: line out, line in
        RtpSession sending = RtpSession.relayed(bytes -> receiving.receive(RelayLine.decode(RelayLine.encode("7", bytes)).packet()),
                new Recorder());
        holder.add(sending);
        assertFalse(sending.isUdp());
        sending.sendAudio(PayloadType.G729, new byte[20]);
        RtpPacket p = b.next();
        assertEquals(18, p.payloadType());
        assertEquals(20, p.payloadLength());
        sending.sendAudio(PayloadType.G729, new byte[20]);
        assertEquals(p.timestamp() + 160, b.next().timestamp());
        assertEquals(2, receiving.statistics().get(0).received());
    }
}
