package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;

/** {@code Progress()}: signals call progress (early media may follow) without answering. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Progress")
public final class ProgressApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) {
        channel.indicate(ControlFrame.Control.PROGRESS, "");
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Indicate progress.";
    }
}
