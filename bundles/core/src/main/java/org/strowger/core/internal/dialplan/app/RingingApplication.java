package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;

/** {@code Ringing()}: tells the caller the far end is ringing (ringback tone), then goes on. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Ringing")
public final class RingingApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) {
        channel.indicate(ControlFrame.Control.RINGING, "");
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Indicate ringing tone.";
    }
}
