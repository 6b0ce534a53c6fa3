package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;

/** {@code Congestion([timeout])}: congestion tone until the caller hangs up (or the timeout); ends the dialplan. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Congestion")
public final class CongestionApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        return Indications.indicateAndWait(channel, ControlFrame.Control.CONGESTION, data);
    }

    @Override
    public String synopsis() {
        return "Indicate the Congestion condition.";
    }
}
