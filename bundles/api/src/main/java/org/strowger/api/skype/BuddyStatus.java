package org.strowger.api.skype;

import java.util.Optional;

/**
 * The status of a buddy as the manual's {@code SkypeBuddyStatus} event (4.1.2), the
 * {@code SkypeBuddies} action (3.5.4), {@code SKYPE_BUDDY_FETCH} (3.3.4) and {@code skype show
 * buddies} (4.2.3) print it: the 13 strings of manual 4.1.2, exactly.
 */
public enum BuddyStatus {
    WAITING_FOR_AUTHORIZATION("Waiting for Authorization"),
    BLOCKED("Blocked"),
    BLOCKED_SKYPEOUT("Blocked Skypeout"),
    SKYPEOUT("Skypeout"),
    OFFLINE("Offline"),
    ONLINE("Online"),
    AWAY("Away"),
    NOT_AVAILABLE("Not Available"),
    DO_NOT_DISTURB("Do Not Disturb"),
    SKYPE_ME("Skype Me"),
    OFFLINE_VOICEMAIL_ENABLED("Offline (Voicemail Enabled)"),
    OFFLINE_CALL_FORWARDING_ENABLED("Offline (Call Forwarding Enabled)"),
    UNKNOWN("Unknown");

    private final String text;

    BuddyStatus(String text) {
        this.text = text;
    }

    /** The manual's string, e.g. {@code Offline (Voicemail Enabled)}. */
    public String text() {
        return text;
    }

    /** Whether the buddy can take a call now: online in any of its shades, or a SkypeOut number. */
    public boolean isReachable() {
        return this == ONLINE || this == AWAY || this == NOT_AVAILABLE || this == DO_NOT_DISTURB
                || this == SKYPE_ME || this == SKYPEOUT;
    }

    /**
     * The status the manual shows for what the community says about a user, decided in this order:
     * <ol>
     * <li>blocked by the account: {@code Blocked Skypeout} for a telephone number, else {@code Blocked};</li>
     * <li>a SkypeOut contact ({@code +E.164}): {@code Skypeout} (numbers have no presence and need no
     *     authorisation);</li>
     * <li>not on the buddy list (never added, or deleted): {@code Unknown} (the community shows no
     *     presence to strangers);</li>
     * <li>on the list as pending ({@code BUDDYSTATUS 2}: added, the user has not answered the request), or
     *     added but without the user's authorisation (withdrawn): {@code Waiting for Authorization};</li>
     * <li>authorised: the online status, {@code ONLINE AWAY NA DND SKYPEME} as {@code Online, Away, Not
     *     Available, Do Not Disturb, Skype Me}, {@code SKYPEOUT} as {@code Skypeout}; when offline
     *     {@code Offline (Call Forwarding Enabled)} if forwarding is on (the community forwards an
     *     offline callee at once, before voicemail would take the call), else
     *     {@code Offline (Voicemail Enabled)} if voicemail is on, else {@code Offline}; an online status
     *     not known yet, {@code UNKNOWN} or anything else is {@code Unknown}.</li>
     * </ol>
     */
    public static BuddyStatus derive(BuddyFacts facts) {
        if (facts.blocked()) {
            return facts.isSkypeOutContact() ? BLOCKED_SKYPEOUT : BLOCKED;
        }
        if (facts.isSkypeOutContact()) {
            return SKYPEOUT;
        }
        if (!facts.isOnBuddyList()) {
            return UNKNOWN;
        }
        if (facts.buddyStatus() == BuddyFacts.PENDING || !facts.authorized()) {
            return WAITING_FOR_AUTHORIZATION;
        }
        String online = facts.onlineStatus();
        if (online == null) {
            return UNKNOWN;
        }
        switch (online) {
            case "ONLINE":
                return ONLINE;
            case "AWAY":
                return AWAY;
            case "NA":
                return NOT_AVAILABLE;
            case "DND":
                return DO_NOT_DISTURB;
            case "SKYPEME":
                return SKYPE_ME;
            case "SKYPEOUT":
                return SKYPEOUT;
            case "OFFLINE":
                if (facts.callForwarding()) {
                    return OFFLINE_CALL_FORWARDING_ENABLED;
                }
                return facts.voicemail() ? OFFLINE_VOICEMAIL_ENABLED : OFFLINE;
            default:
                return UNKNOWN;
        }
    }

    /** The status with this manual string, ignoring case and surrounding blanks. */
    public static Optional<BuddyStatus> parse(String text) {
        return ManualNames.find(values(), s -> s.text, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
