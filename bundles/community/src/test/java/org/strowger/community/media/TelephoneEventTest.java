package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TelephoneEventTest {

    /** RFC 4733 2.3: event (8 bits), E, R, volume (6 bits), duration (16 bits). */
    @Test
    public void encodesThePayloadLayoutOfRfc4733() {
        TelephoneEvent five = new TelephoneEvent(5, true, 10, 800);
        assertArrayEquals(new byte[] {5, (byte) 0x8A, 0x03, 0x20}, five.encode());
        assertEquals(five, TelephoneEvent.decode(five.encode()));
        assertEquals('5', five.digit());
    }

    @Test
    public void ignoresTheReservedBitOnReceipt() {
        TelephoneEvent e = TelephoneEvent.decode(new byte[] {11, (byte) 0x40 | 7, 0, (byte) 160});
        assertEquals(11, e.event());
        assertFalse(e.end());
        assertEquals(7, e.volume());
        assertEquals(160, e.duration());
        assertEquals('#', e.digit());
    }

    @Test
    public void mapsAllSixteenDtmfDigits() {
        String digits = "0123456789*#ABCD";
        for (int i = 0; i < digits.length(); i++) {
            assertEquals(i, TelephoneEvent.eventOf(digits.charAt(i)));
            assertEquals(digits.charAt(i), new TelephoneEvent(i, false, 0, 0).digit());
        }
        assertEquals(12, TelephoneEvent.eventOf('a'));
        assertEquals(0, new TelephoneEvent(16, false, 0, 0).digit());
        assertTrue(TelephoneEvent.isDigit('d'));
        assertFalse(TelephoneEvent.isDigit('x'));
        assertThrows(IllegalArgumentException.class, () -> TelephoneEvent.eventOf('x'));
    }

    @Test
    public void rejectsBadValues() {
        assertThrows(MalformedPacketException.class, () -> TelephoneEvent.decode(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> new TelephoneEvent(0, false, 64, 0));
        assertThrows(IllegalArgumentException.class, () -> new TelephoneEvent(0, false, 0, 65536));
        assertThrows(IllegalArgumentException.class, () -> new TelephoneEvent(256, false, 0, 0));
    }
}
