package org.strowger.core.internal.dialplan.function;

import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time specification {@code times,weekdays,mdays,months[,timezone]} as {@code ast_build_timing}
 * and {@code ast_check_timing} (main/pbx_timing.c) read it: {@code |} or {@code ,} between fields,
 * {@code &} between ranges, {@code *} or an empty field for everything, ranges that wrap around
 * ({@code fri-mon}, {@code 22:00-06:00}), and an end minute that is included.
 */
final class TimingSpec {

    private static final Logger LOG = LoggerFactory.getLogger(TimingSpec.class);

    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final BitSet minutes = new BitSet(MINUTES_PER_DAY);
    private int weekdays = 0x7f;
    private int monthDays = 0x7fffffff;
    private int months = 0xfff;
    private String timezone;

    private TimingSpec() {
    }

    /** {@code ast_build_timing}; {@code null} for an empty specification. */
    static TimingSpec parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        TimingSpec spec = new TimingSpec();
        String[] fields = text.split("[|,]", -1);
        if (fields.length == 5) {
            spec.timezone = fields[4];
        }
        spec.times(fields[0]);
        if (fields.length > 1) {
            spec.weekdays = range(fields[1], 7, DAYS, "day of week");
        }
        if (fields.length > 2) {
            spec.monthDays = range(fields[2], 31, null, "day");
        }
        if (fields.length > 3) {
            spec.months = range(fields[3], 12, MONTHS, "month");
        }
        return spec;
    }

    /** {@code ast_check_timing2}: whether the moment lies inside. */
    boolean includes(ZonedDateTime moment) {
        ZonedDateTime local = timezone == null ? moment : moment.withZoneSameInstant(AsteriskTime.zone(timezone));
        return (months & (1 << (local.getMonthValue() - 1))) != 0
                && (monthDays & (1 << (local.getDayOfMonth() - 1))) != 0
                && (weekdays & (1 << (local.getDayOfWeek().getValue() % 7))) != 0
                && minutes.get(local.getHour() * 60 + local.getMinute());
    }

    /** {@code get_timerange}. */
    private void times(String text) {
        if (text.isEmpty() || text.equals("*")) {
            minutes.set(0, MINUTES_PER_DAY);
            return;
        }
        for (String part : text.split("&", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                int minute = minuteOf(part);
                if (minute < 0) {
                    LOG.warn("{} isn't a valid time.", part);
                } else {
                    minutes.set(minute);
                }
                continue;
            }
            String startText = part.substring(0, dash);
            String endText = part.substring(dash + 1);
            // get_timerange skips anything that is not a digit (mostly blanks) before the end.
            int firstDigit = 0;
            while (firstDigit < endText.length() && !Character.isDigit(endText.charAt(firstDigit))) {
                firstDigit++;
            }
            if (firstDigit == endText.length()) {
                LOG.warn("Invalid time range starting with '{}-'.", startText);
                continue;
            }
            endText = endText.substring(firstDigit);
            int start = minuteOf(startText);
            if (start < 0) {
                LOG.warn("'{}' isn't a valid start time.", startText);
                continue;
            }
            int end = minuteOf(endText);
            if (end < 0) {
                LOG.warn("'{}' isn't a valid end time.", endText);
                continue;
            }
            for (int minute = start; minute != end; minute = (minute + 1) % MINUTES_PER_DAY) {
                minutes.set(minute);
            }
            minutes.set(end);
        }
    }

    /** {@code sscanf("%2d:%2d")} checked to a real time of day; -1 if it is not one. */
    private static int minuteOf(String text) {
        int[] hour = scanTwoDigits(text, 0);
        if (hour == null || hour[1] >= text.length() || text.charAt(hour[1]) != ':') {
            return -1;
        }
        int[] minute = scanTwoDigits(text, hour[1] + 1);
        if (minute == null || hour[0] < 0 || hour[0] > 23 || minute[0] < 0 || minute[0] > 59) {
            return -1;
        }
        return hour[0] * 60 + minute[0];
    }

    /** {@code %2d}: blanks skipped, then at most two characters of sign and digits. */
    private static int[] scanTwoDigits(String text, int from) {
        int i = from;
        while (i < text.length() && FunctionArguments.isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        int limit = Math.min(text.length(), start + 2);
        if (i < limit && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < limit && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        return new int[] {Integer.parseInt(text.substring(start, i).replace("+", "")), i};
    }

    /** {@code get_range}: a bit per weekday, day or month; ranges wrap around. */
    private static int range(String text, int max, List<String> names, String what) {
        if (text.isEmpty() || text.equals("*")) {
            return (1 << max) - 1;
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

    /** {@code lookup_name}: a name ({@code mon}, {@code jan}) or a 1-based number. */
    private static int lookup(String text, List<String> names, int max) {
        if (names != null && !text.isEmpty() && text.charAt(0) > '9') {
            int index = names.indexOf(text.toLowerCase(Locale.ROOT));
            if (index >= 0) {
                return index;
            }
        }
        int[] number = scanTwoDigits(text, 0);
        if (number != null && number[0] >= 1 && number[0] <= max) {
            return number[0] - 1;
        }
        return -1;
    }
}
