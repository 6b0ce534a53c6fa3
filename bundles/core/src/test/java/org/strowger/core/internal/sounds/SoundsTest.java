package org.strowger.core.internal.sounds;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.media.Format;

/** Finding prompts as ast_streamfile does: language order, formats, the configured directory first. */
public class SoundsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theLanguageComesFirstThenItsPrefixThenEnglishThenNoLanguage() throws Exception {
        Path dir = folder.getRoot().toPath();
        write(dir.resolve("fr/hello.ulaw"), new byte[800]);
        write(dir.resolve("de/hello.sln"), new byte[320]);
        write(dir.resolve("plain.alaw"), new byte[160]);
        Sounds sounds = new Sounds(List.of(dir));

        Prompt french = sounds.find("hello", "fr_CA").orElseThrow();
        assertEquals(Format.ULAW, french.format());
        assertEquals(5, french.frames().size());
        assertEquals(Format.SLIN, sounds.find("hello", "de").orElseThrow().format());
        assertTrue(sounds.find("hello", "en").isEmpty());
        assertEquals(Format.ALAW, sounds.find("plain", "fr").orElseThrow().format());
        assertTrue(sounds.find("nothing", "en").isEmpty());
    }

    @Test
    public void aFileInTheDirectoryWinsOverTheShippedOneAndAPathIsTakenAsItIs() throws Exception {
        Path dir = folder.getRoot().toPath();
        write(dir.resolve("en/beep.sln"), new byte[3200]);
        Sounds sounds = new Sounds(List.of(dir));
        assertEquals(200, sounds.find("beep", "en").orElseThrow().millis());
        assertEquals(250, new Sounds(List.of()).find("beep", "en").orElseThrow().millis());
        assertEquals(200, sounds.find(dir.resolve("en/beep").toString(), "fr").orElseThrow().millis());
    }

    @Test
    public void aWavFileOf8kHz16BitMonoIsReadAndOthersAreNot() throws Exception {
        Path dir = folder.getRoot().toPath();
        write(dir.resolve("en/good.wav"), wav(8000, 1, 16, new byte[480]));
        write(dir.resolve("en/stereo.wav"), wav(8000, 2, 16, new byte[480]));
        Sounds sounds = new Sounds(List.of(dir));
        Prompt good = sounds.find("good", "en").orElseThrow();
        assertEquals(Format.SLIN, good.format());
        assertEquals(List.of(160, 80), good.frames().stream().map(f -> f.samples()).toList());
        assertTrue(sounds.find("stereo", "en").isEmpty());
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static byte[] wav(int rate, int channels, int bits, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x46464952).putInt(36 + data.length).putInt(0x45564157);
        header.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        header.putInt(0x61746164).putInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(data);
        return out.toByteArray();
    }
}
