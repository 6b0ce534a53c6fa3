package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ChannelWaits;

/**
 * {@code Wait(seconds)}: pauses the dialplan; fractions are allowed ({@code Wait(0.5)}). A hangup
 * during the wait ends the dialplan; a missing or unreadable time waits not at all.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Wait")
public final class WaitApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        long millis = TimeLength.millis(data, TimeLength.Unit.SECONDS).orElse(0);
        if (millis <= 0) {
            return Result.CONTINUE;
        }
        return ChannelWaits.sleep(channel, millis) ? Result.CONTINUE : Result.HANGUP;
    }

    @Override
    public String synopsis() {
        return "Waits for some time.";
    }
}
