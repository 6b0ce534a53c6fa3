package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code Gosub([[context,]exten,]priority[(arg1[,...][,argN])])}: calls a subroutine that ends with
 * {@code Return()}; the arguments are {@code ${ARG1}}.. and {@code ${ARGC}} inside it.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Gosub")
public final class GosubApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public GosubApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        return Gosub.call(engine, channel, data);
    }

    @Override
    public String synopsis() {
        return "Jump to label, saving return address.";
    }

    @Override
    public String syntax() {
        return "Gosub([[context,]exten,]priority[(arg1[,...][,argN])])";
    }
}
