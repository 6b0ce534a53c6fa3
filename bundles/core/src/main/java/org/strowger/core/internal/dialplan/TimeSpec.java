package org.strowger.core.internal.dialplan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time condition as {@code include => ctx,<times>,<weekdays>,<mdays>,<months>[,<timezone>]},
 * {@code GotoIfTime} and {@code IFTIME} write it: Asterisk's {@code ast_build_timing} and
 * {@code ast_check_timing2} (main/pbx_timing.c). Immutable.
 *
 * <p>Each field is {@code *} (or empty) for "any", or {@code &}-joined items that are single values
 * or ranges; ranges wrap ({@code fri-mon}, {@code 22:00-06:00}) and include both ends. Times are
 * {@code HH:MM}, weekdays {@code sun}..{@code sat} (or 1-7 from Sunday), days of the month 1-31,
 * months {@code jan}..{@code dec} (or 1-12). An item that does not parse is skipped with Asterisk's
 * warning, as Asterisk does.
 */
public final class TimeSpec {

    private static final Logger LOG = LoggerFactory.getLogger(TimeSpec.class);

    private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final int MINUTES_PER_DAY = 24 * 60;

    /** One bit per minute of the day. */
    private final boolean[] minutes;
    /** Bit 0 Sunday. */
    private final int weekdays;
    /** Bit 0 the 1st. */
    private final int monthDays;
    /** Bit 0 January. */
    private final int months;
    private final String timezone;

    private TimeSpec(boolean[] minutes, int weekdays, int monthDays, int months, String timezone) {
        this.minutes = minutes;
        this.weekdays = weekdays;
        this.monthDays = monthDays;
        this.months = months;
        this.timezone = timezone;
    }

    /**
     * {@code ast_build_timing}: the fields are separated by {@code ,} (or the old {@code |}); with
     * five comma-separated fields the fifth is a time zone.
     *
     * @return empty for an empty text, which Asterisk treats as "no time condition"
     */
    public static Optional<TimeSpec> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String timezone = null;
        String[] commaFields = text.split(",", -1);
        if (commaFields.length == 5) {
            timezone = commaFields[4];
        }
        String[] fields = text.split("[|,]", -1);
        boolean[] minutes = timeRange(fields[0]);
        int weekdays = fields.length > 1 ? range(fields[1], 7, DAYS, "day of week") : 0x7f;
        int monthDays = fields.length > 2 ? range(fields[2], 31, null, "day") : 0x7fffffff;
        int months = fields.length > 3 ? range(fields[3], 12, MONTHS, "month") : 0xfff;
        return Optional.of(new TimeSpec(minutes, weekdays, monthDays, months, timezone));
    }

    /** {@code ast_check_timing2}: whether the moment falls in the condition, in its time zone or the local one. */
    public boolean matches(Instant instant) {
        return matches(instant.atZone(zone()));
    }

    /** Whether the local date and time (already in the right zone) falls in the condition. */
    public boolean matches(ZonedDateTime time) {
        if ((months & (1 << (time.getMonthValue() - 1))) == 0) {
            return false;
        }
        if ((monthDays & (1 << (time.getDayOfMonth() - 1))) == 0) {
            return false;
        }
        int weekday = time.getDayOfWeek().getValue() % 7; // Sunday is 0, as C's tm_wday
        if ((weekdays & (1 << weekday)) == 0) {
            return false;
        }
        return minutes[time.getHour() * 60 + time.getMinute()];
    }

    /** The zone of the fifth field, the local one if there is none or it is unknown. */
    public ZoneId zone() {
        if (timezone == null || timezone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            // ast_localtime falls back to the local zone for a zone it cannot load
            return ZoneId.systemDefault();
        }
    }

    /** {@code get_timerange}: {@code HH:MM} or {@code HH:MM-HH:MM} items joined by {@code &}. */
    private static boolean[] timeRange(String text) {
        boolean[] minutes = new boolean[MINUTES_PER_DAY];
        if (text.isEmpty() || text.equals("*")) {
            Arrays.fill(minutes, true);
            return minutes;
        }
        for (String part : text.split("&", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                OptionalInt minute = clock(part);
                if (minute.isEmpty()) {
                    LOG.warn("{} isn't a valid time.", part);
                    continue;
                }
                minutes[minute.getAsInt()] = true;
                continue;
            }
            String startText = part.substring(0, dash);
            String endText = part.substring(dash + 1);
            // Asterisk skips whatever is not a digit after the dash, mostly blanks.
            int skip = 0;
            while (skip < endText.length() && !Character.isDigit(endText.charAt(skip))) {
                skip++;
            }
            endText = endText.substring(skip);
            if (endText.isEmpty()) {
                LOG.warn("Invalid time range starting with '{}-'.", startText);
                continue;
            }
            OptionalInt start = clock(startText);
            if (start.isEmpty()) {
                LOG.warn("'{}' isn't a valid start time.", startText);
                continue;
            }
            OptionalInt end = clock(endText);
            if (end.isEmpty()) {
                LOG.warn("'{}' isn't a valid end time.", endText);
                continue;
            }
            int x = start.getAsInt();
            for (; x != end.getAsInt(); x = (x + 1) % MINUTES_PER_DAY) {
                minutes[x] = true;
            }
            minutes[x] = true; // the end minute is in the range
        }
        return minutes;
    }

    /** {@code sscanf("%2d:%2d")} of a valid time, as minutes of the day. */
    private static OptionalInt clock(String text) {
        String t = text.stripLeading();
        int colon = t.indexOf(':');
        if (colon < 1 || colon > 2) {
            return OptionalInt.empty();
        }
        OptionalInt hour = twoDigits(t.substring(0, colon));
        OptionalInt minute = twoDigits(t.substring(colon + 1));
        if (hour.isEmpty() || minute.isEmpty() || hour.getAsInt() > 23 || minute.getAsInt() > 59) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(hour.getAsInt() * 60 + minute.getAsInt());
    }

    /** {@code %2d}: at most two digits at the start. */
    private static OptionalInt twoDigits(String text) {
        int end = 0;
        while (end < text.length() && end < 2 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text.substring(0, end)));
    }

    /** {@code get_range}: a bit mask of {@code max} bits; ranges wrap around. */
    private static int range(String text, int max, String[] names, String what) {
        if (text.isEmpty() || text.equals("*")) {
            return (int) ((1L << max) - 1);
        }
        int mask = 0;
        for (String part : text.split("&", -1)) {
            int dash = part.indexOf('-');
            String startText = dash < 0 ? part : part.substring(0, dash);
            int start = lookup(startText, names, max);
            if (start < 0) {
                LOG.warn("Invalid {} '{}', skipping element", what, startText);
                continue;
            }
            int end = start;
            if (dash >= 0) {
                String endText = part.substring(dash + 1);
                end = lookup(endText, names, max);
                if (end < 0) {
                    LOG.warn("Invalid end {} '{}', skipping element", what, endText);
                    continue;
                }
            }
            mask |= 1 << end;
            while (start != end) {
                mask |= 1 << start;
                if (++start >= max) {
                    start = 0;
                }
            }
        }
        return mask;
    }

    /** {@code lookup_name}: a name (when the text starts with a letter) or a number from 1, as an offset from 0. */
    private static int lookup(String text, String[] names, int max) {
        if (names != null && !text.isEmpty() && text.charAt(0) > '9') {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(text)) {
                    return i;
                }
            }
        }
        OptionalInt number = twoDigits(text.stripLeading());
        if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= max) {
            return number.getAsInt() - 1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "TimeSpec[weekdays=" + Integer.toBinaryString(weekdays) + ", days=" + Integer.toBinaryString(monthDays)
                + ", months=" + Integer.toBinaryString(months) + ", zone=" + timezone + "]";
    }
}
