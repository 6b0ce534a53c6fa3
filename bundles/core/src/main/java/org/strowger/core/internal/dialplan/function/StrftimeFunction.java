package org.strowger.core.internal.dialplan.function;

import static org.strowger.core.internal.dialplan.function.FunctionArguments.argument;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/**
 * {@code STRFTIME([epoch][,timezone[,format]])} (func_strings.c {@code acf_strftime}): a time as
 * text. The epoch defaults to now (also when it does not read as a number), the zone to the
 * system's, the format to {@code %c}; {@code %q} / {@code %3q} give fractions of a second.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=STRFTIME")
public final class StrftimeFunction implements DialplanFunction {

    private final Clock clock;

    @Activate
    public StrftimeFunction() {
        this(Clock.systemUTC());
    }

    StrftimeFunction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String read(Channel channel, String arguments) {
        List<String> args = FunctionArguments.standard(arguments, 3);
        long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        long[] when = AsteriskTime.epoch(argument(args, 0), nowMicros);
        Instant instant = Instant.ofEpochSecond(when[0], when[1] * 1000);
        String format = argument(args, 2);
        // Only a missing format means %c; an empty one gives an empty text.
        return AsteriskTime.format(format == null ? "%c" : format,
                ZonedDateTime.ofInstant(instant, AsteriskTime.zone(argument(args, 1))));
    }

    @Override
    public String synopsis() {
        return "Returns the current date/time in the specified format.";
    }

    @Override
    public String syntax() {
        return "STRFTIME([epoch][,timezone[,format]])";
    }
}
