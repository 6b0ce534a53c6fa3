package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ApplicationArguments;

/**
 * {@code Log(level,message)} (apps/app_verbose.c {@code log_exec}): logs the message at ERROR,
 * WARNING, NOTICE, DEBUG, VERBOSE or DTMF, tagged with the dialplan position as Asterisk tags it
 * ({@code Ext. 100:2 @ office}). NOTICE and VERBOSE are INFO here, DTMF DEBUG.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Log")
public final class LogApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(LogApplication.class);

    @Override
    public Result execute(Channel channel, String data) {
        if (data.isEmpty()) {
            return Result.CONTINUE;
        }
        List<String> args = ApplicationArguments.separate(data, ',', 2, true);
        String level = args.get(0);
        String message = args.size() > 1 ? args.get(1) : "";
        String where = "Ext. " + channel.exten() + ":" + channel.priority() + " @ " + channel.context() + ": ";
        switch (level.toUpperCase(Locale.ROOT)) {
            case "ERROR" -> LOG.error("{}{}", where, message);
            case "WARNING" -> LOG.warn("{}{}", where, message);
            case "NOTICE", "VERBOSE" -> LOG.info("{}{}", where, message);
            case "DEBUG", "DTMF" -> LOG.debug("{}{}", where, message);
            default -> LOG.error("Unknown log level: '{}'", level);
        }
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Send arbitrary text to a selected log level.";
    }

    @Override
    public String syntax() {
        return "Log(level,message)";
    }
}
