package org.strowger.chantest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.AudioCheck;
import org.strowger.chantest.ToneMeasurement;

public class ToneCacheTest {

    private final ToneCache tones = new ToneCache();

    @Test
    public void aCycleIsTheFewestWholeFramesAfterWhichTheSineRepeats() {
        assertEquals(1, ToneCache.framesPerCycle(1000));
        assertEquals(1, ToneCache.framesPerCycle(400));
        assertEquals(5, ToneCache.framesPerCycle(440));
        assertEquals(50, ToneCache.framesPerCycle(997));
        assertEquals(50, ToneCache.framesPerCycle(1));
    }

    @Test
    public void framesAreTwentyMillisecondsInTheFormat() {
        for (Format format : List.of(Format.SLIN, Format.ULAW, Format.ALAW)) {
            for (VoiceFrame frame : tones.cycle(format, 440)) {
                assertSame(format, frame.format());
                assertEquals(160, frame.samples());
                assertEquals(format.bytesPer20Ms(), frame.payload().length);
            }
        }
    }

    @Test
    public void everyChannelGetsTheSameFrames() {
        assertSame(tones.cycle(Format.ULAW, 1000), tones.cycle(Format.ULAW, 1000));
    }

    @Test
    public void theToneIsAtMinusTenDbfsWithTheSnrOfG711() {
        for (Format format : List.of(Format.ULAW, Format.ALAW)) {
            for (int hz : new int[] {1000, 440, 997, 3400}) {
                ToneMeasurement m = AudioCheck.measureTone(format, twoCycles(format, hz), hz);
                assertEquals(format + " " + m, -10.0, m.levelDbfs(), 0.3);
                // G.711 gives about 38 dB for a loud sine
                assertTrue(format + " " + m, m.snrDb() > 33);
            }
        }
        ToneMeasurement linear = AudioCheck.measureTone(Format.SLIN, twoCycles(Format.SLIN, 440), 440);
        assertEquals(linear.toString(), -10.0, linear.levelDbfs(), 0.01);
        assertTrue(linear.toString(), linear.snrDb() > 80);
    }

    @Test
    public void theCycleJoinsWithoutAClick() {
        // measured over exactly two cycles: a jump at the seam would show as noise
        byte[] audio = twoCycles(Format.SLIN, 997);
        ToneMeasurement whole = AudioCheck.measureTone(Format.SLIN, audio, 997);
        assertEquals(2 * 8000, whole.samples());
        assertTrue(whole.toString(), whole.snrDb() > 80);
    }

    @Test(expected = IllegalArgumentException.class)
    public void g729HasNoEncoderHere() {
        tones.cycle(Format.G729, 1000);
    }

    @Test(expected = IllegalArgumentException.class)
    public void theNyquistFrequencyIsOutOfRange() {
        tones.cycle(Format.ULAW, 4000);
    }

    private byte[] twoCycles(Format format, int hz) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<VoiceFrame> cycle = tones.cycle(format, hz);
        for (int round = 0; round < 2; round++) {
            cycle.forEach(frame -> out.writeBytes(frame.payload()));
        }
        return out.toByteArray();
    }
}
