package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RelayLineTest {

    @Test
    public void roundTripsAPacket() {
        byte[] packet = new RtpPacket(true, 0, 1, 2, 3, new byte[] {-1, 0, 1}).encode();
        String line = RelayLine.encode("42", packet);
        assertTrue(line.startsWith("RTP 42 "));
        assertEquals(line, "RTP 42 " + java.util.Base64.getEncoder().encodeToString(packet));
        assertTrue(RelayLine.isRelayLine(line));
        RelayLine back = RelayLine.decode(line + "\r");
        assertEquals("42", back.callId());
        assertArrayEquals(packet, back.packet());
        assertFalse(RelayLine.isRelayLine("#1 RTP"));
    }

    @Test
    public void rejectsBadLinesNamingTheProblem() {
        assertMessage("must start with 'RTP '", "CALL 1 STATUS RINGING");
        assertMessage("needs 'RTP <callId> <base64>'", "RTP 42");
        assertMessage("exactly one base64 word", "RTP 42 AAAA BBBB");
        assertMessage("bad base64", "RTP 42 !!!!");
        assertThrows(IllegalArgumentException.class, () -> RelayLine.encode("4 2", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> RelayLine.encode("42", new byte[0]));
    }

    private static void assertMessage(String expected, String line) {
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> RelayLine.decode(line));
        assertTrue(e.getMessage(), e.getMessage().contains(expected));
    }
}
