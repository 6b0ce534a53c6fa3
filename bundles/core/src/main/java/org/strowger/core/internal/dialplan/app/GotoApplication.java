package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code Goto([[context,]extension,]priority)} ({@code pbx_builtin_goto}): the priority is a number,
 * a label or {@code +N}/{@code -N}. A target that does not exist is not checked here: the PBX then
 * finds no priority and goes to {@code i}. No argument, or a label that names nothing, ends the call.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Goto")
public final class GotoApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GotoApplication.class);

    private final DialplanEngine engine;

    @Activate
    public GotoApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        return go(engine, channel, data);
    }

    /** {@code pbx_builtin_goto}, shared with GotoIf and GotoIfTime. */
    static Result go(DialplanEngine engine, Channel channel, String target) {
        if (!engine.parseableGoto(channel, target)) {
            return Result.HANGUP;
        }
        // Asterisk prints the priority plus one: the target in the PBX loop, where the goto set one before it.
        LOG.info("Goto ({},{},{})", channel.context(), channel.exten(), channel.priority() + 1);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Jump to a particular priority, extension, or context.";
    }

    @Override
    public String syntax() {
        return "Goto([[context,]extensions,]priority)";
    }

    @Override
    public String description() {
        return "This application will set the current context, extension, and priority in the channel structure."
                + " After it completes, the pbx engine will continue dialplan execution at the specified location.";
    }
}
