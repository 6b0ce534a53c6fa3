package org.strowger.api.skype;

import java.util.Locale;
import java.util.Objects;

/**
 * What the community tells an account about one user on its buddy list (the {@code USER <name> ...}
 * facts of the community protocol, docs/community-protocol.md), from which the engine derives the
 * {@link BuddyStatus} of manual 4.1.2.
 *
 * @param name the Skype name, or a {@code +E.164} number for a SkypeOut contact
 * @param buddyStatus the protocol's {@code BUDDYSTATUS}: 0 never a buddy, 1 deleted, 2 pending (added,
 *     authorisation asked), 3 added
 * @param authorized {@code ISAUTHORIZED}: the user has authorised this account to see its presence
 * @param blocked {@code ISBLOCKED}: this account has blocked the user
 * @param onlineStatus the protocol's {@code ONLINESTATUS} token ({@code ONLINE AWAY NA DND SKYPEME
 *     OFFLINE UNKNOWN SKYPEOUT}); {@code null} while not known yet
 * @param voicemail {@code IS_VOICEMAIL_CAPABLE}: the user has voicemail enabled
 * @param callForwarding {@code IS_CF_ACTIVE}: the user has call forwarding enabled
 */
public record BuddyFacts(String name, int buddyStatus, boolean authorized, boolean blocked, String onlineStatus,
        boolean voicemail, boolean callForwarding) {

    /** {@code BUDDYSTATUS} values. */
    public static final int NEVER = 0;
    public static final int DELETED = 1;
    public static final int PENDING = 2;
    public static final int ADDED = 3;

    public BuddyFacts {
        Objects.requireNonNull(name, "name");
        if (buddyStatus < NEVER || buddyStatus > ADDED) {
            throw new IllegalArgumentException("BUDDYSTATUS must be 0 to 3, not " + buddyStatus);
        }
        if (onlineStatus != null) {
            onlineStatus = onlineStatus.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** A SkypeOut contact: a telephone number ({@code +E.164}) rather than a Skype name. */
    public boolean isSkypeOutContact() {
        return name.startsWith("+");
    }

    /** Whether the user is on the buddy list (added, or added and waiting for authorisation). */
    public boolean isOnBuddyList() {
        return buddyStatus == PENDING || buddyStatus == ADDED;
    }

    public BuddyFacts withBuddyStatus(int value) {
        return new BuddyFacts(name, value, authorized, blocked, onlineStatus, voicemail, callForwarding);
    }

    public BuddyFacts withAuthorized(boolean value) {
        return new BuddyFacts(name, buddyStatus, value, blocked, onlineStatus, voicemail, callForwarding);
    }

    public BuddyFacts withBlocked(boolean value) {
        return new BuddyFacts(name, buddyStatus, authorized, value, onlineStatus, voicemail, callForwarding);
    }

    public BuddyFacts withOnlineStatus(String value) {
        return new BuddyFacts(name, buddyStatus, authorized, blocked, value, voicemail, callForwarding);
    }

    public BuddyFacts withVoicemail(boolean value) {
        return new BuddyFacts(name, buddyStatus, authorized, blocked, onlineStatus, value, callForwarding);
    }

    public BuddyFacts withCallForwarding(boolean value) {
        return new BuddyFacts(name, buddyStatus, authorized, blocked, onlineStatus, voicemail, value);
    }
}
