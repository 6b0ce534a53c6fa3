package org.strowger.codec.alaw.internal;

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

public class AlawFileToolTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    public void encodeWritesTheItuCodesOneBytePerSample() throws IOException {
        Path in = temp.getRoot().toPath().resolve("sweep.raw");
        Files.write(in, AlawTest.bytes("sweep.src"));
        Path out = temp.getRoot().toPath().resolve("sweep.al");
        assertEquals(0, run("encode", in.toString(), out.toString()));
        short[] codes = AlawTest.vector("sweep-r.a");
        byte[] written = Files.readAllBytes(out);
        assertEquals(codes.length, written.length);
        for (int i = 0; i < codes.length; i++) {
            assertEquals("code " + i, codes[i] & 0xFF, written[i] & 0xFF);
        }
        assertEquals("", stderr());
    }

    @Test
    public void decodeWritesTheItuLinearValues() throws IOException {
        short[] codes = AlawTest.vector("sweep-r.a");
        byte[] codeBytes = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codeBytes[i] = (byte) codes[i];
        }
        Path in = temp.newFile("in.al").toPath();
        Files.write(in, codeBytes);
        Path out = temp.getRoot().toPath().resolve("out.raw");
        assertEquals(0, run("decode", in.toString(), out.toString()));
        assertArrayEquals(AlawTest.bytes("sweep-r.a-a"), Files.readAllBytes(out));
    }

    @Test
    public void anOddByteCountToEncodeIsAnError() throws IOException {
        Path in = temp.newFile("odd.raw").toPath();
        Files.write(in, new byte[3]);
        Path out = temp.getRoot().toPath().resolve("odd.al");
        assertEquals(2, run("encode", in.toString(), out.toString()));
        assertOneLine("odd");
        assertFalse(Files.exists(out));
    }

    @Test
    public void aMissingInputFileIsAnError() {
        Path missing = temp.getRoot().toPath().resolve("missing.raw");
        assertEquals(2, run("decode", missing.toString(), temp.getRoot().toPath().resolve("x").toString()));
        assertOneLine("no such file: " + missing);
    }

    @Test
    public void anUnwritableOutputIsAnError() throws IOException {
        Path in = temp.newFile("in.al").toPath();
        Files.write(in, new byte[] {1, 2, 3});
        Path out = temp.getRoot().toPath().resolve("no-such-dir").resolve("out.raw");
        assertEquals(2, run("decode", in.toString(), out.toString()));
        assertOneLine("error:");
    }

    @Test
    public void wrongArgumentsPrintTheUsage() {
        assertEquals(2, run());
        assertOneLine("usage: java -jar <codec-alaw jar> encode|decode IN OUT");
        errBytes.reset();
        assertEquals(2, run("encode", "a"));
        assertOneLine("usage:");
        errBytes.reset();
        assertEquals(2, run("transcode", "a", "b"));
        assertOneLine("usage:");
        errBytes.reset();
        assertEquals(2, run("encode", "a", "b", "c"));
        assertOneLine("usage:");
    }

    private int run(String... args) {
        return AlawFileTool.run(args, err);
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
