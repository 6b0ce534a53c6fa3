package org.strowger.core.internal.dialplan.app;

import java.time.Instant;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.TimeSpec;

/**
 * {@code GotoIfTime(times,weekdays,mdays,months[,timezone]?[labeliftrue][:labeliffalse])}
 * ({@code pbx_builtin_gotoiftime}): a time condition picks the branch; the channel variable
 * {@code TESTTIME} (seconds since the epoch, set by {@code TESTTIME()}) stands in for now.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=GotoIfTime")
public final class GotoIfTimeApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GotoIfTimeApplication.class);

    private final DialplanEngine engine;

    @Activate
    public GotoIfTimeApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        if (data.isEmpty()) {
            LOG.warn("GotoIfTime requires an argument:\n  <time range>,<days of week>,<days of month>,<months>"
                    + "[,<timezone>]?'labeliftrue':'labeliffalse'");
            return Result.HANGUP;
        }
        Instant now = Instant.now();
        Optional<String> testTime = channel.variable("TESTTIME");
        if (testTime.isPresent()) {
            var seconds = AsteriskNumbers.leadingInt(testTime.get());
            if (seconds.isPresent()) {
                now = Instant.ofEpochSecond(seconds.getAsInt());
            } else {
                LOG.warn("Using current time to evaluate");
                channel.setVariable("TESTTIME", null);
            }
        }
        Branches branches = Branches.parse(data);
        Instant at = now;
        boolean inTime = TimeSpec.parse(branches.condition()).map(time -> time.matches(at)).orElse(false);
        return branches.take(inTime, engine, channel);
    }

    @Override
    public String synopsis() {
        return "Conditional Goto based on the current time.";
    }

    @Override
    public String syntax() {
        return "GotoIfTime(times,weekdays,mdays,months[,timezone]?[labeliftrue][:labeliffalse])";
    }
}
