package org.strowger.benchmarks.codec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

public class G711Test {

    @Test
    public void decodesTheItuReferenceValues() {
        assertEquals(0, G711.ulawToLinear((byte) 0xFF));
        assertEquals(0, G711.ulawToLinear((byte) 0x7F));
        assertEquals(-32124, G711.ulawToLinear((byte) 0x00));
        assertEquals(32124, G711.ulawToLinear((byte) 0x80));
        assertEquals(8, G711.alawToLinear((byte) 0xD5));
        assertEquals(-8, G711.alawToLinear((byte) 0x55));
        assertEquals(32256, G711.alawToLinear((byte) 0xAA));
        assertEquals(-32256, G711.alawToLinear((byte) 0x2A));
    }

    @Test
    public void encodesSilenceAndFullScaleAsG711Does() {
        assertEquals((byte) 0xFF, G711.linearToUlaw(0));
        assertEquals((byte) 0x80, G711.linearToUlaw(32767));
        assertEquals((byte) 0x00, G711.linearToUlaw(-32768));
        assertEquals((byte) 0xD5, G711.linearToAlaw(0));
        assertEquals((byte) 0xAA, G711.linearToAlaw(32767));
        assertEquals((byte) 0x2A, G711.linearToAlaw(-32768));
    }

    @Test
    public void tablesAgreeWithTheReferenceAlgorithmForEverySample() {
        for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
            assertEquals("ulaw " + sample, (byte) G711.linearToUlawReference(sample), G711.linearToUlaw(sample));
            assertEquals("alaw " + sample, (byte) G711.linearToAlawReference(sample), G711.linearToAlaw(sample));
        }
    }

    @Test
    public void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            // mu-law has two zeros; 0x7F (negative zero) comes back as 0xFF
            int expectedUlaw = code == 0x7F ? 0xFF : code;
            assertEquals(expectedUlaw, G711.linearToUlaw(G711.ulawToLinear((byte) code)) & 0xFF);
            assertEquals(code, G711.linearToAlaw(G711.alawToLinear((byte) code)) & 0xFF);
        }
    }

    @Test
    public void ulawToAlawThroughSlinKeepsTheTone() {
        VoiceFrame ulaw = ToneFrames.tone(Format.ULAW);
        try (TranslatorSession toSlin = new UlawToSlinTranslator().open();
                TranslatorSession toAlaw = new SlinToAlawTranslator().open();
                TranslatorSession back = new AlawToSlinTranslator().open()) {
            VoiceFrame slin = toSlin.translate(ulaw);
            VoiceFrame alaw = toAlaw.translate(slin);
            VoiceFrame slinAgain = back.translate(alaw);

            assertSame(Format.SLIN, slin.format());
            assertEquals(320, slin.payload().length);
            assertSame(Format.ALAW, alaw.format());
            assertEquals(160, alaw.payload().length);
            assertEquals(160, alaw.samples());
            // Both laws quantise to within a few percent of the sample: the tone is still the tone.
            for (int i = 0; i < 160; i++) {
                int before = sample(slin.payload(), i);
                int after = sample(slinAgain.payload(), i);
                assertEquals("sample " + i, before, after, Math.max(16, Math.abs(before) / 16.0));
            }
        }
    }

    private static int sample(byte[] slin, int index) {
        return (slin[2 * index] & 0xFF) | (slin[2 * index + 1] << 8);
    }
}
