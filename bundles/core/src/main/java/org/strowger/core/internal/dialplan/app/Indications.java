package org.strowger.core.internal.dialplan.app;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.dialplan.ChannelWaits;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.ToneZone;

/**
 * Busy and congestion as Asterisk's {@code pbx_builtin_busy}/{@code _congestion} give them: the
 * condition is signalled; a channel that is already up hears the tone zone's tone in the audio (its
 * signalling can no longer say it), and one that is not gets the matching hangup cause. Then the
 * channel waits for the caller to hang up, or for the timeout if one is given; the dialplan ends
 * either way.
 */
final class Indications {

    private Indications() {
    }

    static Result indicateAndWait(Channel channel, MediaClock clock, ControlFrame.Control tone, String timeout)
            throws InterruptedException {
        channel.indicate(tone, "");
        boolean up = channel.state() == ChannelState.UP;
        String toneName = tone == ControlFrame.Control.BUSY ? "busy" : "congestion";
        Player inBand = up ? Player.start(clock, channel, ToneZone.US.toneList(toneName).orElseThrow().generator())
                : null;
        try {
            var seconds = TimeLength.millis(timeout, TimeLength.Unit.SECONDS);
            if (seconds.isPresent() && seconds.getAsLong() >= 0) {
                ChannelWaits.sleep(channel, seconds.getAsLong());
            } else {
                ChannelWaits.untilHangup(channel);
            }
        } finally {
            if (inBand != null) {
                inBand.close();
            }
        }
        if (!up && !channel.isHungUp()) {
            channel.hangup(tone == ControlFrame.Control.BUSY ? HangupCause.USER_BUSY.code()
                    : HangupCause.NORMAL_CIRCUIT_CONGESTION.code());
        }
        return Result.HANGUP;
    }
}
