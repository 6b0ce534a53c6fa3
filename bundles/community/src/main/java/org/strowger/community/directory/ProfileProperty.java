package org.strowger.community.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The properties of {@code GET/SET PROFILE} (protocol names), with the manual's read-write rules (tables 3.3.2
 * and 3.3.3) and the value rules the store enforces.
 */
public enum ProfileProperty {
    FULLNAME(Access.RW, true, 100),
    BIRTHDAY(Access.RW, true, 8),
    GENDER(Access.RW, true, 1),
    COUNTRY(Access.RW, true, 100),
    PROVINCE(Access.RW, true, 100),
    CITY(Access.RW, true, 100),
    PHONE_HOME(Access.RW, true, 50),
    PHONE_OFFICE(Access.RW, true, 50),
    PHONE_MOBILE(Access.RW, true, 50),
    EMAIL(Access.RW, true, 254),
    HOMEPAGE(Access.RW, true, 500),
    ABOUT(Access.RW, true, 2000),
    LANGUAGES(Access.RW, true, 100),
    MOOD_TEXT(Access.RW, true, 300),
    /** Credit in cents. */
    PSTN_BALANCE(Access.RO, false, 20),
    PSTN_BALANCE_CURRENCY(Access.RO, false, 3),
    /** The account's SkypeIn numbers as a comma+space list. */
    SKYPEIN_NUMBERS(Access.RO, false, 16384),
    VOICEMAIL(Access.RW, false, 5),
    /** {@code OFF} or {@code <seconds> <target>}. */
    CALL_FORWARD(Access.RW, false, 60);

    /** Whether a user may SET the property on the own profile. */
    public enum Access { RW, RO }

    private final Access access;
    private final boolean visibleToOthers;
    private final int maxLength;

    ProfileProperty(Access access, boolean visibleToOthers, int maxLength) {
        this.access = access;
        this.visibleToOthers = visibleToOthers;
        this.maxLength = maxLength;
    }

    public boolean readOnly() {
        return access == Access.RO;
    }

    /** Whether {@code GET USER <other> <P>} shows it (credit, SkypeIn numbers and forwarding stay private). */
    public boolean visibleToOthers() {
        return visibleToOthers;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Looks a protocol name up, ignoring case. */
    public static Optional<ProfileProperty> byName(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks a value for a RW property and returns its stored form (BIRTHDAY "0" becomes empty, VOICEMAIL
     * upper case, CALL_FORWARD normalised).
     *
     * @throws IllegalArgumentException with a message naming the property and the rule
     */
    public String normalise(String value) {
        String v = value == null ? "" : value.strip();
        // Formatted properties report their format instead: "1968-04-13" is a wrong format, not a long birthday.
        boolean formatted = this == BIRTHDAY || this == GENDER || this == VOICEMAIL || this == CALL_FORWARD;
        if (!formatted && v.length() > maxLength) {
            throw new IllegalArgumentException(name() + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new IllegalArgumentException(name() + " must not contain control characters");
            }
        }
        switch (this) {
            case BIRTHDAY -> {
                if (v.isEmpty() || v.equals("0")) {
                    return "";
                }
                if (!v.matches("[0-9]{8}")) {
                    throw new IllegalArgumentException("BIRTHDAY must be yyyymmdd or empty, not '" + v + "'");
                }
                try {
                    LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                            Integer.parseInt(v.substring(6)));
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("BIRTHDAY '" + v + "' is not a date");
                }
                return v;
            }
            case GENDER -> {
                if (v.isEmpty()) {
                    return "0";
                }
                if (!v.matches("[012]")) {
                    throw new IllegalArgumentException("GENDER must be 0 (unknown), 1 (male) or 2 (female), not '" + v + "'");
                }
                return v;
            }
            case EMAIL -> {
                if (!v.isEmpty() && (v.indexOf('@') < 1 || v.indexOf(' ') >= 0)) {
                    throw new IllegalArgumentException("EMAIL '" + v + "' is not an e-mail address");
                }
                return v;
            }
            case VOICEMAIL -> {
                if (v.equalsIgnoreCase("TRUE") || v.equalsIgnoreCase("FALSE")) {
                    return v.toUpperCase(Locale.ROOT);
                }
                throw new IllegalArgumentException("VOICEMAIL must be TRUE or FALSE, not '" + v + "'");
            }
            case CALL_FORWARD -> {
                CallForward forward = CallForward.parse(v);
                return forward == null ? "OFF" : forward.value();
            }
            default -> {
                return v;
            }
        }
    }
}
