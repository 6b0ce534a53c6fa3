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
        // strsep on '?', then on ':': the false branch is all the rest.
        int question = data.indexOf('?');
        String condition = question < 0 ? data : data.substring(0, question);
        String trueBranch = null;
        String falseBranch = null;
        if (question >= 0) {
            String branches = data.substring(question + 1);
            int colon = branches.indexOf(':');
            trueBranch = colon < 0 ? branches : branches.substring(0, colon);
            falseBranch = colon < 0 ? null : branches.substring(colon + 1);
        }
        String branch = Conditions.isTrue(condition) ? trueBranch : falseBranch;
        if (branch == null || branch.isEmpty()) {
            LOG.debug("Not taking any branch");
            return Result.CONTINUE;
        }
        return GotoApplication.go(engine, channel, branch);
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
