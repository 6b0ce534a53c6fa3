package org.strowger.core.internal.channel;

import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;

/**
 * Music on hold for one channel: the generated {@code default} class, a slow four-note phrase of
 * soft sine tones in slin, written on media ticks and translated into the channel's format like any
 * other audio. Every class name plays it until real MOH classes exist.
 */
final class MusicOnHold {

    private static final int SAMPLE_RATE = 8000;
    private static final int[] NOTES_HZ = {440, 554, 659, 554};
    private static final int FRAMES_PER_NOTE = 25;
    /** About -18 dBFS: audible, never loud. */
    private static final double AMPLITUDE = 4000;
    private static final VoiceFrame[] PHRASE = phrase();

    private final MediaClock.Registration registration;
    private int next;

    private MusicOnHold(ChannelImpl channel, MediaClock clock) {
        registration = clock.schedule(() -> channel.writeVoice(PHRASE[next++ % PHRASE.length]));
    }

    static MusicOnHold start(ChannelImpl channel, String musicClass, MediaClock clock) {
        return new MusicOnHold(channel, clock);
    }

    void stop() {
        registration.close();
    }

    private static VoiceFrame[] phrase() {
        int samplesPerFrame = Format.SLIN.samplesPer20Ms();
        VoiceFrame[] frames = new VoiceFrame[NOTES_HZ.length * FRAMES_PER_NOTE];
        long sample = 0;
        for (int f = 0; f < frames.length; f++) {
            double hz = NOTES_HZ[f / FRAMES_PER_NOTE];
            byte[] payload = new byte[samplesPerFrame * 2];
            for (int i = 0; i < samplesPerFrame; i++, sample++) {
                // A short fade at each note's ends avoids clicks between notes.
                int inNote = (int) (sample % (FRAMES_PER_NOTE * samplesPerFrame));
                int fromEnd = FRAMES_PER_NOTE * samplesPerFrame - inNote;
                double fade = Math.min(1.0, Math.min(inNote, fromEnd) / 400.0);
                short value = (short) Math.round(AMPLITUDE * fade * Math.sin(2 * Math.PI * hz * sample / SAMPLE_RATE));
                payload[2 * i] = (byte) value;
                payload[2 * i + 1] = (byte) (value >> 8);
            }
            frames[f] = new VoiceFrame(Format.SLIN, payload, samplesPerFrame);
        }
        return frames;
    }
}
