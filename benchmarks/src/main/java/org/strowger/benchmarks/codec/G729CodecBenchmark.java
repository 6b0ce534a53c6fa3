package org.strowger.benchmarks.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.strowger.codec.g729.internal.G729Decoder;
import org.strowger.codec.g729.internal.G729Encoder;

/**
 * One G.729 Annex A encoder and one decoder channel (codec_g729a.so), one 10 ms frame per call,
 * cycling through the ITU's SPEECH.IN (3750 frames of real speech) so the searches see speech.
 * Scores are microseconds per frame: real time is 10,000 us per frame, so the speed-up is
 * 10000 / score. {@code benchmarks/g729-vs-bcg729.sh} runs this beside the C bcg729 library.
 * Run with {@code -prof gc}: the codec allocates nothing per frame.
 *
 * <p>The speech file is {@code testdata/itu-g729a/SPEECH.IN} under the working directory, or
 * the file the system property {@code strowger.g729.speech} names.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class G729CodecBenchmark {

    private static final int SAMPLES = 80;
    private static final int PACKED = 10;

    private short[] speech;
    private byte[] coded;
    private int frames;
    private int encodeAt;
    private int decodeAt;
    private final short[] decoded = new short[SAMPLES];
    private final byte[] scratch = new byte[PACKED];
    private G729Encoder encoder;
    private G729Decoder decoder;

    @Setup
    public void setUp() {
        Path file = Path.of(System.getProperty("strowger.g729.speech", "testdata/itu-g729a/SPEECH.IN"));
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root, or set -Dstrowger.g729.speech: " + file.toAbsolutePath(), e);
        }
        frames = raw.length / 2 / SAMPLES;
        speech = new short[frames * SAMPLES];
        for (int i = 0; i < speech.length; i++) {
            speech[i] = (short) ((raw[2 * i] & 0xFF) | (raw[2 * i + 1] << 8));
        }
        encoder = new G729Encoder();
        decoder = new G729Decoder();
        coded = new byte[frames * PACKED];
        G729Encoder once = new G729Encoder();
        for (int f = 0; f < frames; f++) {
            once.encodePacked(speech, f * SAMPLES, coded, f * PACKED);
        }
    }

    @Benchmark
    public byte[] encode() {
        encoder.encodePacked(speech, encodeAt * SAMPLES, scratch, 0);
        encodeAt = encodeAt + 1 == frames ? 0 : encodeAt + 1;
        return scratch;
    }

    @Benchmark
    public short[] decode() {
        decoder.decodePacked(coded, decodeAt * PACKED, decoded, 0);
        decodeAt = decodeAt + 1 == frames ? 0 : decodeAt + 1;
        return decoded;
    }
}
