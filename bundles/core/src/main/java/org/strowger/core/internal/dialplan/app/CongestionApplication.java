package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.MediaClock;

/** {@code Congestion([timeout])}: congestion tone until the caller hangs up (or the timeout); ends the dialplan. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Congestion")
public final class CongestionApplication implements DialplanApplication {

    private final MediaClock clock;

    @Activate
    public CongestionApplication(@Reference MediaClock clock) {
        this.clock = clock;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        return Indications.indicateAndWait(channel, clock, ControlFrame.Control.CONGESTION, data);
    }

    @Override
    public String synopsis() {
        return "Indicate the Congestion condition.";
    }
}
