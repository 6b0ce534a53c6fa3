package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;

/** {@code NoOp([text])}: does nothing; its data shows up in the Newexten event and the debug log. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=NoOp")
public final class NoOpApplication implements DialplanApplication {

    @Override
    public Result execute(Channel channel, String data) {
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Do Nothing (No Operation).";
    }
}
