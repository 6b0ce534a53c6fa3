package org.strowger.codec.alaw.internal;

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

public class AlawTranslatorsTest {

    private final SlinToAlawTranslator encoder = new SlinToAlawTranslator();
    private final AlawToSlinTranslator decoder = new AlawToSlinTranslator();

    @Test
    public void translatorsNameTheirFormats() {
        assertSame(Format.SLIN, encoder.from());
        assertSame(Format.ALAW, encoder.to());
        assertSame(Format.ALAW, decoder.from());
        assertSame(Format.SLIN, decoder.to());
    }

    @Test
    public void samplesAre20MsOfAudioInTheSourceFormat() {
        assertSame(Format.SLIN, encoder.sample().format());
        assertEquals(160, encoder.sample().samples());
        assertEquals(320, encoder.sample().payload().length);
        assertSame(Format.ALAW, decoder.sample().format());
        assertEquals(160, decoder.sample().samples());
        assertEquals(160, decoder.sample().payload().length);
    }

    @Test
    public void encodesTheWholeSweepAsTheItuReference() throws IOException {
        byte[] slin = G711Vectors.bytes("sweep.src");
        short[] codes = G711Vectors.vector("sweep-r.a");
        try (TranslatorSession session = encoder.open()) {
            VoiceFrame out = session.translate(new VoiceFrame(Format.SLIN, slin, slin.length / 2));
            assertSame(Format.ALAW, out.format());
            assertEquals(65536, out.samples());
            for (int i = 0; i < codes.length; i++) {
                assertEquals("code " + i, codes[i] & 0xFF, out.payload()[i] & 0xFF);
            }
        }
    }

    @Test
    public void decodesToTheItuReference() throws IOException {
        short[] codes = G711Vectors.vector("sweep-r.a");
        byte[] codeBytes = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codeBytes[i] = (byte) codes[i];
        }
        try (TranslatorSession session = decoder.open()) {
            VoiceFrame out = session.translate(new VoiceFrame(Format.ALAW, codeBytes, codeBytes.length));
            assertSame(Format.SLIN, out.format());
            assertEquals(codeBytes.length, out.samples());
            assertArrayEquals(G711Vectors.bytes("sweep-r.a-a"), out.payload());
        }
    }

    @Test
    public void everyCodeSurvivesDecodeThenEncode() {
        byte[] all = new byte[256];
        for (int code = 0; code < 256; code++) {
            all[code] = (byte) code;
        }
        VoiceFrame codes = new VoiceFrame(Format.ALAW, all, 256);
        VoiceFrame back = encoder.open().translate(decoder.open().translate(codes));
        for (int code = 0; code < 256; code++) {
            // A-law has no zero code: every code decodes to a value that encodes back to it
            assertEquals("code " + code, code, back.payload()[code] & 0xFF);
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
        assertEquals(Alaw.encode((short) 0x0010), out.payload()[0] & 0xFF);
        assertEquals(Alaw.encode(Short.MIN_VALUE), out.payload()[1] & 0xFF);
    }

    @Test
    public void aFrameInTheWrongFormatIsDroppedNotThrown() {
        TranslatorSession enc = encoder.open();
        assertNull(enc.translate(new VoiceFrame(Format.ULAW, new byte[160], 160)));
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
        assertEquals(0, decoder.open().translate(new VoiceFrame(Format.ALAW, new byte[0], 0)).payload().length);
    }
}
