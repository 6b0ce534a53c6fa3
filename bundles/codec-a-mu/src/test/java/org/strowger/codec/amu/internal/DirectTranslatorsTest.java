package org.strowger.codec.amu.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

public class DirectTranslatorsTest {

    /**
     * G.711 Table 3 written out per code byte (as spandsp's g711.c carries it, "copied from the CCITT
     * G.711 specification"): an independent transcription of the table the bundle builds from value
     * numbers.
     */
    private static final int[] G711_ULAW_TO_ALAW = {
            42, 43, 40, 41, 46, 47, 44, 45, 34, 35, 32, 33, 38, 39, 36, 37,
            58, 59, 56, 57, 62, 63, 60, 61, 50, 51, 48, 49, 54, 55, 52, 53,
            10, 11, 8, 9, 14, 15, 12, 13, 2, 3, 0, 1, 6, 7, 4, 26,
            27, 24, 25, 30, 31, 28, 29, 18, 19, 16, 17, 22, 23, 20, 21, 106,
            104, 105, 110, 111, 108, 109, 98, 99, 96, 97, 102, 103, 100, 101, 122, 120,
            126, 127, 124, 125, 114, 115, 112, 113, 118, 119, 116, 117, 75, 73, 79, 77,
            66, 67, 64, 65, 70, 71, 68, 69, 90, 91, 88, 89, 94, 95, 92, 93,
            82, 82, 83, 83, 80, 80, 81, 81, 86, 86, 87, 87, 84, 84, 85, 85,
            170, 171, 168, 169, 174, 175, 172, 173, 162, 163, 160, 161, 166, 167, 164, 165,
            186, 187, 184, 185, 190, 191, 188, 189, 178, 179, 176, 177, 182, 183, 180, 181,
            138, 139, 136, 137, 142, 143, 140, 141, 130, 131, 128, 129, 134, 135, 132, 154,
            155, 152, 153, 158, 159, 156, 157, 146, 147, 144, 145, 150, 151, 148, 149, 234,
            232, 233, 238, 239, 236, 237, 226, 227, 224, 225, 230, 231, 228, 229, 250, 248,
            254, 255, 252, 253, 242, 243, 240, 241, 246, 247, 244, 245, 203, 201, 207, 205,
            194, 195, 192, 193, 198, 199, 196, 197, 218, 219, 216, 217, 222, 223, 220, 221,
            210, 210, 211, 211, 208, 208, 209, 209, 214, 214, 215, 215, 212, 212, 213, 213};

    /** G.711 Table 4 per code byte, from the same source. */
    private static final int[] G711_ALAW_TO_ULAW = {
            42, 43, 40, 41, 46, 47, 44, 45, 34, 35, 32, 33, 38, 39, 36, 37,
            57, 58, 55, 56, 61, 62, 59, 60, 49, 50, 47, 48, 53, 54, 51, 52,
            10, 11, 8, 9, 14, 15, 12, 13, 2, 3, 0, 1, 6, 7, 4, 5,
            26, 27, 24, 25, 30, 31, 28, 29, 18, 19, 16, 17, 22, 23, 20, 21,
            98, 99, 96, 97, 102, 103, 100, 101, 93, 93, 92, 92, 95, 95, 94, 94,
            116, 118, 112, 114, 124, 126, 120, 122, 106, 107, 104, 105, 110, 111, 108, 109,
            72, 73, 70, 71, 76, 77, 74, 75, 64, 65, 63, 63, 68, 69, 66, 67,
            86, 87, 84, 85, 90, 91, 88, 89, 79, 79, 78, 78, 82, 83, 80, 81,
            170, 171, 168, 169, 174, 175, 172, 173, 162, 163, 160, 161, 166, 167, 164, 165,
            185, 186, 183, 184, 189, 190, 187, 188, 177, 178, 175, 176, 181, 182, 179, 180,
            138, 139, 136, 137, 142, 143, 140, 141, 130, 131, 128, 129, 134, 135, 132, 133,
            154, 155, 152, 153, 158, 159, 156, 157, 146, 147, 144, 145, 150, 151, 148, 149,
            226, 227, 224, 225, 230, 231, 228, 229, 221, 221, 220, 220, 223, 223, 222, 222,
            244, 246, 240, 242, 252, 254, 248, 250, 234, 235, 232, 233, 238, 239, 236, 237,
            200, 201, 198, 199, 204, 205, 202, 203, 192, 193, 191, 191, 196, 197, 194, 195,
            214, 215, 212, 213, 218, 219, 216, 217, 207, 207, 206, 206, 210, 211, 208, 209};

    private final UlawToAlawTranslator ulawToAlaw = new UlawToAlawTranslator();
    private final AlawToUlawTranslator alawToUlaw = new AlawToUlawTranslator();

    @Test
    public void everyMuLawCodeConvertsByG711Table3() {
        VoiceFrame out = ulawToAlaw.open().translate(new VoiceFrame(Format.ULAW, allCodes(), 256));
        assertSame(Format.ALAW, out.format());
        assertEquals(256, out.samples());
        for (int code = 0; code < 256; code++) {
            assertEquals("mu-law " + code, G711_ULAW_TO_ALAW[code], out.payload()[code] & 0xFF);
        }
    }

    @Test
    public void everyALawCodeConvertsByG711Table4() {
        VoiceFrame out = alawToUlaw.open().translate(new VoiceFrame(Format.ALAW, allCodes(), 256));
        assertSame(Format.ULAW, out.format());
        for (int code = 0; code < 256; code++) {
            assertEquals("A-law " + code, G711_ALAW_TO_ULAW[code], out.payload()[code] & 0xFF);
        }
    }

    @Test
    public void zeroAndFullScaleMapToZeroAndFullScale() {
        assertEquals(0xD5, G711CodeConversion.ulawToAlaw(0xFF));
        assertEquals(0x55, G711CodeConversion.ulawToAlaw(0x7F));
        assertEquals(0xAA, G711CodeConversion.ulawToAlaw(0x80));
        assertEquals(0x2A, G711CodeConversion.ulawToAlaw(0x00));
        assertEquals(0x80, G711CodeConversion.alawToUlaw(0xAA));
        assertEquals(0x00, G711CodeConversion.alawToUlaw(0x2A));
    }

    @Test
    public void samplesAre20MsInTheSourceLaw() {
        assertSame(Format.ULAW, ulawToAlaw.sample().format());
        assertEquals(160, ulawToAlaw.sample().samples());
        assertSame(Format.ALAW, alawToUlaw.sample().format());
        assertEquals(160, alawToUlaw.sample().payload().length);
    }

    @Test
    public void framesInTheWrongFormatAreDroppedNotThrown() {
        TranslatorSession session = ulawToAlaw.open();
        assertNull(session.translate(new VoiceFrame(Format.ALAW, new byte[160], 160)));
        assertNull(session.translate(new VoiceFrame(Format.SLIN, new byte[320], 160)));
        assertNull(session.translate(null));
        assertEquals(160, session.translate(ulawToAlaw.sample()).samples());
        assertNull(alawToUlaw.open().translate(new VoiceFrame(Format.ULAW, new byte[160], 160)));
    }

    private static byte[] allCodes() {
        byte[] codes = new byte[256];
        for (int code = 0; code < 256; code++) {
            codes[code] = (byte) code;
        }
        return codes;
    }
}
