package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RtpPacketTest {

    /** A header written out by hand from the RFC 3550 5.1 layout. */
    @Test
    public void decodesTheFixedHeaderFieldByField() {
        byte[] wire = {
            (byte) 0x80, (byte) 0x80 | 8, 0x12, 0x34, // V=2, M=1, PT=8, seq 0x1234
            (byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF, // timestamp
            (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, // SSRC
            1, 2, 3};
        RtpPacket p = RtpPacket.decode(wire);
        assertTrue(p.marker());
        assertEquals(8, p.payloadType());
        assertEquals(0x1234, p.sequenceNumber());
        assertEquals(0xDEADBEEFL, p.timestamp());
        assertEquals(0xCAFEBABEL, p.ssrc());
        assertArrayEquals(new byte[] {1, 2, 3}, p.payload());
        assertFalse(p.hasExtension());
        assertEquals(0, p.csrcs().length);
        assertArrayEquals(wire, p.encode());
    }

    @Test
    public void simplePacketRoundTrips() {
        byte[] payload = new byte[160];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        RtpPacket p = new RtpPacket(false, 0, 65535, 0xFFFFFFFFL, 0x80000000L, payload);
        byte[] wire = p.encode();
        assertEquals(172, wire.length);
        RtpPacket back = RtpPacket.decode(wire);
        assertEquals(65535, back.sequenceNumber());
        assertEquals(0xFFFFFFFFL, back.timestamp());
        assertEquals(0x80000000L, back.ssrc());
        assertArrayEquals(payload, back.payload());
    }

    @Test
    public void csrcsExtensionAndPaddingRoundTripAndStayOutOfThePayload() {
        int[] csrcs = {0x11111111, 0x22222222, 0xFFFFFFFF};
        byte[] extension = {9, 9, 9, 9, 8, 8, 8, 8};
        byte[] payload = {42, 43};
        RtpPacket p = RtpPacket.of(true, 18, 7, 1000, 5, csrcs, 0xBEDE, extension, payload, 3);
        byte[] wire = p.encode();
        // 12 fixed + 12 CSRC + 4 extension header + 8 extension + 2 payload + 3 padding
        assertEquals(41, wire.length);
        assertEquals(0x80 | 0x20 | 0x10 | 3, wire[0] & 0xFF);
        assertEquals(3, wire[wire.length - 1]);

        RtpPacket back = RtpPacket.decode(wire);
        assertArrayEquals(csrcs, back.csrcs());
        assertEquals(0xBEDE, back.extensionProfile());
        assertArrayEquals(extension, back.extension());
        assertArrayEquals(payload, back.payload());
        assertEquals(3, back.padding());
        assertArrayEquals(wire, back.encode());
    }

    @Test
    public void decodesFromAnOffsetInsideALargerBuffer() {
        byte[] wire = new RtpPacket(false, 0, 1, 2, 3, new byte[] {5, 6}).encode();
        byte[] buffer = new byte[wire.length + 10];
        System.arraycopy(wire, 0, buffer, 4, wire.length);
        RtpPacket p = RtpPacket.decode(buffer, 4, wire.length);
        assertArrayEquals(new byte[] {5, 6}, p.payload());
        assertNull(p.extension());
    }

    @Test
    public void rejectsMalformedPacketsNamingTheProblem() {
        assertReason("shorter than the 12-byte fixed header", new byte[11]);

        byte[] version1 = new RtpPacket(false, 0, 1, 2, 3, new byte[4]).encode();
        version1[0] = (byte) 0x40;
        assertReason("RTP version 1, expected 2", version1);

        byte[] csrcs = new RtpPacket(false, 0, 1, 2, 3, new byte[4]).encode();
        csrcs[0] = (byte) (0x80 | 2); // two CSRCs = 8 bytes, only 4 follow
        assertReason("announces 2 CSRCs", csrcs);

        byte[] zeroPadding = new RtpPacket(false, 0, 1, 2, 3, new byte[] {1, 2, 0}).encode();
        zeroPadding[0] |= 0x20;
        assertReason("padding count (last byte) is 0", zeroPadding);

        byte[] bigPadding = new RtpPacket(false, 0, 1, 2, 3, new byte[] {1, 2, 9}).encode();
        bigPadding[0] |= 0x20;
        assertReason("padding count 9 is larger than the 3 bytes", bigPadding);

        byte[] noExtension = new RtpPacket(false, 0, 1, 2, 3, new byte[] {1, 2}).encode();
        noExtension[0] |= 0x10;
        assertReason("no room for the 4-byte extension header", noExtension);

        byte[] longExtension = new RtpPacket(false, 0, 1, 2, 3, new byte[] {0, 0, 0, 5, 1, 2}).encode();
        longExtension[0] |= 0x10; // extension of 5 words, 2 bytes follow
        assertReason("extension announces 20 bytes but only 2 remain", longExtension);

        byte[] rtcp = new RtpPacket(false, 0, 1, 2, 3, new byte[4]).encode();
        rtcp[1] = (byte) 200; // an RTCP sender report arriving on the RTP port
        assertReason("collides with RTCP", rtcp);
    }

    @Test
    public void refusesToBuildImpossibleHeaders() {
        assertThrows(IllegalArgumentException.class, () -> new RtpPacket(false, 128, 0, 0, 0, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new RtpPacket(false, 0, 65536, 0, 0, new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> RtpPacket.of(false, 0, 0, 0, 0, new int[16], 0, null, new byte[0], 0));
        assertThrows(IllegalArgumentException.class,
                () -> RtpPacket.of(false, 0, 0, 0, 0, new int[0], 0, new byte[3], new byte[0], 0));
    }

    private static void assertReason(String expected, byte[] wire) {
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> RtpPacket.decode(wire));
        assertTrue("'" + e.getMessage() + "' should contain '" + expected + "'", e.getMessage().contains(expected));
    }
}
