package org.strowger.community.directory;

/**
 * What a user chose with {@code SET USERSTATUS} (protocol words). Persisted, so that a user comes back with
 * the availability chosen last. Others see {@link #INVISIBLE} (and anything while not logged in) as OFFLINE.
 */
public enum Availability {
    ONLINE, AWAY, NA, DND, INVISIBLE, SKYPEME, OFFLINE;

    /** The ONLINESTATUS others see while the user is logged in. */
    public String seenByOthers() {
        return this == INVISIBLE ? "OFFLINE" : name();
    }

    /** @throws IllegalArgumentException naming the accepted words */
    public static Availability parse(String word) {
        for (Availability a : values()) {
            if (a.name().equalsIgnoreCase(word.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown user status '" + word
                + "' (expected ONLINE, AWAY, NA, DND, INVISIBLE, SKYPEME or OFFLINE)");
    }
}
