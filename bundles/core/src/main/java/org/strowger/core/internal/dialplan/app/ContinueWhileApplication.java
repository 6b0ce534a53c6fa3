package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code ContinueWhile()}: goes back to the While of the innermost loop at once. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=ContinueWhile")
public final class ContinueWhileApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public ContinueWhileApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        WhileLoops.continueLoop(engine, channel);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Restart a While loop.";
    }

    @Override
    public String syntax() {
        return "ContinueWhile()";
    }
}
