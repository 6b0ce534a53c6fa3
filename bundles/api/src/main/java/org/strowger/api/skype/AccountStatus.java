package org.strowger.api.skype;

import java.util.Optional;

/**
 * The status of a Skype account in the engine: the values of the {@code status} account property
 * (manual 3.3.3) and of the {@code SkypeAccountStatus} manager event (manual 4.1.1), printed by
 * {@code skype show users} (manual 4.2.9).
 *
 * <p>The engine moves an account through them in this order when it logs in:
 * {@link #CONNECTING_TO_P2P_NETWORK} (opening the connection to the community),
 * {@link #CONNECTING_TO_SERVER} (the community greeted us, the login starts), {@link #LOGGING_IN}
 * (the challenge is being answered), {@link #INITIALIZING} (accepted; the profile, the buddy list and
 * the pending authorisation requests are fetched), {@link #LOGGED_IN}. Logging out goes through
 * {@link #LOGGING_OUT} to {@link #LOGGED_OUT}. When the community goes away under a logged-in account
 * the account waits in {@link #LOGGED_OUT_AND_PASSWORD_SAVED}: the engine still holds the password
 * and logs the account in again by itself.
 */
public enum AccountStatus {
    LOGGED_OUT("Logged Out"),
    LOGGED_OUT_AND_PASSWORD_SAVED("Logged Out and Password Saved"),
    CONNECTING_TO_P2P_NETWORK("Connecting to P2P Network"),
    CONNECTING_TO_SERVER("Connecting to Server"),
    LOGGING_IN("Logging In"),
    INITIALIZING("Initializing"),
    LOGGED_IN("Logged In"),
    LOGGING_OUT("Logging Out");

    private final String text;

    AccountStatus(String text) {
        this.text = text;
    }

    /** The manual's string, e.g. {@code Logged In}. */
    public String text() {
        return text;
    }

    /** Whether the account can be used: calls, buddies, properties. */
    public boolean isLoggedIn() {
        return this == LOGGED_IN;
    }

    /** Whether the account is on its way in (or back in): any status between logged out and logged in. */
    public boolean isLoggingIn() {
        return this == CONNECTING_TO_P2P_NETWORK || this == CONNECTING_TO_SERVER || this == LOGGING_IN
                || this == INITIALIZING;
    }

    /** The status with this manual string, ignoring case and surrounding blanks. */
    public static Optional<AccountStatus> parse(String text) {
        return ManualNames.find(values(), s -> s.text, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
