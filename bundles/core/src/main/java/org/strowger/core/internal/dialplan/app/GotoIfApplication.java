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
 * {@code GotoIf(condition?[labeliftrue]:[labeliffalse])} ({@code pbx_builtin_gotoif}): the branch the
 * condition picks is a Goto target; an empty one means carry on with the next priority.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=GotoIf")
public final class GotoIfApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GotoIfApplication.class);

    private final DialplanEngine engine;

    @Activate
    public GotoIfApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        if (data.isEmpty()) {
            LOG.warn("Ignoring, since there is no variable to check");
            return Result.CONTINUE;
        }
        Branches branches = Branches.parse(data);
        return branches.take(Conditions.isTrue(branches.condition()), engine, channel);
    }

    @Override
    public String synopsis() {
        return "Conditional goto.";
    }

    @Override
    public String syntax() {
        return "GotoIf(condition?[labeliftrue][:labeliffalse])";
    }
}
