package org.strowger.core.internal.dialplan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code include => ctx[,times,weekdays,mdays,months[,zone]]} of a context (main/pbx_include.c).
 *
 * @param name the whole value as written, what {@code dialplan show} prints and duplicates are judged by
 * @param context the included context: the value up to the first comma
 * @param time the time condition after it, empty if the include always applies
 */
public record Include(String name, String context, Optional<TimeSpec> time) {

    public Include {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(time, "time");
    }

    /** {@code include_alloc}: the context name, then the time condition after the first comma. */
    public static Include parse(String value) {
        int comma = value.indexOf(',');
        if (comma < 0) {
            return new Include(value, value, Optional.empty());
        }
        return new Include(value, value.substring(0, comma), TimeSpec.parse(value.substring(comma + 1)));
    }

    /** {@code include_valid}: whether the include applies at this moment. */
    public boolean appliesAt(Instant now) {
        return time.map(spec -> spec.matches(now)).orElse(true);
    }
}
