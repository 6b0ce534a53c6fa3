package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code ExitWhile()}: leaves the innermost loop, going on after its EndWhile. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=ExitWhile")
public final class ExitWhileApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public ExitWhileApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        WhileLoops.run(engine, channel, data, WhileLoops.Kind.EXIT_WHILE);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "End a While loop.";
    }

    @Override
    public String syntax() {
        return "ExitWhile()";
    }
}
