package org.strowger.codec.support;

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
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What a G.711 codec jar must do as a command-line tool ({@link CodecFileTool}): encode and decode files
 * exactly as the ITU reference, and answer bad input with one line on stderr and exit code 2. A law's
 * file-tool test extends this.
 */
public abstract class G711FileToolContract {

    /** Runs the law's tool with these arguments, errors to {@code err}; returns its exit code. */
    protected abstract int run(String[] args, PrintStream err);

    /** How the usage line names the jar, e.g. {@code codec-ulaw}. */
    protected abstract String jarName();

    /** The reference codes of the law: {@code sweep-r.u} or {@code sweep-r.a}. */
    protected abstract String codesVector();

    /** The reference decodes of those codes. */
    protected abstract String decodedVector();


    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    public void encodeWritesTheItuCodesOneBytePerSample() throws IOException {
        Path in = temp.getRoot().toPath().resolve("sweep.raw");
        Files.write(in, G711Vectors.bytes("sweep.src"));
        Path out = temp.getRoot().toPath().resolve("sweep.g711");
        assertEquals(0, runTool("encode", in.toString(), out.toString()));
        short[] codes = G711Vectors.vector(codesVector());
        byte[] written = Files.readAllBytes(out);
        assertEquals(codes.length, written.length);
        for (int i = 0; i < codes.length; i++) {
            assertEquals("code " + i, codes[i] & 0xFF, written[i] & 0xFF);
        }
        assertEquals("", stderr());
    }

    @Test
    public void decodeWritesTheItuLinearValues() throws IOException {
        byte[] codeBytes = G711Vectors.codeBytes(G711Vectors.vector(codesVector()));
        Path in = temp.newFile("in.g711").toPath();
        Files.write(in, codeBytes);
        Path out = temp.getRoot().toPath().resolve("out.raw");
        assertEquals(0, runTool("decode", in.toString(), out.toString()));
        assertArrayEquals(G711Vectors.bytes(decodedVector()), Files.readAllBytes(out));
    }

    @Test
    public void anOddByteCountToEncodeIsAnError() throws IOException {
        Path in = temp.newFile("odd.raw").toPath();
        Files.write(in, new byte[3]);
        Path out = temp.getRoot().toPath().resolve("odd.g711");
        assertEquals(2, runTool("encode", in.toString(), out.toString()));
        assertOneLine("odd");
        assertFalse(Files.exists(out));
    }

    @Test
    public void aMissingInputFileIsAnError() {
        Path missing = temp.getRoot().toPath().resolve("missing.raw");
        assertEquals(2, runTool("decode", missing.toString(), temp.getRoot().toPath().resolve("x").toString()));
        assertOneLine("no such file: " + missing);
    }

    @Test
    public void anUnwritableOutputIsAnError() throws IOException {
        Path in = temp.newFile("in.g711").toPath();
        Files.write(in, new byte[] {1, 2, 3});
        Path out = temp.getRoot().toPath().resolve("no-such-dir").resolve("out.raw");
        assertEquals(2, runTool("decode", in.toString(), out.toString()));
        assertOneLine("error:");
    }

    @Test
    public void wrongArgumentsPrintTheUsage() {
        assertEquals(2, runTool());
        assertOneLine("usage: java -jar <" + jarName() + " jar> encode|decode IN OUT");
        errBytes.reset();
        assertEquals(2, runTool("encode", "a"));
        assertOneLine("usage:");
        errBytes.reset();
        assertEquals(2, runTool("transcode", "a", "b"));
        assertOneLine("usage:");
        errBytes.reset();
        assertEquals(2, runTool("encode", "a", "b", "c"));
        assertOneLine("usage:");
    }

    private int runTool(String... args) {
        return run(args, err);
    }

    private String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private void assertOneLine(String expected) {
        String text = stderr();
        assertTrue("one line: " + text, text.endsWith(System.lineSeparator()) && text.strip().lines().count() == 1);
        assertTrue(text, text.contains(expected));
        assertFalse("no stack trace: " + text, text.contains("\tat ") || text.contains("Exception"));
    }
}
