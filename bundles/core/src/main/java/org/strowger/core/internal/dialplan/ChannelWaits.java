package org.strowger.core.internal.dialplan;

import java.util.concurrent.TimeUnit;

import org.strowger.api.channel.Channel;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;

/**
 * Waiting on a channel the way a dialplan application does: reading (and dropping) what the far end
 * sends, so that a hangup is noticed at once (Asterisk's {@code ast_safe_sleep} and
 * {@code wait_for_hangup}).
 */
public final class ChannelWaits {

    /** How long one read waits when there is no deadline; only bounds how often the loop looks around. */
    private static final long POLL_MILLIS = 1000;

    private ChannelWaits() {
    }

    /**
     * Waits for the time to pass.
     *
     * @return {@code true} if the channel is still up afterwards, {@code false} if it hung up
     */
    public static boolean sleep(Channel channel, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        while (!channel.isHungUp()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Frame frame = channel.read(left, TimeUnit.NANOSECONDS);
            if (frame instanceof HangupFrame) {
                return false;
            }
        }
        return false;
    }

    /** Waits until the channel hangs up. */
    public static void untilHangup(Channel channel) throws InterruptedException {
        while (!channel.isHungUp()) {
            if (channel.read(POLL_MILLIS, TimeUnit.MILLISECONDS) instanceof HangupFrame) {
                return;
            }
        }
    }
}
