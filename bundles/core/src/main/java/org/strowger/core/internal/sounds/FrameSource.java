package org.strowger.core.internal.sounds;

import org.strowger.api.media.VoiceFrame;

/** Audio handed out 20 ms at a time, as Asterisk's generators and file streams produce it. */
@FunctionalInterface
public interface FrameSource {

    /** The next 20 ms (or the shorter end of a file), or {@code null} when there is no more. */
    VoiceFrame next();
}
