package org.strowger.core.internal.dialplan.app;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's {@code ast_app_parse_timelen}: a number with an optional unit ({@code ms}, {@code s},
 * {@code m}, {@code h}); without a unit the application's default applies.
 */
final class TimeLength {

    enum Unit {
        MILLISECONDS(1), SECONDS(1000), MINUTES(60_000), HOURS(3_600_000);

        private final long millis;

        Unit(long millis) {
            this.millis = millis;
        }
    }

    private static final Pattern TIME = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(ms|s|m|h)?.*", Pattern.CASE_INSENSITIVE);

    private TimeLength() {
    }

    static OptionalLong millis(String text, Unit defaultUnit) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        double amount = Double.parseDouble(m.group(1));
        Unit unit = defaultUnit;
        if (m.group(2) != null) {
            unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> Unit.MILLISECONDS;
                case "s" -> Unit.SECONDS;
                case "m" -> Unit.MINUTES;
                default -> Unit.HOURS;
            };
        }
        return OptionalLong.of(Math.round(amount * unit.millis));
    }
}
