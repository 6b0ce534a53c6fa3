package org.strowger.benchmarks.codec;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;
import org.strowger.codec.alaw.internal.AlawToSlinTranslator;
import org.strowger.codec.alaw.internal.SlinToAlawTranslator;
import org.strowger.codec.amu.internal.UlawToAlawTranslator;
import org.strowger.codec.ulaw.internal.SlinToUlawTranslator;
import org.strowger.codec.ulaw.internal.UlawToSlinTranslator;

/**
 * The real G.711 translators of the codec bundles (codec_ulaw.so, codec_alaw.so, codec_a_mu.so),
 * one 20 ms frame (160 samples) per call through {@link TranslatorSession#translate}, output frame
 * included. Scores are samples per second ({@code @OperationsPerInvocation(160)}); the goal is
 * 10^9 per core. Run with {@code -prof gc}: the only allocation is the output frame the contract
 * requires (payload + {@code VoiceFrame}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class G711TranslatorBenchmark {

    private static final int SAMPLES = 160;

    private TranslatorSession ulawEncode;
    private TranslatorSession ulawDecode;
    private TranslatorSession alawEncode;
    private TranslatorSession alawDecode;
    private TranslatorSession ulawToAlaw;
    private VoiceFrame slin;
    private VoiceFrame ulaw;
    private VoiceFrame alaw;

    @Setup
    public void setUp() {
        Translator slinToUlaw = new SlinToUlawTranslator();
        Translator slinToAlaw = new SlinToAlawTranslator();
        Translator ulawToSlin = new UlawToSlinTranslator();
        ulawEncode = slinToUlaw.open();
        alawEncode = slinToAlaw.open();
        ulawDecode = ulawToSlin.open();
        alawDecode = new AlawToSlinTranslator().open();
        ulawToAlaw = new UlawToAlawTranslator().open();
        slin = slinToUlaw.sample();
        ulaw = ulawToSlin.sample();
        alaw = slinToAlaw.open().translate(slin);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public VoiceFrame ulawEncode() {
        return ulawEncode.translate(slin);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public VoiceFrame ulawDecode() {
        return ulawDecode.translate(ulaw);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public VoiceFrame alawEncode() {
        return alawEncode.translate(slin);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public VoiceFrame alawDecode() {
        return alawDecode.translate(alaw);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public VoiceFrame ulawToAlaw() {
        return ulawToAlaw.translate(ulaw);
    }
}
