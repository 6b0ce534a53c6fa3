package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code EndWhile()}: goes back to the While of the innermost loop. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=EndWhile")
public final class EndWhileApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public EndWhileApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        WhileLoops.run(engine, channel, data, WhileLoops.Kind.END_WHILE);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "End a while loop.";
    }

    @Override
    public String syntax() {
        return "EndWhile()";
    }
}
