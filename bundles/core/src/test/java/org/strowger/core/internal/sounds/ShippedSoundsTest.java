package org.strowger.core.internal.sounds;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;

/**
 * The prompts the core ships are exactly what this generator makes: {@code beep} is 250 ms of a
 * 1000 Hz sine at the tone generator's volume, {@code silence/N} is N seconds of zero samples, all
 * 8 kHz 16-bit little-endian slin ({@code .sln}). Run {@link #main} to write them again.
 */
public class ShippedSoundsTest {

    static final int SAMPLE_RATE = 8000;

    /** Resource path (below {@code sounds/}) to content. */
    static Map<String, byte[]> generated() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("en/beep.sln", sine(1000, 250, ToneList.DEFAULT_VOLUME));
        for (int seconds = 1; seconds <= 10; seconds++) {
            files.put("en/silence/" + seconds + ".sln", new byte[seconds * SAMPLE_RATE * 2]);
        }
        return files;
    }

    static byte[] sine(double hz, int millis, int amplitude) {
        int samples = SAMPLE_RATE * millis / 1000;
        byte[] out = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE));
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        }
        return out;
    }

    @Test
    public void theShippedPromptsAreTheGeneratedOnes() throws IOException {
        for (Map.Entry<String, byte[]> file : generated().entrySet()) {
            try (InputStream in = Sounds.class.getClassLoader().getResourceAsStream(Sounds.SHIPPED_ROOT + file.getKey())) {
                assertNotNull("shipped " + file.getKey(), in);
                assertArrayEquals(file.getKey(), file.getValue(), in.readAllBytes());
            }
        }
    }

    @Test
    public void everyShippedNameIsFoundInEnglishAndInOtherLanguages() {
        Sounds sounds = new Sounds(java.util.List.of());
        for (String name : Sounds.shippedNames()) {
            assertEquals(name, sounds.find(name, "en").orElseThrow().name());
            assertNotNull(sounds.find(name, "fr_CA").orElseThrow());
        }
        assertEquals(250, sounds.find("beep", "en").orElseThrow().millis());
        assertEquals(3000, sounds.find("silence/3", "en").orElseThrow().millis());
    }

    /** Writes the shipped prompts into {@code src/main/resources/sounds} of the module given (or the current directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").resolve("src/main/resources/sounds");
        for (Map.Entry<String, byte[]> file : generated().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
