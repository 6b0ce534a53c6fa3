package org.strowger.core.internal.sounds;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/** The us zone of indications.conf and ast_playtones_start's tone lists, checked by what they sound like. */
public class ToneListTest {

    private static short[] samples(VoiceFrame frame) {
        short[] out = new short[frame.samples()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((frame.payload()[2 * i] & 0xff) | (frame.payload()[2 * i + 1] << 8));
        }
        return out;
    }

    private static short[] concat(List<VoiceFrame> frames) {
        short[] all = new short[frames.stream().mapToInt(VoiceFrame::samples).sum()];
        int at = 0;
        for (VoiceFrame frame : frames) {
            short[] s = samples(frame);
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        return all;
    }

    /** Goertzel power of one frequency, relative to the signal's energy. */
    private static double share(short[] signal, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / 8000);
        double s1 = 0;
        double s2 = 0;
        double energy = 0;
        for (short x : signal) {
            double s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
            energy += (double) x * x;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return energy == 0 ? 0 : power / (energy * signal.length / 2.0);
    }

    private static boolean silent(VoiceFrame frame) {
        for (short s : samples(frame)) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<VoiceFrame> take(FrameSource source, int frames) {
        List<VoiceFrame> out = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            VoiceFrame frame = source.next();
            if (frame == null) {
                break;
            }
            out.add(frame);
        }
        return out;
    }

    @Test
    public void usRingbackIsTwoSecondsOf440Plus480ThenFourSecondsOfSilenceRepeated() {
        List<VoiceFrame> frames = take(ToneZone.US.toneList("ring").orElseThrow().generator(), 400);
        assertEquals(400, frames.size());
        frames.forEach(f -> assertEquals(Format.SLIN, f.format()));
        frames.forEach(f -> assertEquals(160, f.samples()));
        // 2000 ms = 100 frames of tone, 4000 ms = 200 frames of silence, then the tone again
        assertTrue(frames.subList(0, 100).stream().noneMatch(ToneListTest::silent));
        assertTrue(frames.subList(100, 300).stream().allMatch(ToneListTest::silent));
        assertTrue(frames.subList(300, 400).stream().noneMatch(ToneListTest::silent));
        short[] tone = concat(frames.subList(0, 100));
        double both = share(tone, 440) + share(tone, 480);
        assertTrue("440 and 480 Hz carry the tone: " + both, both > 0.9);
        assertTrue(share(tone, 620) < 0.01);
    }

    @Test
    public void usBusyAndCongestionAre480Plus620AtTheirCadences() {
        List<VoiceFrame> busy = take(ToneZone.US.toneList("busy").orElseThrow().generator(), 100);
        assertTrue(busy.subList(0, 25).stream().noneMatch(ToneListTest::silent));
        assertTrue(busy.subList(25, 50).stream().allMatch(ToneListTest::silent));
        assertTrue(busy.subList(50, 75).stream().noneMatch(ToneListTest::silent));
        short[] tone = concat(busy.subList(0, 25));
        assertTrue(share(tone, 480) + share(tone, 620) > 0.9);

        List<VoiceFrame> congestion = take(ToneZone.US.toneList("congestion").orElseThrow().generator(), 50);
        // 250 ms parts are 12.5 frames; the generator switches after the frame that completes a part
        assertTrue(congestion.subList(0, 13).stream().noneMatch(ToneListTest::silent));
        assertTrue(congestion.subList(13, 26).stream().allMatch(ToneListTest::silent));
        assertTrue(congestion.subList(26, 39).stream().noneMatch(ToneListTest::silent));
    }

    @Test
    public void usDialToneIsContinuous350Plus440() {
        short[] tone = concat(take(ToneZone.US.toneList("dial").orElseThrow().generator(), 50));
        assertTrue(share(tone, 350) + share(tone, 440) > 0.9);
        int peak = 0;
        for (short s : tone) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue("two tones at Asterisk's default volume: " + peak, peak > ToneList.DEFAULT_VOLUME && peak <= 2.02 * ToneList.DEFAULT_VOLUME);
    }

    @Test
    public void partsMarkedWithABangPlayOnceAndTheListRepeatsFromTheFirstUnmarkedPart() {
        ToneList info = ToneZone.US.toneList("info").orElseThrow();
        assertEquals(3, info.repeatFrom());
        List<VoiceFrame> frames = take(info.generator(), 120);
        assertEquals(120, frames.size());
        assertTrue(share(concat(frames.subList(0, 16)), 950) > 0.9);
        assertTrue(share(concat(frames.subList(18, 32)), 1400) > 0.9);
        assertTrue(share(concat(frames.subList(35, 49)), 1800) > 0.9);
        assertTrue(frames.subList(51, 120).stream().allMatch(ToneListTest::silent));
    }

    @Test
    public void aListWhoseEveryPartIsMarkedEnds() {
        FrameSource once = ToneList.parse("!1000/100,!0/100").orElseThrow().generator();
        assertEquals(10, take(once, 100).size());
        assertNull(once.next());
    }

    @Test
    public void partsAreReadAsAsteriskReadsThem() {
        ToneList list = ToneList.parse("M69/100|440*20|950|bogus|0/200").orElseThrow();
        assertEquals(List.of(new ToneList.Part(440, 0, 100, false), new ToneList.Part(440, 20, 0, true),
                new ToneList.Part(950, 0, 0, false), new ToneList.Part(0, 0, 200, false)), list.parts());
        assertTrue(ToneList.parse("").isEmpty());
        assertTrue(ToneList.parse("x,y").isEmpty());
        // strsep stops at the first empty part
        assertEquals(1, ToneList.parse("440,,480").orElseThrow().parts().size());
    }
}
