package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.dialplan.ChannelWaits;

/**
 * {@code Answer([delay])}: answers the channel if it is not up yet, then waits {@code delay}
 * milliseconds before the dialplan goes on (none when the channel was already up).
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Answer")
public final class AnswerApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        if (channel.state() == ChannelState.UP) {
            return channel.isHungUp() ? Result.HANGUP : Result.CONTINUE;
        }
        channel.answer();
        int delay = AsteriskNumbers.leadingInt(data).orElse(0);
        if (delay > 0 && !ChannelWaits.sleep(channel, delay)) {
            return Result.HANGUP;
        }
        return channel.isHungUp() ? Result.HANGUP : Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Answer a channel if ringing.";
    }
}
