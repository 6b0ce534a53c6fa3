package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

public class G729TranslatorsTest {

    private final G729CodecChannels channels = new G729CodecChannels();
    private final SlinToG729Translator encoder = new SlinToG729Translator(channels);
    private final G729ToSlinTranslator decoder = new G729ToSlinTranslator(channels);

    @Test
    public void translatorsNameTheirFormatsAndOffer20MsSamples() {
        assertSame(Format.SLIN, encoder.from());
        assertSame(Format.G729, encoder.to());
        assertSame(Format.G729, decoder.from());
        assertSame(Format.SLIN, decoder.to());
        assertEquals(160, encoder.sample().samples());
        assertEquals(320, encoder.sample().payload().length);
        assertSame(Format.G729, decoder.sample().format());
        assertEquals(160, decoder.sample().samples());
        assertEquals("two packed 10-byte frames", 20, decoder.sample().payload().length);
    }

    @Test
    public void encodesSpeechInChunksOfAnySizeExactlyAsTheItuCoder() throws IOException {
        byte[] speech = ItuVectors.bytes("SPEECH.IN");
        byte[] expected = ItuVectors.packed(ItuVectors.bytes("SPEECH.BIT"));
        ByteArrayOutputStream coded = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(3551);
        try (TranslatorSession session = encoder.open()) {
            int at = 0;
            while (at < speech.length) {
                // frames from a peer are not always 10 or 20 ms: 1 to 200 samples at a time
                int length = Math.min(speech.length - at, 2 * (1 + random.nextInt(200)));
                VoiceFrame out = session.translate(new VoiceFrame(Format.SLIN, Arrays.copyOfRange(speech, at, at + length), length / 2));
                if (out != null) {
                    assertSame(Format.G729, out.format());
                    assertEquals(out.payload().length * 8, out.samples());
                    coded.writeBytes(out.payload());
                }
                at += length;
            }
        }
        // SPEECH.IN ends with 32 samples short of a frame, which stay buffered
        assertArrayEquals(expected, coded.toByteArray());
    }

    @Test
    public void decodesPackedSpeechExactlyAsTheItuDecoder() throws IOException {
        byte[] packed = ItuVectors.packed(ItuVectors.bytes("SPEECH.BIT"));
        byte[] expected = ItuVectors.bytes("SPEECH.PST");
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        try (TranslatorSession session = decoder.open()) {
            for (int at = 0; at < packed.length; at += 20) {
                int length = Math.min(20, packed.length - at);
                VoiceFrame out = session.translate(new VoiceFrame(Format.G729, Arrays.copyOfRange(packed, at, at + length), length * 8));
                assertEquals(length * 8, out.samples());
                decoded.writeBytes(out.payload());
            }
        }
        assertArrayEquals(expected, decoded.toByteArray());
    }

    @Test
    public void eachOpenSessionIsOneLicensedChannelUntilClosed() {
        assertEquals(0, channels.active());
        TranslatorSession first = encoder.open();
        TranslatorSession second = encoder.open();
        TranslatorSession third = decoder.open();
        assertEquals(2, channels.encoders());
        assertEquals(1, channels.decoders());
        assertEquals(3, channels.active());
        first.close();
        first.close();
        assertEquals("closing twice counts once", 1, channels.encoders());
        second.close();
        third.close();
        assertEquals(0, channels.active());
        assertNull("a closed session converts nothing", third.translate(decoder.sample()));
    }

    @Test
    public void randomBytesDecodeToNoiseWithoutAnException() {
        SplittableRandom random = new SplittableRandom(729);
        try (TranslatorSession session = decoder.open()) {
            for (int frame = 0; frame < 2000; frame++) {
                byte[] garbage = new byte[20];
                random.nextBytes(garbage);
                VoiceFrame out = session.translate(new VoiceFrame(Format.G729, garbage, 160));
                assertNotNull(out);
                assertEquals(320, out.payload().length);
            }
        }
    }

    @Test
    public void strayBytesAndSilenceDescriptorsNeverBreakTheStream() {
        try (TranslatorSession session = decoder.open()) {
            assertNull("less than a frame", session.translate(new VoiceFrame(Format.G729, new byte[7], 0)));
            assertEquals("one frame, 3 stray bytes dropped", 80,
                    session.translate(new VoiceFrame(Format.G729, new byte[13], 80)).samples());
            assertEquals("an Annex B SID frame is concealed as a lost 10 ms frame", 80,
                    session.translate(new VoiceFrame(Format.G729, new byte[2], 80)).samples());
            assertEquals("a voice frame then a SID", 160,
                    session.translate(new VoiceFrame(Format.G729, new byte[12], 160)).samples());
            assertNull("a frame in another format is dropped", session.translate(new VoiceFrame(Format.ULAW, new byte[160], 160)));
        }
    }

    @Test
    public void anOddByteOfSlinIsDroppedAndTheRestEncoded() {
        try (TranslatorSession session = encoder.open()) {
            assertNull("79 samples wait for the 80th", session.translate(new VoiceFrame(Format.SLIN, new byte[159], 79)));
            assertEquals(10, session.translate(new VoiceFrame(Format.SLIN, new byte[2], 1)).payload().length);
        }
    }
}
