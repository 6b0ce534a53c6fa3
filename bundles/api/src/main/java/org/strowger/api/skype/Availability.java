package org.strowger.api.skype;

import java.util.Optional;

/**
 * A Skype account's own availability: the values of the {@code availability} account property
 * (manual 3.3.3), settable through {@code SKYPE_ACCOUNT_PROPERTY} and the {@code SkypeAccountProperty}
 * manager action (manual 3.5.1, e.g. {@code availability=Skype Me}), and what the {@code SkypeBuddy}
 * action reports for a buddy (manual 3.5.5).
 *
 * <p>{@link #UNKNOWN} (not known yet) and {@link #CONNECTING} (the account is logging in) are states
 * of the engine, not choices: they cannot be set.
 */
public enum Availability {
    UNKNOWN("Unknown", false),
    OFFLINE("Offline", true),
    ONLINE("Online", true),
    AWAY("Away", true),
    NOT_AVAILABLE("Not Available", true),
    DO_NOT_DISTURB("Do Not Disturb", true),
    INVISIBLE("Invisible", true),
    SKYPE_ME("Skype Me", true),
    CONNECTING("Connecting", false);

    private final String text;
    private final boolean settable;

    Availability(String text, boolean settable) {
        this.text = text;
        this.settable = settable;
    }

    /** The manual's string, e.g. {@code Do Not Disturb}. */
    public String text() {
        return text;
    }

    /** Whether an account may choose this availability. */
    public boolean isSettable() {
        return settable;
    }

    /** The availability with this manual string, ignoring case and surrounding blanks. */
    public static Optional<Availability> parse(String text) {
        return ManualNames.find(values(), a -> a.text, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
