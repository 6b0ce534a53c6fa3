package org.strowger.api.channel;

import java.util.Objects;

/**
 * A caller ID (or connected line): number and name, each empty when unknown.
 *
 * @param number the number, e.g. {@code 5551234} or a Skype name
 * @param name the display name
 */
public record CallerId(String number, String name) {

    /** No number, no name. */
    public static final CallerId UNKNOWN = new CallerId("", "");

    public CallerId {
        number = Objects.requireNonNullElse(number, "").strip();
        name = Objects.requireNonNullElse(name, "").strip();
    }

    /**
     * Parses Asterisk's caller-ID notation: {@code "Name" <number>}, {@code Name <number>},
     * {@code <number>} or a bare number.
     */
    public static CallerId parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String value = text.strip();
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        if (open >= 0 && close > open) {
            String name = value.substring(0, open).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            return new CallerId(value.substring(open + 1, close), name);
        }
        return new CallerId(value, "");
    }

    public boolean isUnknown() {
        return number.isEmpty() && name.isEmpty();
    }

    /** Asterisk's display form: {@code "Name" <number>}, or just the number. */
    @Override
    public String toString() {
        return name.isEmpty() ? number : "\"" + name + "\" <" + number + ">";
    }
}
