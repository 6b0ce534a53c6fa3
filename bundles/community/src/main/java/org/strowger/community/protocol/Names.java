package org.strowger.community.protocol;

import java.util.regex.Pattern;

/**
 * Syntax of account names and phone numbers (protocol section 1).
 */
public final class Names {
    /** Skype's rule: 6-32 characters, a letter first, then letters, digits, dot, underscore, hyphen. */
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{5,31}");
    /** E.164: a plus and 3-15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{3,15}");
    /** The account name rule in words, for the errors of the server, the store and the configuration. */
    public static final String ACCOUNT_RULE = "6-32 of letters, digits . _ -, a letter first";
    /** The phone number rule in words. */
    public static final String NUMBER_RULE = "'+' and 3-15 digits";

    private Names() {
    }

    public static boolean isAccount(String s) {
        return s != null && ACCOUNT.matcher(s).matches();
    }

    public static boolean isPhoneNumber(String s) {
        return s != null && PHONE.matcher(s).matches();
    }

    /** Throws {@code ERROR 4} naming the rule unless {@code s} is an account name. */
    public static String requireAccount(String s) throws ProtocolException {
        if (!isAccount(s)) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid account name " + s
                    + " (" + ACCOUNT_RULE + ")");
        }
        return s;
    }

    /** Throws {@code ERROR 4} unless {@code s} is an account name or an E.164 number. */
    public static String requireAccountOrNumber(String s) throws ProtocolException {
        if (!isAccount(s) && !isPhoneNumber(s)) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid user " + s
                    + " (an account name or +E.164 number)");
        }
        return s;
    }
}
