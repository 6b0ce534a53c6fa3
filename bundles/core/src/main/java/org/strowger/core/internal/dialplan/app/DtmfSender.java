package org.strowger.core.internal.dialplan.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.media.DtmfFrame;
import org.strowger.core.internal.dialplan.ChannelWaits;

/**
 * Asterisk's {@code ast_dtmf_stream} and {@code ast_senddigit}: each digit goes out as a key-down
 * frame and, after the key's duration, a key-up frame carrying it.
 */
final class DtmfSender {

    private static final Logger LOG = LoggerFactory.getLogger(DtmfSender.class);
    /** {@code AST_DEFAULT_EMULATE_DTMF_DURATION}: the shortest key press sent. */
    static final long MIN_DURATION_MILLIS = 100;
    private static final String DIGITS = "0123456789*#abcdfABCDF";

    private DtmfSender() {
    }

    /**
     * @param own whether the sender runs this channel (then waiting reads it, as {@code ast_safe_sleep});
     *     another channel's frames are left alone
     * @return {@code false} if the channel hung up on the way
     */
    static boolean send(Channel channel, boolean own, String digits, long between, long duration)
            throws InterruptedException {
        long held = Math.max(MIN_DURATION_MILLIS, duration);
        if (!pause(channel, own, 100)) {
            return false;
        }
        for (char c : digits.toCharArray()) {
            if (c == 'w') {
                if (!pause(channel, own, 500)) {
                    return false;
                }
            } else if (c == 'W') {
                if (!pause(channel, own, 1000)) {
                    return false;
                }
            } else if (DIGITS.indexOf(c) >= 0) {
                if (c == 'f' || c == 'F') {
                    LOG.debug("Flash ('{}') is not sent: channels here have no hook flash", c);
                } else {
                    channel.write(new DtmfFrame(c, false, 0));
                    if (!pause(channel, own, held)) {
                        return false;
                    }
                    channel.write(new DtmfFrame(c, true, (int) held));
                }
                if (!pause(channel, own, between)) {
                    return false;
                }
            } else {
                LOG.warn("Illegal DTMF character '{}' in string. (0-9*#aAbBcCdD allowed)", c);
            }
        }
        return !channel.isHungUp();
    }

    private static boolean pause(Channel channel, boolean own, long millis) throws InterruptedException {
        if (own) {
            return ChannelWaits.sleep(channel, millis);
        }
        Thread.sleep(millis);
        return !channel.isHungUp();
    }
}
