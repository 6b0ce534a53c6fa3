package org.strowger.community.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The properties of one's own profile ({@code GET/SET PROFILE <P>}), protocol section 4, with their access rules
 * and value syntax.
 */
public enum ProfileProperty {
    FULLNAME(true, true), BIRTHDAY(true, true), GENDER(true, true), COUNTRY(true, true), PROVINCE(true, true),
    CITY(true, true), PHONE_HOME(true, true), PHONE_OFFICE(true, true), PHONE_MOBILE(true, true), EMAIL(true, true),
    HOMEPAGE(true, true), ABOUT(true, true), LANGUAGES(true, true), MOOD_TEXT(true, true),
    PSTN_BALANCE(false, false), PSTN_BALANCE_CURRENCY(false, false), SKYPEIN_NUMBERS(false, false),
    VOICEMAIL(true, false), CALL_FORWARD(true, false);

    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final boolean writable;
    private final boolean visibleToOthers;

    ProfileProperty(boolean writable, boolean visibleToOthers) {
        this.writable = writable;
        this.visibleToOthers = visibleToOthers;
    }

    /** RW (true) or RO (false). */
    public boolean writable() {
        return writable;
    }

    /** True for the public fields that others read with {@code GET USER <name> <P>}. */
    public boolean visibleToOthers() {
        return visibleToOthers;
    }

    /**
     * Checks a value for {@code SET PROFILE}: read-only properties and bad syntax are errors that say why.
     * Returns the value to store (CALL_FORWARD normalised: "OFF" or "seconds target").
     */
    public String validate(String value) throws ProtocolException {
        if (!writable) {
            throw new ProtocolException(ErrorCode.READ_ONLY, "property " + name() + " is read-only");
        }
        switch (this) {
            case BIRTHDAY:
                if (!value.isEmpty()) {
                    try {
                        LocalDate.parse(value, YYYYMMDD);
                    } catch (DateTimeParseException e) {
                        throw invalid("yyyymmdd (a real date) or empty");
                    }
                }
                return value;
            case GENDER:
                if (!value.equals("0") && !value.equals("1") && !value.equals("2")) {
                    throw invalid("0 (unknown), 1 (male) or 2 (female)");
                }
                return value;
            case VOICEMAIL:
                if (!value.equals("TRUE") && !value.equals("FALSE")) {
                    throw invalid("TRUE or FALSE");
                }
                return value;
            case CALL_FORWARD:
                CallForward.parse(value);
                return value;
            default:
                return value;
        }
    }

    private ProtocolException invalid(String expected) {
        return new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid value for " + name() + ": " + expected);
    }

    /** The property of this token, or {@code ERROR 8 unknown property <P>}. */
    public static ProfileProperty parse(String token) throws ProtocolException {
        for (ProfileProperty p : values()) {
            if (p.name().equals(token)) {
                return p;
            }
        }
        throw new ProtocolException(ErrorCode.UNKNOWN_PROPERTY, "unknown property " + token);
    }

    /** A parsed CALL_FORWARD value: {@code OFF} or {@code <seconds> <target>}. */
    public record CallForward(int seconds, String target) {
        public static final String OFF = "OFF";

        /** Null for OFF. */
        public static CallForward parse(String value) throws ProtocolException {
            if (value.equals(OFF)) {
                return null;
            }
            int space = value.indexOf(' ');
            String bad = "invalid value for CALL_FORWARD: OFF or <seconds 0-" + Protocol.MAX_FORWARD_SECONDS
                    + "> <account or +E.164>";
            if (space < 0) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, bad);
            }
            String s = value.substring(0, space);
            String target = value.substring(space + 1);
            int seconds;
            try {
                seconds = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, bad);
            }
            if (seconds < 0 || seconds > Protocol.MAX_FORWARD_SECONDS
                    || !(Names.isAccount(target) || Names.isPhoneNumber(target))) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, bad);
            }
            return new CallForward(seconds, target);
        }

        public String value() {
            return seconds + " " + target;
        }
    }
}
