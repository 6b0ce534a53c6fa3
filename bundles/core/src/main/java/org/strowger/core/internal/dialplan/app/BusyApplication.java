package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.MediaClock;

/** {@code Busy([timeout])}: busy tone until the caller hangs up (or the timeout, in seconds); ends the dialplan. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Busy")
public final class BusyApplication implements DialplanApplication {

    private final MediaClock clock;

    @Activate
    public BusyApplication(@Reference MediaClock clock) {
        this.clock = clock;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        return Indications.indicateAndWait(channel, clock, ControlFrame.Control.BUSY, data);
    }

    @Override
    public String synopsis() {
        return "Indicate the Busy condition.";
    }
}
