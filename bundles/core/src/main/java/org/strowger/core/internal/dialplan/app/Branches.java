package org.strowger.core.internal.dialplan.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * The {@code condition?[iftrue][:iffalse]} argument of GotoIf and GotoIfTime, split as
 * pbx_builtin_gotoif does: {@code strsep} on the first {@code ?}, then on the first {@code :}, the
 * false branch being all the rest.
 *
 * @param condition what decides
 * @param whenTrue the branch taken when it holds, or {@code null}
 * @param whenFalse the branch taken otherwise, or {@code null}
 */
record Branches(String condition, String whenTrue, String whenFalse) {

    private static final Logger LOG = LoggerFactory.getLogger(Branches.class);

    static Branches parse(String data) {
        int question = data.indexOf('?');
        if (question < 0) {
            return new Branches(data, null, null);
        }
        String branches = data.substring(question + 1);
        int colon = branches.indexOf(':');
        return new Branches(data.substring(0, question), colon < 0 ? branches : branches.substring(0, colon),
                colon < 0 ? null : branches.substring(colon + 1));
    }

    /** Goes to the branch the outcome picks; an empty or missing branch carries on with the next priority. */
    Result take(boolean outcome, DialplanEngine engine, Channel channel) {
        String branch = outcome ? whenTrue : whenFalse;
        if (branch == null || branch.isEmpty()) {
            LOG.debug("Not taking any branch");
            return Result.CONTINUE;
        }
        return GotoApplication.go(engine, channel, branch);
    }
}
