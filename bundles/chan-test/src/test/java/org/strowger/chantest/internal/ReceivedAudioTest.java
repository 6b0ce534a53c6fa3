package org.strowger.chantest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ReceivedAudioTest {

    @Test
    public void keepsEverythingUpToTheLimit() {
        ReceivedAudio audio = new ReceivedAudio(10_000);
        audio.append(bytes(0, 3000));
        audio.append(bytes(3000, 3000));
        assertArrayEquals(bytes(0, 6000), audio.snapshot());
    }

    @Test
    public void keepsTheMostRecentBytesBeyondIt() {
        ReceivedAudio audio = new ReceivedAudio(1000);
        for (int start = 0; start < 5000; start += 160) {
            audio.append(bytes(start, 160));
        }
        // 32 frames of 160 bytes = 5120 bytes went in; the last 1000 stay
        assertArrayEquals(bytes(5120 - 1000, 1000), audio.snapshot());
    }

    @Test
    public void aChunkLargerThanTheLimitLeavesItsTail() {
        ReceivedAudio audio = new ReceivedAudio(100);
        audio.append(bytes(0, 50));
        audio.append(bytes(50, 300));
        assertArrayEquals(bytes(250, 100), audio.snapshot());
    }

    @Test
    public void aLimitOfZeroKeepsNothing() {
        ReceivedAudio audio = new ReceivedAudio(0);
        audio.append(bytes(0, 160));
        assertEquals(0, audio.snapshot().length);
    }

    private static byte[] bytes(int start, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (start + i);
        }
        return out;
    }
}
