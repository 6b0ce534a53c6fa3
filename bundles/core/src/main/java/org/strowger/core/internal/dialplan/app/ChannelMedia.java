package org.strowger.core.internal.dialplan.app;

import java.util.concurrent.TimeUnit;

import org.strowger.api.channel.Channel;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.sounds.FrameSource;
import org.strowger.core.internal.sounds.Player;

/**
 * Playing to a channel and listening to it at once, as Asterisk's {@code ast_waitstream} and
 * {@code ast_waitfordigit} do: the audio goes out on the media clock while the application's thread
 * reads what the caller sends. Results follow Asterisk: a digit (its character), 0 for "finished" or
 * "timed out", -1 for a hangup. A digit counts when its key comes up (a DTMF end frame).
 */
final class ChannelMedia {

    /** What a PBX run uses when the dialplan set nothing else (__ast_pbx_run: 5 s between digits). */
    static final long DIGIT_TIMEOUT_MILLIS = 5000;
    /** __ast_pbx_run: 10 s for a first digit. */
    static final long RESPONSE_TIMEOUT_MILLIS = 10000;
    /** Any DTMF key ({@code AST_DIGIT_ANY}). */
    static final String ANY_DIGIT = "0123456789*#ABCD";
    /** How long one read waits while playing: bounds how late the end of a prompt is noticed. */
    private static final long POLL_MILLIS = 20;

    private ChannelMedia() {
    }

    /**
     * {@code ast_waitfordigit}: waits for a key.
     *
     * @return the digit, 0 after the timeout, -1 when the channel hung up
     */
    static int waitForDigit(Channel channel, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        while (!channel.isHungUp()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            Frame frame = channel.read(left, TimeUnit.NANOSECONDS);
            if (frame instanceof HangupFrame) {
                return -1;
            }
            if (frame instanceof DtmfFrame dtmf && dtmf.end()) {
                return dtmf.digit();
            }
        }
        return -1;
    }

    /**
     * {@code ast_waitstream}: plays the audio to its end, or until one of {@code breakOn} is pressed.
     *
     * @return 0 when it played to the end, the digit that stopped it, -1 when the channel hung up
     */
    static int play(Channel channel, MediaClock clock, FrameSource audio, String breakOn) throws InterruptedException {
        try (Player player = Player.start(clock, channel, audio)) {
            while (!player.isDone()) {
                if (channel.isHungUp()) {
                    return -1;
                }
                Frame frame = channel.read(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (frame instanceof HangupFrame) {
                    return -1;
                }
                if (frame instanceof DtmfFrame dtmf && dtmf.end() && breakOn.indexOf(dtmf.digit()) >= 0) {
                    return dtmf.digit();
                }
            }
            return channel.isHungUp() ? -1 : 0;
        }
    }
}
