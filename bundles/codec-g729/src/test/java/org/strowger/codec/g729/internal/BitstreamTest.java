package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;

import org.junit.Test;

/** Parameter / bit conversions: ITU serial words and packed RFC 3551 bytes. */
public class BitstreamTest {

    @Test
    public void serialAndPackedRoundTripOnSpeechVector() throws IOException {
        byte[] bit = ItuVectors.bytes("SPEECH.BIT");
        ShortBuffer sb = ByteBuffer.wrap(bit).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] words = new short[sb.remaining()];
        sb.get(words);
        short[] prm = new short[Bitstream.PRM_SIZE];
        short[] prm2 = new short[Bitstream.PRM_SIZE];
        short[] serial = new short[G729Constants.SERIAL_SIZE];
        byte[] packed = new byte[Bitstream.PACKED_SIZE];
        for (int f = 0; f < words.length / 82; f++) {
            assertFalse(Bitstream.serialToPrm(words, f * 82 + 2, prm));
            Bitstream.prmToSerial(prm, serial);
            for (int i = 0; i < 82; i++) {
                assertEquals("frame " + f + " word " + i, words[f * 82 + i], serial[i]);
            }
            Bitstream.prmToPacked(prm, packed, 0);
            Bitstream.packedToPrm(packed, 0, prm2);
            assertArrayEquals(prm, prm2);
            // packed bits are the serial bits, most significant first
            for (int i = 0; i < 80; i++) {
                int b = (packed[i >> 3] >> (7 - (i & 7))) & 1;
                assertEquals(words[f * 82 + 2 + i] == G729Constants.BIT_1 ? 1 : 0, b);
            }
        }
    }

    @Test
    public void zeroBitWordMarksErasure() {
        short[] serial = new short[G729Constants.SERIAL_SIZE];
        short[] prm = new short[Bitstream.PRM_SIZE];
        Bitstream.prmToSerial(prm, serial);
        assertFalse(Bitstream.serialToPrm(serial, 2, prm));
        serial[40] = 0;
        assertTrue(Bitstream.serialToPrm(serial, 2, prm));
    }

    @Test
    public void parityCoversSixMostSignificantBits() {
        assertEquals(1, Parity.parityPitch(0));
        assertEquals(1, Parity.parityPitch(3));      // the two LSBs are not covered
        assertEquals(0, Parity.parityPitch(4));
        assertEquals(0, Parity.checkParityPitch(4, 0));
        assertEquals(1, Parity.checkParityPitch(4, 1));
    }
}
