package org.strowger.community.directory;

import java.util.regex.Pattern;

/** The syntax of account names and telephone numbers, shared by the store, the configuration and the server. */
public final class Names {

    /**
     * Skype names: a letter first, then letters, digits, '.', '_' or '-', at most 32 characters. No spaces or
     * commas, so that names can stand in protocol lines and comma lists unquoted.
     */
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,31}");
    /** E.164: '+', a country code digit 1-9, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private Names() {
    }

    public static boolean isAccountName(String name) {
        return name != null && ACCOUNT.matcher(name).matches();
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** @throws IllegalArgumentException explaining the rule */
    public static String requireAccountName(String name) {
        if (!isAccountName(name)) {
            throw new IllegalArgumentException("invalid account name '" + name
                    + "' (2-32 characters: a letter, then letters, digits, '.', '_' or '-')");
        }
        return name;
    }

    /** @throws IllegalArgumentException explaining the rule */
    public static String requireE164(String number) {
        if (!isE164(number)) {
            throw new IllegalArgumentException("invalid number '" + number + "' (expected +E.164: '+' and 2-15 digits, not starting with 0)");
        }
        return number;
    }
}
