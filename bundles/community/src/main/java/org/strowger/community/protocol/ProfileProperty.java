package org.strowger.community.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The properties of one's own profile ({@code GET/SET PROFILE <P>}), protocol section 4, with their access rules,
 * maximum lengths and value syntax. The server, the store and community.conf all check values with
 * {@link #validate}, so that a value is refused for the same reason wherever it comes from.
 */
public enum ProfileProperty {
    FULLNAME(true, true, 100), BIRTHDAY(true, true, 8), GENDER(true, true, 1), COUNTRY(true, true, 100),
    PROVINCE(true, true, 100), CITY(true, true, 100), PHONE_HOME(true, true, 50), PHONE_OFFICE(true, true, 50),
    PHONE_MOBILE(true, true, 50), EMAIL(true, true, 254), HOMEPAGE(true, true, 500), ABOUT(true, true, 2000),
    LANGUAGES(true, true, 100), MOOD_TEXT(true, true, 300),
    /** Credit in cents. */
    PSTN_BALANCE(false, false, 20),
    PSTN_BALANCE_CURRENCY(false, false, 3),
    /** The account's SkypeIn numbers as a comma+space list. */
    SKYPEIN_NUMBERS(false, false, Protocol.MAX_LINE_BYTES),
    VOICEMAIL(true, false, 5),
    /** {@code OFF} or {@code <seconds> <target>}, see {@link CallForward}. */
    CALL_FORWARD(true, false, 60);

    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final boolean writable;
    private final boolean visibleToOthers;
    private final int maxLength;

    ProfileProperty(boolean writable, boolean visibleToOthers, int maxLength) {
        this.writable = writable;
        this.visibleToOthers = visibleToOthers;
        this.maxLength = maxLength;
    }

    /** RW (true) or RO (false). */
    public boolean writable() {
        return writable;
    }

    /** True for the public fields that others read with {@code GET USER <name> <P>}. */
    public boolean visibleToOthers() {
        return visibleToOthers;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * Checks a value for {@code SET PROFILE}: read-only properties ({@code ERROR 7}) and bad values ({@code ERROR 4
     * invalid value for <P>: <why>}) are refused. Returns the value to store: without surrounding white space,
     * CALL_FORWARD as {@code OFF} or {@code <seconds> <target>}.
     */
    public String validate(String value) throws ProtocolException {
        if (!writable) {
            throw new ProtocolException(ErrorCode.READ_ONLY, "property " + name() + " is read-only");
        }
        String v = value == null ? "" : value.strip();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw invalid("no control characters");
            }
        }
        switch (this) {
            case BIRTHDAY:
                if (!v.isEmpty()) {
                    try {
                        LocalDate.parse(v, YYYYMMDD);
                    } catch (DateTimeParseException e) {
                        throw invalid("yyyymmdd (a real date) or empty");
                    }
                }
                return v;
            case GENDER:
                if (!v.equals("0") && !v.equals("1") && !v.equals("2")) {
                    throw invalid("0 (unknown), 1 (male) or 2 (female)");
                }
                return v;
            case VOICEMAIL:
                if (!v.equals("TRUE") && !v.equals("FALSE")) {
                    throw invalid("TRUE or FALSE");
                }
                return v;
            case CALL_FORWARD:
                CallForward forward = CallForward.parse(v);
                return forward == null ? CallForward.OFF : forward.value();
            default:
                if (v.length() > maxLength) {
                    throw invalid("at most " + maxLength + " characters");
                }
                if (this == EMAIL && !v.isEmpty() && (v.indexOf('@') < 1 || v.indexOf(' ') >= 0)) {
                    throw invalid("an e-mail address or empty");
                }
                return v;
        }
    }

    private ProtocolException invalid(String expected) {
        return new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid value for " + name() + ": " + expected);
    }

    /** The property of this token (exact, as on the wire), or {@code ERROR 8 unknown property <P>}. */
    public static ProfileProperty parse(String token) throws ProtocolException {
        for (ProfileProperty p : values()) {
            if (p.name().equals(token)) {
                return p;
            }
        }
        throw new ProtocolException(ErrorCode.UNKNOWN_PROPERTY, "unknown property " + token);
    }

    /** The property of a community.conf key ({@code fullname = ...}): any case, surrounding blanks ignored. */
    public static Optional<ProfileProperty> byName(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ProfileProperty p : values()) {
            if (p.name().equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
