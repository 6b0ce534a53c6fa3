package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code While(expr)}: starts a loop that runs while the expression is true; the matching {@code EndWhile()} goes back to it, a false expression goes past it. */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=While")
public final class WhileApplication implements DialplanApplication {

    private final DialplanEngine engine;

    @Activate
    public WhileApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        WhileLoops.run(engine, channel, data, WhileLoops.Kind.WHILE);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Start a while loop.";
    }

    @Override
    public String syntax() {
        return "While(expr)";
    }
}
