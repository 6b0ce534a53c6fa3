package org.strowger.core.internal.dialplan.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;

/**
 * What Asterisk's PBX loop does with a digit an application returns ({@code __ast_pbx_run} and
 * {@code collect_digits}): more digits are read, each within the digit timeout, for as long as the
 * context could still match a longer extension; then the channel goes to priority 1 of what was
 * dialled. The PBX loop sends a number that is no extension to {@code i}, as for any other location
 * that does not exist.
 */
final class DigitCollector {

    private static final Logger LOG = LoggerFactory.getLogger(DigitCollector.class);

    private DigitCollector() {
    }

    /**
     * Collects the rest of a number that starts with {@code first} and moves the channel to it
     * ({@code priority 0}: the PBX loop goes on at priority 1).
     *
     * @return {@code false} when the channel hung up while dialling
     */
    static boolean dialFrom(Channel channel, ExtensionLookup lookup, char first, long digitTimeoutMillis)
            throws InterruptedException {
        String context = channel.context();
        StringBuilder number = new StringBuilder().append(first);
        while (lookup.matchMore(context, number.toString(), channel.callerId().number())) {
            int digit = ChannelMedia.waitForDigit(channel, digitTimeoutMillis);
            if (digit < 0) {
                return false;
            }
            if (digit == 0) {
                break;
            }
            number.append((char) digit);
        }
        LOG.debug("{} dialled '{}' in context '{}'", channel.name(), number, context);
        channel.setDialplanLocation(context, number.toString(), 0);
        return true;
    }
}
