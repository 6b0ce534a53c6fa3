package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.dialplan.ChannelWaits;

/**
 * {@code MusicOnHold([class[,duration]])}: plays music on hold to the caller for {@code duration}
 * seconds, or until the caller hangs up when there is none. Without a class the channel's own
 * music class plays. The music comes from the channel (its driver, or the core when the driver has
 * none), asked for with a {@code HOLD} indication.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=MusicOnHold")
public final class MusicOnHoldApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        List<String> arguments = ApplicationArguments.split(data);
        String musicClass = ApplicationArguments.argument(arguments, 0);
        int seconds = AsteriskNumbers.leadingInt(ApplicationArguments.argument(arguments, 1)).orElse(0);
        channel.indicate(ControlFrame.Control.HOLD, musicClass);
        try {
            if (seconds > 0) {
                return ChannelWaits.sleep(channel, seconds * 1000L) ? Result.CONTINUE : Result.HANGUP;
            }
            ChannelWaits.untilHangup(channel);
            return Result.HANGUP;
        } finally {
            channel.indicate(ControlFrame.Control.UNHOLD, "");
        }
    }

    @Override
    public String synopsis() {
        return "Play Music On Hold indefinitely.";
    }
}
