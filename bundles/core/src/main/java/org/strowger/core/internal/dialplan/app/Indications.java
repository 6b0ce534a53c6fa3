package org.strowger.core.internal.dialplan.app;

import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.media.ControlFrame;
import org.strowger.core.internal.dialplan.ChannelWaits;

/**
 * Busy and congestion as Asterisk's {@code pbx_builtin_busy}/{@code _congestion} give them: the tone
 * is signalled, then the channel waits for the caller to hang up, or for the timeout if one is given;
 * the dialplan ends either way.
 */
final class Indications {

    private Indications() {
    }

    static Result indicateAndWait(Channel channel, ControlFrame.Control tone, String timeout)
            throws InterruptedException {
        channel.indicate(tone, "");
        var seconds = TimeLength.millis(timeout, TimeLength.Unit.SECONDS);
        if (seconds.isPresent() && seconds.getAsLong() >= 0) {
            ChannelWaits.sleep(channel, seconds.getAsLong());
        } else {
            ChannelWaits.untilHangup(channel);
        }
        return Result.HANGUP;
    }
}
