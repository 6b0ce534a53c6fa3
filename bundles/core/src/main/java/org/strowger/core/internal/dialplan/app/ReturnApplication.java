package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code Return([value])}: back from a Gosub, the value in {@code GOSUB_RETVAL}; without a Gosub it ends the call. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Return")
public final class ReturnApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public ReturnApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        return Gosub.ret(engine, channel, data);
    }

    @Override
    public String synopsis() {
        return "Return from gosub routine.";
    }

    @Override
    public String syntax() {
        return "Return([value])";
    }
}
