package org.strowger.chantest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.strowger.api.media.Format;

public class AudioCheckTest {

    private static final int RATE = 8000;

    @Test
    public void aPureSineMeasuresAtItsLevelWithNoNoise() {
        short[] sine = sine(1000, 10362, 1600, 0);
        ToneMeasurement m = AudioCheck.measureTone(sine, RATE, 1000);
        assertEquals(-10.0, m.levelDbfs(), 0.05);
        assertTrue(m.toString(), m.snrDb() > 60);
        assertEquals(1600, m.samples());
    }

    @Test
    public void anotherFrequencyIsNotTheTone() {
        short[] sine = sine(1000, 10362, 1600, 0);
        ToneMeasurement m = AudioCheck.measureTone(sine, RATE, 1500);
        assertFalse(m.toString(), m.isTone(-30, 10));
    }

    @Test
    public void noiseOnTopLowersTheSnr() {
        short[] sine = sine(1000, 10362, 1600, 0);
        for (int i = 0; i < sine.length; i++) {
            // a deterministic second tone at a fifth of the amplitude: 14 dB below
            sine[i] += (short) Math.round(2072 * Math.sin(2 * Math.PI * 1700 * i / RATE));
        }
        ToneMeasurement m = AudioCheck.measureTone(sine, RATE, 1000);
        assertEquals(20 * Math.log10(5), m.snrDb(), 0.1);
    }

    @Test
    public void aToneWhosePeriodIsNotWholeSamplesIsTrimmedToWholePeriods() {
        short[] sine = sine(997, 10362, 8000, 0);
        ToneMeasurement m = AudioCheck.measureTone(sine, RATE, 997);
        assertEquals(8000, m.samples());
        assertTrue(m.toString(), m.snrDb() > 60);
        // half a second does not hold a whole number of 997 Hz periods: the nearest is used
        short[] half = java.util.Arrays.copyOf(sine, 4000);
        ToneMeasurement shorter = AudioCheck.measureTone(half, RATE, 997);
        assertTrue(shorter.toString(), shorter.snrDb() > 40);
    }

    @Test
    public void silenceIsNoTone() {
        ToneMeasurement m = AudioCheck.measureTone(new short[800], RATE, 1000);
        assertEquals(Double.NEGATIVE_INFINITY, m.levelDbfs(), 0);
        assertFalse(m.isTone(-60, 0));
    }

    @Test
    public void decodesSlinLittleEndian() {
        byte[] slin = {0x34, 0x12, (byte) 0xFF, (byte) 0xFF, 0x00, (byte) 0x80};
        assertArrayEquals(new short[] {0x1234, -1, Short.MIN_VALUE}, AudioCheck.decode(Format.SLIN, slin));
    }

    @Test
    public void decodesG711ByTheTables() {
        byte[] codes = {(byte) 0xFF, 0x00};
        assertArrayEquals(new short[] {0, -32124}, AudioCheck.decode(Format.ULAW, codes));
        assertArrayEquals(new short[] {G711.alawToLinear((byte) 0xFF), G711.alawToLinear((byte) 0)},
                AudioCheck.decode(Format.ALAW, codes));
    }

    @Test
    public void refusesWhatItCannotMeasure() {
        expectIllegal(() -> AudioCheck.decode(Format.G729, new byte[20]), "g729");
        expectIllegal(() -> AudioCheck.measureTone(new short[800], RATE, 4000), "4000.0 Hz");
        expectIllegal(() -> AudioCheck.measureTone(new short[3], RATE, 1000), "3 samples");
    }

    static short[] sine(int hz, int amplitude, int samples, int offset) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * (i + offset) / RATE));
        }
        return out;
    }

    private static void expectIllegal(Runnable action, String mentioned) {
        try {
            action.run();
            fail("expected IllegalArgumentException mentioning " + mentioned);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(mentioned));
        }
    }
}
