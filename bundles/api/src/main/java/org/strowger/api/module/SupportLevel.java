package org.strowger.api.module;

import java.util.Locale;

/** Asterisk's module support levels, printed in the last column of {@code module show}. */
public enum SupportLevel {
    CORE, EXTENDED, DEPRECATED, UNKNOWN;

    /** The lower-case word that {@code module show} prints. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a header value; anything unrecognised is {@link #UNKNOWN}. */
    public static SupportLevel parse(String text) {
        for (SupportLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        return UNKNOWN;
    }
}
