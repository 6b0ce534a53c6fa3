package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WavFileTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void pcmFileHasTheCanonicalHeaderAndRoundTrips() throws Exception {
        byte[] samples = new ToneGenerator(8000, 440).next(800);
        Path file = tmp.getRoot().toPath().resolve("tone.wav");
        new WavFile(WavFile.Encoding.PCM16, 8000, samples).write(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(44 + samples.length, bytes.length);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(bytes.length - 8, b.getInt(4));
        assertEquals(1, b.getShort(20)); // PCM
        assertEquals(1, b.getShort(22)); // mono
        assertEquals(8000, b.getInt(24));
        assertEquals(16000, b.getInt(28)); // byte rate
        assertEquals(16, b.getShort(34));
        WavFile back = WavFile.read(file);
        assertEquals(WavFile.Encoding.PCM16, back.encoding());
        assertEquals(8000, back.sampleRate());
        assertArrayEquals(samples, back.data());
        assertEquals(800, back.samples());
    }

    @Test
    public void g711FilesCarryTheirFormatTagAndConvert() throws Exception {
        byte[] linear = new ToneGenerator(12000, 1000).next(160);
        byte[] ulaw = G711.encode(PayloadType.PCMU, linear);
        WavFile wav = new WavFile(WavFile.Encoding.ULAW, 8000, ulaw);
        byte[] bytes = wav.toBytes();
        assertEquals(7, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getShort(20));
        WavFile back = WavFile.parse(bytes);
        assertEquals(WavFile.Encoding.ULAW, back.encoding());
        assertArrayEquals(ulaw, back.data());
        assertArrayEquals("same law: bytes pass unchanged", ulaw, back.toPayload(PayloadType.PCMU));
        assertArrayEquals(G711.encode(PayloadType.PCMA, G711.decode(PayloadType.PCMU, ulaw)),
                back.toPayload(PayloadType.PCMA));
        assertArrayEquals(G711.decode(PayloadType.PCMU, ulaw), back.toLinear());

        WavFile alaw = WavFile.parse(new WavFile(WavFile.Encoding.ALAW, 8000, new byte[] {1, 2, 3}).toBytes());
        assertEquals(WavFile.Encoding.ALAW, alaw.encoding());
        assertArrayEquals(new byte[] {1, 2, 3}, alaw.data());
    }

    @Test
    public void skipsUnknownChunksWithTheirPadding() throws Exception {
        byte[] plain = new WavFile(WavFile.Encoding.PCM16, 8000, new byte[] {1, 0, 2, 0}).toBytes();
        // insert an odd-sized LIST chunk (3 bytes + 1 pad) between fmt and data
        byte[] list = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0};
        byte[] withList = new byte[plain.length + list.length];
        System.arraycopy(plain, 0, withList, 0, 36);
        System.arraycopy(list, 0, withList, 36, list.length);
        System.arraycopy(plain, 36, withList, 36 + list.length, plain.length - 36);
        assertArrayEquals(new byte[] {1, 0, 2, 0}, WavFile.parse(withList).data());
    }

    @Test
    public void refusesWhatItCannotPlayWithAClearReason() throws Exception {
        assertMessage("not a WAV file", "hello world, this is text".getBytes());
        byte[] stereo = new WavFile(WavFile.Encoding.PCM16, 8000, new byte[4]).toBytes();
        stereo[22] = 2;
        assertMessage("2 channels, only mono", stereo);
        byte[] floats = new WavFile(WavFile.Encoding.PCM16, 8000, new byte[4]).toBytes();
        floats[20] = 3;
        assertMessage("format tag 3", floats);
        byte[] eightBit = new WavFile(WavFile.Encoding.PCM16, 8000, new byte[4]).toBytes();
        eightBit[34] = 8;
        assertMessage("PCM16 with 8 bits per sample", eightBit);
        byte[] truncated = new WavFile(WavFile.Encoding.PCM16, 8000, new byte[100]).toBytes();
        assertMessage("announces 100 bytes but only 50 follow", java.util.Arrays.copyOf(truncated, 94));
        Path missing = tmp.getRoot().toPath().resolve("missing.wav");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> WavFile.read(missing));
    }

    private static void assertMessage(String expected, byte[] bytes) {
        WavFormatException e = assertThrows(WavFormatException.class, () -> WavFile.parse(bytes));
        assertTrue(e.getMessage(), e.getMessage().contains(expected));
    }
}
