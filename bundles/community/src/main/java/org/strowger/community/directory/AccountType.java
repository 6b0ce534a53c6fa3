package org.strowger.community.directory;

import java.util.Locale;

/**
 * The kinds of account of the manual's Business Control Panel. Only {@link #BUSINESS} accounts may log in
 * from a PBX (manual chapter 3, Important Notes); the administrator account is a regular account that a PBX
 * may not use.
 */
public enum AccountType {
    BUSINESS, PERSONAL, ADMINISTRATOR;

    /** Whether an account of this type may log in with client type PBX. */
    public boolean mayLogInFromPbx() {
        return this == BUSINESS;
    }

    /** The lower-case word used in community.conf and the admin commands. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted words */
    public static AccountType parse(String word) {
        for (AccountType type : values()) {
            if (type.name().equalsIgnoreCase(word.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown account type '" + word + "' (expected business, personal or administrator)");
    }
}
