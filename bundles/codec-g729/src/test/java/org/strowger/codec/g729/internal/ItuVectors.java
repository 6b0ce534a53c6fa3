package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The ITU-T G.729 Annex A test vectors of {@code testdata/itu-g729a}, and the RFC 3551 packing
 * of their serial bit words, done here bit by bit from the formats' definitions rather than with
 * the codec's own {@code Bitstream}.
 */
final class ItuVectors {

    static final int SERIAL_BYTES = 164;
    static final int PACKED_BYTES = 10;

    /** The vectors with an input X.IN for the encoder (X.IN to X.BIT). */
    static final List<String> ENCODER_VECTORS =
            List.of("ALGTHM", "FIXED", "LSP", "PITCH", "SPEECH", "TAME", "TEST");
    /** The vectors for the decoder (X.BIT to X.PST), also those with no X.IN. */
    static final List<String> DECODER_VECTORS =
            List.of("ALGTHM", "ERASURE", "FIXED", "LSP", "OVERFLOW", "PARITY", "PITCH", "SPEECH", "TAME", "TEST");

    private ItuVectors() {
    }

    static Path file(String name) {
        return Paths.get(System.getProperty("strowger.testdata", "../../testdata"), "itu-g729a", name);
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(file(name));
    }

    /** 16-bit little-endian samples. */
    static short[] samples(byte[] raw) {
        short[] out = new short[raw.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((raw[2 * i] & 0xFF) | (raw[2 * i + 1] << 8));
        }
        return out;
    }

    /** 16-bit little-endian samples written to out[at..]. */
    static void putSamples(short[] samples, byte[] out, int at) {
        for (int i = 0; i < samples.length; i++) {
            out[at + 2 * i] = (byte) samples[i];
            out[at + 2 * i + 1] = (byte) (samples[i] >> 8);
        }
    }

    /**
     * Asserts that the output of vector {@code name} has the expected length and returns the
     * index of its first byte that differs from the reference, -1 if none does.
     */
    static int firstMismatch(String name, byte[] expected, byte[] actual) {
        assertEquals(name + ": output length", expected.length, actual.length);
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != expected[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Serial frames (sync, size, 80 bit words of 0x7F/0x81) to RFC 3551 payload bytes: the 80 bits
     * in transmission order, the first bit in the most significant bit of the first byte.
     */
    static byte[] packed(byte[] serial) {
        int frames = serial.length / SERIAL_BYTES;
        byte[] out = new byte[frames * PACKED_BYTES];
        for (int f = 0; f < frames; f++) {
            for (int bit = 0; bit < 80; bit++) {
                int at = f * SERIAL_BYTES + 4 + 2 * bit;
                int word = (serial[at] & 0xFF) | ((serial[at + 1] & 0xFF) << 8);
                if (word == 0x0081) {
                    out[f * PACKED_BYTES + bit / 8] |= (byte) (0x80 >> (bit % 8));
                }
            }
        }
        return out;
    }

    /** Whether any frame of a serial file is marked lost (a zero bit word). */
    static boolean hasErasures(byte[] serial) {
        for (int f = 0; f < serial.length / SERIAL_BYTES; f++) {
            for (int bit = 0; bit < 80; bit++) {
                int at = f * SERIAL_BYTES + 4 + 2 * bit;
                if (serial[at] == 0 && serial[at + 1] == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
