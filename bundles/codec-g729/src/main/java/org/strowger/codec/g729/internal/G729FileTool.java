package org.strowger.codec.g729.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.strowger.codec.support.CodecFileTool;

/**
 * The bundle jar as a command-line tool, usable without Karaf:
 * <pre>
 * java -jar &lt;codec-g729 jar&gt; encode [--itu] IN OUT
 * java -jar &lt;codec-g729 jar&gt; decode [--itu] IN OUT
 * java -jar &lt;codec-g729 jar&gt; bench [seconds]
 * </pre>
 * Raw audio is 16-bit little-endian mono 8 kHz. G.729 is packed RFC 3551 frames (10 bytes per
 * 10 ms) or, with {@code --itu}, the ITU test-vector serial format (82 little-endian words a frame:
 * sync 0x6B21, size 80, then one word per bit, 0x007F for 0 and 0x0081 for 1, all zero when the
 * frame was lost). Bad input gives one line on stderr and exit code 2, never a stack trace.
 */
public final class G729FileTool {

    static final int OK = CodecFileTool.OK;
    static final int BAD_INPUT = CodecFileTool.BAD_INPUT;
    static final int CODEC_FAULT = 3;

    static final String USAGE = "usage: java -jar <codec-g729 jar> encode [--itu] IN OUT | decode [--itu] IN OUT | bench [seconds]";

    private static final int SAMPLES = G729Translator.SAMPLES_PER_FRAME;
    private static final int PACKED_BYTES = G729Translator.BYTES_PER_FRAME;
    private static final int SERIAL_WORDS = 82;
    private static final int SERIAL_BYTES = SERIAL_WORDS * 2;
    private static final int SYNC_GOOD = 0x6B21;
    /** G.192's sync word of a frame the transport marked bad. */
    private static final int SYNC_BAD = 0x6B20;
    private static final int BIT_0 = 0x007F;
    private static final int BIT_1 = 0x0081;
    private static final int BITS = 80;

    private G729FileTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code, prints results on {@code out} and errors as one line on {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 1 && args[0].equals("bench")) {
            return bench(args, out, err);
        }
        boolean itu = args.length > 1 && args[1].equals("--itu");
        int files = itu ? 2 : 1;
        if (args.length != files + 2 || !(args[0].equals("encode") || args[0].equals("decode"))
                || args[files].startsWith("--") || args[files + 1].startsWith("--")) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        String inName = args[files];
        String outName = args[files + 1];
        try {
            Path in = Paths.get(inName);
            byte[] input = Files.readAllBytes(in);
            byte[] output = args[0].equals("encode") ? encode(in, input, itu, err) : decode(in, input, itu, err);
            if (output == null) {
                return BAD_INPUT;
            }
            Files.write(Paths.get(outName), output);
            return OK;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return BAD_INPUT;
        } catch (IOException | InvalidPathException | SecurityException e) {
            err.println("error: " + CodecFileTool.describe(e));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("error: input too large to convert in memory");
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // The codec is meant to take any input; if it ever does not, say so in one line.
            err.println("error: the codec failed on " + inName + ": " + e + "; please report it with the file");
            return CODEC_FAULT;
        }
    }

    private static byte[] encode(Path in, byte[] input, boolean itu, PrintStream err) {
        if ((input.length & 1) != 0) {
            err.println("error: " + in + " holds " + input.length
                    + " bytes, an odd count: raw audio is 16-bit little-endian samples");
            return null;
        }
        int samples = input.length / 2;
        int frames = samples / SAMPLES;
        if (samples % SAMPLES != 0) {
            // The ITU's coder does the same; say so, since those samples are lost.
            err.println("warning: " + in + " ends with " + samples % SAMPLES
                    + " samples, less than a 10 ms frame; they are not encoded");
        }
        G729Encoder encoder = new G729Encoder();
        short[] pcm = new short[SAMPLES];
        short[] prm = new short[Bitstream.PRM_SIZE];
        short[] serial = new short[SERIAL_WORDS];
        byte[] output = new byte[frames * (itu ? SERIAL_BYTES : PACKED_BYTES)];
        for (int frame = 0; frame < frames; frame++) {
            for (int i = 0; i < SAMPLES; i++) {
                int at = 2 * (frame * SAMPLES + i);
                pcm[i] = (short) ((input[at] & 0xFF) | (input[at + 1] << 8));
            }
            if (itu) {
                encoder.encode(pcm, 0, prm);
                Bitstream.prmToSerial(prm, serial);
                for (int w = 0; w < SERIAL_WORDS; w++) {
                    output[frame * SERIAL_BYTES + 2 * w] = (byte) serial[w];
                    output[frame * SERIAL_BYTES + 2 * w + 1] = (byte) (serial[w] >> 8);
                }
            } else {
                encoder.encodePacked(pcm, 0, output, frame * PACKED_BYTES);
            }
        }
        return output;
    }

    private static byte[] decode(Path in, byte[] input, boolean itu, PrintStream err) {
        int frameBytes = itu ? SERIAL_BYTES : PACKED_BYTES;
        if (input.length % frameBytes != 0) {
            err.println("error: " + in + " holds " + input.length + " bytes, not whole G.729 frames of " + frameBytes
                    + " bytes (" + (itu ? "ITU serial format" : "packed RFC 3551 frames") + "): truncated or not G.729"
                    + (itu ? "" : "; for ITU test vectors add --itu"));
            return null;
        }
        int frames = input.length / frameBytes;
        G729Decoder decoder = new G729Decoder();
        short[] pcm = new short[SAMPLES];
        short[] prm = new short[Bitstream.PRM_SIZE];
        short[] bits = new short[BITS];
        byte[] output = new byte[frames * SAMPLES * 2];
        for (int frame = 0; frame < frames; frame++) {
            int base = frame * frameBytes;
            if (itu) {
                String problem = readSerialFrame(input, base, bits);
                if (problem != null) {
                    err.println("error: " + in + ": frame " + (frame + 1) + " (byte offset " + base + "): " + problem);
                    return null;
                }
                boolean erased = Bitstream.serialToPrm(bits, 0, prm);
                decoder.decode(prm, erased, pcm, 0);
            } else {
                decoder.decodePacked(input, base, pcm, 0);
            }
            for (int i = 0; i < SAMPLES; i++) {
                output[2 * (frame * SAMPLES + i)] = (byte) pcm[i];
                output[2 * (frame * SAMPLES + i) + 1] = (byte) (pcm[i] >> 8);
            }
        }
        return output;
    }

    /** Copies one serial frame's 80 bit words into {@code bits}; returns what is wrong with it, or null. */
    private static String readSerialFrame(byte[] input, int base, short[] bits) {
        int sync = word(input, base);
        int size = word(input, base + 2);
        if (sync != SYNC_GOOD && sync != SYNC_BAD) {
            return String.format("sync word 0x%04X, expected 0x%04X: not the ITU serial format", sync, SYNC_GOOD);
        }
        if (size != BITS) {
            return "size word " + size + ", expected " + BITS + " (G.729 Annex A at 8 kbit/s)";
        }
        for (int i = 0; i < BITS; i++) {
            int bit = word(input, base + 4 + 2 * i);
            if (bit != BIT_0 && bit != BIT_1 && bit != 0) {
                return String.format("bit word %d is 0x%04X, expected 0x007F, 0x0081 or 0 (lost frame)", i + 1, bit);
            }
            // a frame marked bad by its sync word is lost whatever its bits say
            bits[i] = (short) (sync == SYNC_BAD ? 0 : bit);
        }
        return null;
    }

    private static int word(byte[] data, int at) {
        return (data[at] & 0xFF) | ((data[at + 1] & 0xFF) << 8);
    }

    private static int bench(String[] args, PrintStream out, PrintStream err) {
        double seconds = 5;
        if (args.length > 2) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        if (args.length == 2) {
            try {
                seconds = Double.parseDouble(args[1]);
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (!(seconds > 0 && seconds <= 3600)) {
                err.println("error: bench takes a number of seconds between 0 and 3600, not '" + args[1] + "'");
                return BAD_INPUT;
            }
        }
        G729CodecBench.run(seconds, out);
        return OK;
    }
}
