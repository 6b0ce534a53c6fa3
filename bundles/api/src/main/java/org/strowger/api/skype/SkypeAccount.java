package org.strowger.api.skype;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One Skype user that the engine logs into the community (a user section of chan_skype.conf, manual
 * 3.1). Reads are answered from what the engine holds (kept current by the community's notifications,
 * so a dialplan function or a hint never waits on the network); changes go to the community and return
 * a stage that completes when the community has accepted them, or fails with a
 * {@link SkypeEngineException} whose message an operator can read. Operations other than reads need
 * the account {@link AccountStatus#LOGGED_IN}.
 */
@ProviderType
public interface SkypeAccount {

    /** The Skype name, e.g. {@code james_bond}. */
    String username();

    /** Where the account is in logging in or out (manual 3.3.3 {@code status}, 4.1.1). */
    AccountStatus status();

    /** Why the last login failed or the connection dropped, in words for an operator; empty when all is well. */
    Optional<String> lastError();

    /** The account's own availability; {@link Availability#CONNECTING} while logging in, {@code Offline} when out. */
    Availability availability();

    /** Sets the availability ({@code SKYPE_ACCOUNT_PROPERTY(user,availability)}); only settable values are accepted. */
    CompletionStage<Void> setAvailability(Availability availability);

    /**
     * The value of an account property (manual 3.3.3) as the engine holds it: {@code status} and
     * {@code availability} as their manual strings, profile fields and the SkypeOut credit as the
     * community last said; empty when not known (e.g. before the first login).
     */
    String property(AccountProperty property);

    /**
     * Writes an account property. RO properties fail with {@link SkypeEngineException.Reason#READ_ONLY};
     * {@code status} accepts {@code Logged In} (log in) and {@code Logged Out} (log out);
     * {@code availability} a settable {@link Availability}; {@code gender} 0, 1 or 2; {@code birthday}
     * {@code yyyymmdd} or empty.
     */
    CompletionStage<Void> setProperty(AccountProperty property, String value);

    /** The buddy list as the engine holds it, sorted by name ({@code SKYPE_BUDDIES}, manual 3.3.4). */
    List<Buddy> buddies();

    /** One buddy of the list, as held; empty when not on the list. */
    Optional<Buddy> buddy(String name);

    /** What the community shows about a user, read fresh (the {@code SkypeBuddy} action, manual 3.5.5). */
    CompletionStage<BuddyProfile> buddyProfile(String name);

    /** Adds a user (or {@code +E.164} contact) to the buddy list and asks it for authorisation ({@code SkypeAddBuddy}, 3.5.2). */
    CompletionStage<Void> addBuddy(String name, String message);

    /** Removes a buddy ({@code SkypeRemoveBuddy}, 3.5.3). */
    CompletionStage<Void> removeBuddy(String name);

    /** Authorises a user to see this account's presence (answers its request positively: {@code auth_policy=accept}). */
    CompletionStage<Void> authorize(String name);

    /** Answers a user's authorisation request negatively ({@code auth_policy=deny}). */
    CompletionStage<Void> deny(String name);

    /** Blocks a user: no presence, no calls, no further requests from it ({@code auth_policy=block}). */
    CompletionStage<Void> block(String name);

    CompletionStage<Void> unblock(String name);

    /** Drops a user's request without answering it ({@code auth_policy=ignore}). */
    CompletionStage<Void> ignore(String name);

    /** The authorisation requests waiting for an answer, oldest first. */
    List<AuthorizationRequest> authorizationRequests();

    /**
     * Places a call ({@code Dial(Skype/[originator@]destination)}, manual 3.2.1). The listener is
     * registered before anything can happen on the leg, so it hears every status from the first.
     *
     * @param destination a Skype name, a {@code +E.164} SkypeOut number, or {@code echo123}
     * @return the leg once the community has taken the call (status {@code ROUTING})
     */
    CompletionStage<CallLeg> call(String destination, CallOptions options, CallLegListener listener);

    /** The account's call legs that have not ended. */
    List<CallLeg> calls();

    /** A call leg of the account by its community id; empty when unknown or ended. */
    Optional<CallLeg> callLeg(String id);

    /** Whether debug logging is on for this account ({@code skype set debug on user <username>}, 4.2.5). */
    boolean isDebug();

    void setDebug(boolean on);

    /** Whether voice-engine (media) debug logging is on ({@code skype set vedebug on <username>}, 4.2.12). */
    boolean isVedebug();

    void setVedebug(boolean on);

    /** Listens to this account only. */
    Registration addListener(AccountListener listener);
}
