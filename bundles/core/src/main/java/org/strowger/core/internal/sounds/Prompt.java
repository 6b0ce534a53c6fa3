package org.strowger.core.internal.sounds;

import java.util.List;

import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/**
 * A sound file read into 20 ms frames: what Asterisk's {@code ast_streamfile} plays.
 *
 * @param name the name it was asked for, e.g. {@code digits/1}
 * @param location where it was found (a path, or {@code classpath:sounds/en/beep.sln})
 * @param format the frames' format (slin, ulaw or alaw, as the file holds it; the channel translates)
 * @param frames the audio, every frame 20 ms except perhaps the last
 */
public record Prompt(String name, String location, Format format, List<VoiceFrame> frames) {

    public Prompt {
        frames = List.copyOf(frames);
    }

    /** How long the prompt plays, in milliseconds. */
    public long millis() {
        long samples = 0;
        for (VoiceFrame frame : frames) {
            samples += frame.samples();
        }
        return samples * 1000 / format.sampleRate();
    }

    /** The frames from the start, one per call. */
    public FrameSource source() {
        return new FrameSource() {
            private int next;

            @Override
            public VoiceFrame next() {
                return next < frames.size() ? frames.get(next++) : null;
            }
        };
    }
}
