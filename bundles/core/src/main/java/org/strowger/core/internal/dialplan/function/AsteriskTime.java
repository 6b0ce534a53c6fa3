package org.strowger.core.internal.dialplan.function;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;

import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * Asterisk's time helpers for the dialplan: {@code ast_localtime} with a zone name and
 * {@code ast_strftime} (main/localtime.c), which is C's {@code strftime} in the C locale plus
 * {@code %q} / {@code %1q}..{@code %6q} for fractions of a second.
 */
final class AsteriskTime {

    private AsteriskTime() {
    }

    /**
     * The zone for a name such as {@code America/Chicago}: the system's for an empty name, UTC for
     * one that is unknown (the tz code falls back to GMT).
     */
    static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** {@code ast_strftime}; conversions it does not know are copied as they stand. */
    static String format(String format, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char conversion = format.charAt(++i);
            if (conversion >= '1' && conversion <= '6' && i + 1 < format.length() && format.charAt(i + 1) == 'q') {
                i++;
                out.append(fraction(time, conversion - '0'));
            } else if (conversion == 'q') {
                out.append(fraction(time, 3));
            } else {
                String converted = convert(conversion, time);
                out.append(converted != null ? converted : "%" + conversion);
            }
        }
        return out.toString();
    }

    private static String fraction(ZonedDateTime time, int digits) {
        long micros = time.getNano() / 1000;
        long scaled = micros / (long) Math.pow(10, 6 - digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", scaled);
    }

    private static String convert(char conversion, ZonedDateTime t) {
        return switch (conversion) {
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'c' -> format("%a %b %e %H:%M:%S %Y", t);
            case 'C' -> two(t.getYear() / 100);
            case 'd' -> two(t.getDayOfMonth());
            case 'D' -> format("%m/%d/%y", t);
            case 'e' -> String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            case 'F' -> format("%Y-%m-%d", t);
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> two(t.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'H' -> two(t.getHour());
            case 'I' -> two(twelveHour(t));
            case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
            case 'k' -> String.format(Locale.ROOT, "%2d", t.getHour());
            case 'l' -> String.format(Locale.ROOT, "%2d", twelveHour(t));
            case 'm' -> two(t.getMonthValue());
            case 'M' -> two(t.getMinute());
            case 'n' -> "\n";
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'r' -> format("%I:%M:%S %p", t);
            case 'R' -> format("%H:%M", t);
            case 's' -> Long.toString(t.toEpochSecond());
            case 'S' -> two(t.getSecond());
            case 't' -> "\t";
            case 'T' -> format("%H:%M:%S", t);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'U' -> two(weekOfYear(t, DayOfWeek.SUNDAY));
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'W' -> two(weekOfYear(t, DayOfWeek.MONDAY));
            case 'x' -> format("%m/%d/%y", t);
            case 'X' -> format("%H:%M:%S", t);
            case 'y' -> two(t.getYear() % 100);
            case 'Y' -> Integer.toString(t.getYear());
            case 'z' -> offset(t);
            case 'Z' -> shortZoneName(t);
            case '%' -> "%";
            default -> null;
        };
    }

    private static int twelveHour(ZonedDateTime t) {
        int hour = t.getHour() % 12;
        return hour == 0 ? 12 : hour;
    }

    /** %U / %W: weeks starting on the given day; days before the first such day are week 0. */
    private static int weekOfYear(ZonedDateTime t, DayOfWeek firstDay) {
        int dayOfYear = t.getDayOfYear() - 1;
        int weekday = (t.getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        return (dayOfYear + 7 - weekday) / 7;
    }

    private static String offset(ZonedDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%c%02d%02d", seconds < 0 ? '-' : '+', minutes / 60, minutes % 60);
    }

    /** The abbreviation C prints for %Z (CST, CEST, UTC), as far as Java's zone names give it. */
    private static String shortZoneName(ZonedDateTime t) {
        boolean daylight = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return TimeZone.getTimeZone(t.getZone()).getDisplayName(daylight, TimeZone.SHORT, Locale.US);
    }

    private static String two(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    /** Seconds and microseconds of an epoch text read as {@code ast_get_timeval} does ({@code %Lf}). */
    static long[] epoch(String text, long nowMicros) {
        if (text == null || text.isEmpty()) {
            return new long[] {Math.floorDiv(nowMicros, 1_000_000L), Math.floorMod(nowMicros, 1_000_000L)};
        }
        OptionalDouble parsed = AsteriskNumbers.leadingDouble(text);
        if (parsed.isEmpty()) {
            return epoch(null, nowMicros);
        }
        double value = parsed.getAsDouble();
        long seconds = (long) value;
        long micros = (long) ((value - seconds) * 1_000_000.0);
        return new long[] {seconds, micros};
    }
}
