package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * {@code Verbose([level,]message)} (apps/app_verbose.c): logs the message. Asterisk's verbosity 0-2
 * (what a console shows by default) is INFO here, 3-4 (per-priority chatter) DEBUG.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Verbose")
public final class VerboseApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(VerboseApplication.class);

    @Override
    public Result execute(Channel channel, String data) {
        if (data.isEmpty()) {
            return Result.CONTINUE;
        }
        List<String> args = ApplicationArguments.separate(data, ',', 2, true);
        String level = args.get(0);
        String message = args.size() > 1 ? args.get(1) : "";
        if (args.size() == 1) {
            message = level;
            level = "0";
        }
        int verbosity = 0;
        var number = AsteriskNumbers.leadingInt(level);
        if (number.isEmpty()) {
            LOG.warn("'{}' is not a verboser number", level);
        } else {
            // %u: a negative number wraps to a huge one, which is then cut to 4 like any above 4.
            verbosity = number.getAsInt() < 0 ? 4 : Math.min(4, number.getAsInt());
        }
        if (verbosity <= 2) {
            LOG.info("{}", message);
        } else {
            LOG.debug("{}", message);
        }
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Send arbitrary text to verbose output.";
    }

    @Override
    public String syntax() {
        return "Verbose([level,]message)";
    }
}
