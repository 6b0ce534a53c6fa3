package org.strowger.api.skype;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What happens to engine accounts: the source of the {@code SkypeAccountStatus} and
 * {@code SkypeBuddyStatus} manager events (manual 4.1), of presence changes for hints (3.4), of
 * authorisation requests for {@code auth_policy} (3.1) and of incoming calls (3.2.2). Registered on
 * the {@link SkypeEngine} it hears every account, on a {@link SkypeAccount} only that one. Calls come
 * from the engine's threads in the order things happened for an account: return quickly. Every method
 * has a do-nothing default.
 */
@ConsumerType
public interface AccountListener {

    /** The account's status changed (manual 3.3.3 {@code status}, 4.1.1). */
    default void statusChanged(SkypeAccount account, AccountStatus status) {
    }

    /** The account's own availability changed (by the PBX, by another session of the account, or by logging in/out). */
    default void availabilityChanged(SkypeAccount account, Availability availability) {
    }

    /** An account property other than status and availability changed, e.g. the SkypeOut balance after a call. */
    default void propertyChanged(SkypeAccount account, AccountProperty property, String value) {
    }

    /**
     * A buddy's derived status (manual 4.1.2), full name or mood text changed, or a buddy joined the list.
     *
     * @param previous the status before, {@code null} for a buddy new to the list
     */
    default void buddyChanged(SkypeAccount account, Buddy buddy, BuddyStatus previous) {
    }

    /** A buddy left the list (removed here or by another session of the account). */
    default void buddyRemoved(SkypeAccount account, String name) {
    }

    /** Someone asks the account for authorisation; answer it with authorize/deny/block/ignore. */
    default void authorizationRequested(SkypeAccount account, AuthorizationRequest request) {
    }

    /**
     * The community offers the account a call. The leg rings until it is answered, rejected or the caller
     * gives up; register the leg's listener here, before returning, to miss none of its events. The
     * engine takes no licence permit: the channel driver does, and rejects the leg when it has none.
     */
    default void incomingCall(SkypeAccount account, CallLeg leg) {
    }
}
