package org.strowger.codec.ulaw.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.io.IOException;
import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;
import org.strowger.codec.support.G711Vectors;

public class UlawTranslatorsTest {

    private final SlinToUlawTranslator encoder = new SlinToUlawTranslator();
    private final UlawToSlinTranslator decoder = new UlawToSlinTranslator();

    @Test
    public void translatorsNameTheirFormats() {
        assertSame(Format.SLIN, encoder.from());
        assertSame(Format.ULAW, encoder.to());
        assertSame(Format.ULAW, decoder.from());
        assertSame(Format.SLIN, decoder.to());
    }

    @Test
    public void samplesAre20MsOfAudioInTheSourceFormat() {
        assertSame(Format.SLIN, encoder.sample().format());
        assertEquals(160, encoder.sample().samples());
        assertEquals(320, encoder.sample().payload().length);
        assertSame(Format.ULAW, decoder.sample().format());
        assertEquals(160, decoder.sample().samples());
        assertEquals(160, decoder.sample().payload().length);
    }

    @Test
    public void encodesTheWholeSweepAsTheItuReference() throws IOException {
        byte[] slin = G711Vectors.bytes("sweep.src");
        short[] codes = G711Vectors.vector("sweep-r.u");
        try (TranslatorSession session = encoder.open()) {
            VoiceFrame out = session.translate(new VoiceFrame(Format.SLIN, slin, slin.length / 2));
            assertSame(Format.ULAW, out.format());
            assertEquals(65536, out.samples());
            for (int i = 0; i < codes.length; i++) {
                assertEquals("code " + i, codes[i] & 0xFF, out.payload()[i] & 0xFF);
            }
        }
    }

    @Test
    public void decodesToTheItuReference() throws IOException {
        short[] codes = G711Vectors.vector("sweep-r.u");
        byte[] codeBytes = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codeBytes[i] = (byte) codes[i];
        }
        try (TranslatorSession session = decoder.open()) {
            VoiceFrame out = session.translate(new VoiceFrame(Format.ULAW, codeBytes, codeBytes.length));
            assertSame(Format.SLIN, out.format());
            assertEquals(codeBytes.length, out.samples());
            assertArrayEquals(G711Vectors.bytes("sweep-r.u-u"), out.payload());
        }
    }

    @Test
    public void everyCodeSurvivesDecodeThenEncodeExceptNegativeZero() {
        byte[] all = new byte[256];
        for (int code = 0; code < 256; code++) {
            all[code] = (byte) code;
        }
        VoiceFrame codes = new VoiceFrame(Format.ULAW, all, 256);
        VoiceFrame back = encoder.open().translate(decoder.open().translate(codes));
        for (int code = 0; code < 256; code++) {
            // 0x7F is mu-law's "-0": it decodes to 0, which encodes as "+0" (0xFF)
            int expected = code == 0x7F ? 0xFF : code;
            assertEquals("code " + code, expected, back.payload()[code] & 0xFF);
        }
    }

    @Test
    public void eachFrameIsANewPayloadAndTheInputIsUntouched() {
        byte[] slin = encoder.sample().payload().clone();
        TranslatorSession session = encoder.open();
        VoiceFrame first = session.translate(encoder.sample());
        VoiceFrame second = session.translate(encoder.sample());
        assertNotSame(first.payload(), second.payload());
        assertArrayEquals(first.payload(), second.payload());
        assertArrayEquals(slin, encoder.sample().payload());
    }

    @Test
    public void anOddSlinByteCountDropsTheHalfSample() {
        byte[] slin = {0x10, 0x00, 0x00, (byte) 0x80, 0x55};
        VoiceFrame out = encoder.open().translate(new VoiceFrame(Format.SLIN, slin, 2));
        assertEquals(2, out.samples());
        assertEquals(2, out.payload().length);
        assertEquals(Ulaw.encode((short) 0x0010), out.payload()[0] & 0xFF);
        assertEquals(Ulaw.encode(Short.MIN_VALUE), out.payload()[1] & 0xFF);
    }

    @Test
    public void aFrameInTheWrongFormatIsDroppedNotThrown() {
        TranslatorSession enc = encoder.open();
        assertNull(enc.translate(new VoiceFrame(Format.ALAW, new byte[160], 160)));
        assertNull(enc.translate(null));
        TranslatorSession dec = decoder.open();
        assertNull(dec.translate(new VoiceFrame(Format.SLIN, new byte[320], 160)));
        assertNull(dec.translate(new VoiceFrame(Format.G729, new byte[20], 160)));
        // the session keeps working afterwards
        assertEquals(160, dec.translate(decoder.sample()).samples());
    }

    @Test
    public void emptyFramesGiveEmptyFrames() {
        assertEquals(0, encoder.open().translate(new VoiceFrame(Format.SLIN, new byte[0], 0)).samples());
        assertEquals(0, decoder.open().translate(new VoiceFrame(Format.ULAW, new byte[0], 0)).payload().length);
    }
}
