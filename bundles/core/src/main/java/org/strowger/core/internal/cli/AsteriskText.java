package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.strowger.api.module.ModuleInfo;

/** Asterisk's CLI layouts (main/cli.c), byte for byte. */
final class AsteriskText {

    private static final String MODLIST_HEADER = "%-30s %-40.40s %-10s %-11s %13s%n";
    private static final String MODLIST_ROW = "%-30s %-40.40s %-10d %-11s %13s%n";

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final long YEAR = 365 * DAY;

    private AsteriskText() {
    }

    /** {@code module show [like <text>]}: header, the matching modules, {@code N modules loaded}. */
    static String moduleTable(List<ModuleInfo> modules, String like) {
        StringBuilder out = new StringBuilder();
        out.append(format(MODLIST_HEADER, "Module", "Description", "Use Count", "Status", "Support Level"));
        String needle = like.toLowerCase(Locale.ROOT);
        int shown = 0;
        for (ModuleInfo module : modules) {
            if (module.name().toLowerCase(Locale.ROOT).contains(needle)) {
                out.append(format(MODLIST_ROW, module.name(), module.description(), module.useCount(),
                        module.statusText(), module.supportLevel().text()));
                shown++;
            }
        }
        // Asterisk prints "1 modules loaded": no plural rule here.
        out.append(shown).append(" modules loaded\n");
        return out.toString();
    }

    /**
     * One line of {@code core show uptime}, e.g. {@code System uptime: 1 hour, 2 minutes, 3 seconds }
     * (Asterisk leaves a space before the newline), or {@code System uptime: 3723} with {@code seconds}.
     */
    static String uptimeLine(String prefix, long seconds, boolean plainSeconds) {
        if (seconds < 0) {
            return "";
        }
        if (plainSeconds) {
            return prefix + ": " + seconds + "\n";
        }
        StringBuilder out = new StringBuilder();
        long rest = seconds;
        // Asterisk compares with '>' so that exactly 60 s prints as "60 seconds".
        rest = appendUnit(out, rest, YEAR, "year");
        rest = appendUnit(out, rest, WEEK, "week");
        rest = appendUnit(out, rest, DAY, "day");
        rest = appendUnit(out, rest, HOUR, "hour");
        rest = appendUnit(out, rest, MINUTE, "minute");
        if (rest > 0 || out.length() == 0) {
            out.append(rest).append(" second").append(ess(rest)).append(' ');
        }
        return prefix + ": " + out + "\n";
    }

    private static long appendUnit(StringBuilder out, long seconds, long unit, String name) {
        if (seconds <= unit) {
            return seconds;
        }
        long count = seconds / unit;
        long rest = seconds - count * unit;
        out.append(count).append(' ').append(name).append(ess(count)).append(rest != 0 ? "," : "").append(' ');
        return rest;
    }

    /** Asterisk's ESS(): "s" unless exactly one. */
    static String ess(long n) {
        return n == 1 ? "" : "s";
    }

    private static String format(String pattern, Object... args) {
        // %n would give \r\n on some platforms; Asterisk always writes \n.
        return String.format(Locale.ROOT, pattern.replace("%n", "\n"), args);
    }
}
