package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class G729FileToolTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    public void encodeItuWritesTheReferenceBitstream() throws IOException {
        Path bits = path("test.bit");
        assertEquals(0, run("encode", "--itu", ItuVectors.file("TEST.IN").toString(), bits.toString()));
        assertArrayEquals(ItuVectors.bytes("TEST.BIT"), Files.readAllBytes(bits));
        assertEquals("", stderr());
    }

    @Test
    public void decodeItuConcealsLostFramesAsTheReference() throws IOException {
        assertTrue(ItuVectors.hasErasures(ItuVectors.bytes("ERASURE.BIT")));
        Path pcm = path("erasure.raw");
        assertEquals(0, run("decode", "--itu", ItuVectors.file("ERASURE.BIT").toString(), pcm.toString()));
        assertArrayEquals(ItuVectors.bytes("ERASURE.PST"), Files.readAllBytes(pcm));
    }

    @Test
    public void packedFramesAreTheItuBitsInRfc3551Order() throws IOException {
        Path packed = path("tame.g729");
        assertEquals(0, run("encode", ItuVectors.file("TAME.IN").toString(), packed.toString()));
        assertArrayEquals(ItuVectors.packed(ItuVectors.bytes("TAME.BIT")), Files.readAllBytes(packed));
        Path pcm = path("tame.raw");
        assertEquals(0, run("decode", packed.toString(), pcm.toString()));
        assertArrayEquals(ItuVectors.bytes("TAME.PST"), Files.readAllBytes(pcm));
    }

    @Test
    public void aTrailingPartialFrameIsLeftOutWithAWarningAsTheItuCoderDoes() throws IOException {
        Path bits = path("pitch.bit");
        assertEquals(0, run("encode", "--itu", ItuVectors.file("PITCH.IN").toString(), bits.toString()));
        assertArrayEquals(ItuVectors.bytes("PITCH.BIT"), Files.readAllBytes(bits));
        assertTrue(stderr(), stderr().startsWith("warning: ") && stderr().contains("ends with 14 samples, less than a 10 ms frame"));
    }

    @Test
    public void truncatedPackedInputIsAnError() throws IOException {
        Path in = write("cut.g729", new byte[25]);
        assertEquals(2, run("decode", in.toString(), path("x.raw").toString()));
        assertTrue(stderr(), stderr().contains("holds 25 bytes, not whole G.729 frames of 10 bytes"));
        assertFalse("nothing written", Files.exists(path("x.raw")));
    }

    @Test
    public void truncatedSerialInputIsAnError() throws IOException {
        byte[] serial = ItuVectors.bytes("TEST.BIT");
        Path in = write("cut.bit", Arrays.copyOf(serial, serial.length - 7));
        assertEquals(2, run("decode", "--itu", in.toString(), path("x.raw").toString()));
        assertTrue(stderr(), stderr().contains("not whole G.729 frames of 164 bytes (ITU serial format)"));
    }

    @Test
    public void aBadSyncOrBitWordNamesTheFrame() throws IOException {
        byte[] serial = ItuVectors.bytes("TEST.BIT");
        byte[] badSync = serial.clone();
        badSync[3 * 164] = 0x22;
        assertEquals(2, run("decode", "--itu", write("sync.bit", badSync).toString(), path("x.raw").toString()));
        assertTrue(stderr(), stderr().contains("frame 4 (byte offset 492): sync word 0x6B22, expected 0x6B21"));

        errBytes.reset();
        byte[] badBit = serial.clone();
        badBit[164 + 4 + 2 * 9] = 0x05;
        assertEquals(2, run("decode", "--itu", write("bit.bit", badBit).toString(), path("x.raw").toString()));
        assertTrue(stderr(), stderr().contains("frame 2 (byte offset 164): bit word 10 is 0x0005"));
    }

    @Test
    public void packedInputThatIsReallySerialSaysToUseItu() throws IOException {
        Path in = write("speech.bit", Arrays.copyOf(ItuVectors.bytes("SPEECH.BIT"), 164 * 3));
        assertEquals(2, run("decode", in.toString(), path("x.raw").toString()));
        assertTrue(stderr(), stderr().contains("for ITU test vectors add --itu"));
    }

    @Test
    public void anOddByteCountToEncodeIsAnError() throws IOException {
        assertEquals(2, run("encode", write("odd.raw", new byte[161]).toString(), path("x.g729").toString()));
        assertTrue(stderr(), stderr().contains("holds 161 bytes, an odd count"));
    }

    @Test
    public void wrongCommandLinesPrintTheUsage() {
        for (String[] args : new String[][] {{}, {"encode"}, {"encode", "a"}, {"decode", "--itu", "a"}, {"encode", "--raw", "a", "b"},
                {"transcode", "a", "b"}, {"encode", "a", "b", "c"}}) {
            errBytes.reset();
            assertEquals(Arrays.toString(args), 2, run(args));
            assertEquals(G729FileTool.USAGE + "\n", stderr());
        }
    }

    @Test
    public void aMissingFileIsNamed() {
        assertEquals(2, run("decode", "/no/such/file.g729", path("x.raw").toString()));
        assertEquals("error: no such file: /no/such/file.g729\n", stderr());
    }

    @Test
    public void benchReportsBothDirectionsAndRejectsABadDuration() {
        assertEquals(0, run("bench", "0.05"));
        String report = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(report, report.matches("encoder: \\d+ frames in [0-9.]+ s: [0-9.]+ us per 10 ms frame, \\d+x real time on one thread\n"
                + "decoder: \\d+ frames in [0-9.]+ s: [0-9.]+ us per 10 ms frame, \\d+x real time on one thread\n"));
        for (String bad : new String[] {"-1", "0", "soon", "NaN", "99999"}) {
            errBytes.reset();
            assertEquals(bad, 2, run("bench", bad));
            assertTrue(stderr(), stderr().startsWith("error: bench takes a number of seconds"));
        }
    }

    private int run(String... args) {
        return G729FileTool.run(args, out, err);
    }

    private String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path path(String name) {
        return temp.getRoot().toPath().resolve(name);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = path(name);
        Files.write(file, content);
        return file;
    }
}
