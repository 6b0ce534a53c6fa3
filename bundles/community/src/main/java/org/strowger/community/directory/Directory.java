package org.strowger.community.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.Names;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.Scram;

/**
 * The community's persistent model: accounts and their credentials, profiles, availability, buddy relations
 * (lists, authorisations, requests, blocks), SkypeOut credit, SkypeIn numbers, voicemail and forwarding.
 *
 * <p>Every method that changes something has committed the change to disk before it returns (a {@code kill -9}
 * afterwards loses nothing), and returns the notifications the change causes, already addressed to the accounts
 * that may see them ({@link DirectoryEvent}). Thread-safe: changes are serialised, reads do not wait for them.
 *
 * <p>Names: accounts follow {@link Names#isAccountName}, SkypeOut contacts {@link Names#isE164}. {@link #ECHO_TEST}
 * always exists, is always online and authorises everyone who adds it at once.
 */
public interface Directory extends AutoCloseable {

    /** The sound-test account. */
    String ECHO_TEST = "echo123";

    // ---- accounts and login ------------------------------------------------------------------------------

    /** A snapshot of the account, empty when there is none of that name. */
    Optional<Account> account(String name);

    boolean exists(String name);

    /** All account names, sorted. */
    List<String> accountNames();

    /**
     * Creates an account (credentials from {@link Scram.Credentials#create(String)}).
     *
     * @param fullname may be empty
     * @throws DirectoryException ALREADY_EXISTS, INVALID_VALUE (name syntax, empty password)
     */
    Account createAccount(String name, String password, AccountType type, String fullname) throws DirectoryException;

    /**
     * Creates an account with credentials derived elsewhere: a load test can derive one set and create
     * thousands of accounts without paying PBKDF2 for each.
     */
    Account createAccount(String name, Scram.Credentials credentials, AccountType type, String fullname) throws DirectoryException;

    /**
     * Applies many account creations and buddy pairs in one commit: after a crash the store holds all of them or
     * none. When {@code changes} throws (a {@link DirectoryException} from the writer, or anything else), nothing
     * of this bulk is kept and the exception is passed on. Other changes wait until the bulk is done; the writer
     * must not be used after {@code changes} returns.
     *
     * @return how many accounts and buddy pairs the bulk made
     */
    BulkResult bulk(BulkChanges changes) throws DirectoryException;

    /** What a {@link #bulk} made. */
    record BulkResult(int accounts, int buddyPairs) {
    }

    /** What {@link #bulk} runs: like a {@code Consumer<BulkWriter>} that may throw {@link DirectoryException}. */
    @FunctionalInterface
    interface BulkChanges {
        void apply(BulkWriter writer) throws DirectoryException;
    }

    /**
     * Removes an account with its relations and SkypeIn numbers. Events: ACCOUNT_REMOVED to the account itself
     * (close its sessions), and to everyone who had it as a buddy {@code USER <name> ONLINESTATUS OFFLINE},
     * {@code BUDDYSTATUS 1}.
     *
     * @throws DirectoryException NO_SUCH_USER, NOT_ALLOWED for echo123
     */
    List<DirectoryEvent> removeAccount(String name) throws DirectoryException;

    /** @throws DirectoryException NO_SUCH_USER, INVALID_VALUE for an empty password */
    void setPassword(String name, String password) throws DirectoryException;

    // ---- presence ----------------------------------------------------------------------------------------

    /**
     * Tells the directory which accounts have at least one logged-in session (the server's session table).
     * Until set, nobody but echo123 counts as connected.
     */
    void setConnectionState(Predicate<String> connected);

    /**
     * {@code SET USERSTATUS}: persists the availability. Events: {@code USERSTATUS X} to the account's own
     * sessions; {@code USER <name> ONLINESTATUS Y} to each watcher whose view changed (INVISIBLE shows OFFLINE).
     */
    List<DirectoryEvent> setAvailability(String name, Availability availability) throws DirectoryException;

    /**
     * Call when the account's first session logged in or its last one logged out (after the connection state
     * says so): {@code USER <name> ONLINESTATUS Y} to every watcher.
     */
    List<DirectoryEvent> connectionChanged(String name);

    /**
     * ONLINESTATUS of {@code subject} as {@code viewer} sees it: ONLINE AWAY NA DND SKYPEME when the subject
     * authorised the viewer, has not blocked it and is connected and not invisible; OFFLINE otherwise; SKYPEOUT for
     * +E.164 numbers; UNKNOWN for names that do not exist. echo123 is always ONLINE.
     */
    String onlineStatus(String viewer, String subject);

    /** The accounts that see {@code name}'s presence (it authorised them and did not block them), sorted. */
    List<String> watchers(String name);

    // ---- profile -----------------------------------------------------------------------------------------

    /** {@code GET PROFILE}. @throws DirectoryException NO_SUCH_USER */
    String profile(String name, ProfileProperty property) throws DirectoryException;

    /**
     * {@code SET PROFILE}: validates, stores, and returns {@code PROFILE P v} for the own sessions plus, for
     * MOOD_TEXT, FULLNAME, VOICEMAIL (as IS_VOICEMAIL_CAPABLE) and CALL_FORWARD (as IS_CF_ACTIVE),
     * {@code USER <name> P v} to the watchers.
     *
     * @throws DirectoryException READ_ONLY for RO properties, INVALID_VALUE with the rule broken
     */
    List<DirectoryEvent> setProfile(String name, ProfileProperty property, String value) throws DirectoryException;

    /**
     * {@code GET USER <subject> <property>}: the visible profile fields, DISPLAYNAME, ONLINESTATUS, BUDDYSTATUS,
     * ISAUTHORIZED, ISBLOCKED, RECEIVEDAUTHREQUEST, IS_VOICEMAIL_CAPABLE, IS_CF_ACTIVE, as {@code viewer} sees them.
     * Also answers for +E.164 SkypeOut contacts in the viewer's list.
     *
     * @throws DirectoryException NO_SUCH_USER, UNKNOWN_PROPERTY (also for private ones such as PSTN_BALANCE)
     */
    String userProperty(String viewer, String subject, String property) throws DirectoryException;

    /**
     * {@code SET USER <subject> <property> <value>}, the buddy operations in protocol words:
     * {@code BUDDYSTATUS 2 <message>} ({@link #addBuddy}), {@code BUDDYSTATUS 1} ({@link #removeBuddy}),
     * {@code ISAUTHORIZED TRUE|FALSE} ({@link #authorize} / {@link #deny}), {@code ISBLOCKED TRUE|FALSE}
     * ({@link #setBlocked}), {@code AUTHREQUEST IGNORE} ({@link #ignoreRequest}).
     *
     * @throws DirectoryException NO_SUCH_USER, UNKNOWN_PROPERTY, INVALID_VALUE, NOT_ALLOWED
     */
    List<DirectoryEvent> setUserProperty(String viewer, String subject, String property, String value) throws DirectoryException;

    // ---- buddies -----------------------------------------------------------------------------------------

    /** The facts {@code viewer} has about {@code subject} (all false/0/empty for strangers). */
    BuddyFacts facts(String viewer, String subject);

    /** {@code SEARCH FRIENDS}: accounts and +E.164 contacts in the list (BUDDYSTATUS 2 or 3), sorted. */
    List<String> buddies(String name);

    /** {@code SEARCH USERSWAITINGMYAUTHORIZATION}: those with a pending request to {@code name}, sorted. */
    List<String> usersWaitingAuthorization(String name);

    /**
     * Adds {@code buddy} to the list of {@code name} and asks for authorisation with {@code message}; also
     * authorises {@code buddy} to see {@code name} (as Skype does). No request is needed (BUDDYSTATUS 3 at once)
     * when the buddy already authorised {@code name}, for echo123 (which authorises everyone) and for +E.164
     * SkypeOut contacts. A request to someone who blocked {@code name} is dropped silently.
     */
    List<DirectoryEvent> addBuddy(String name, String buddy, String message) throws DirectoryException;

    /** Takes {@code buddy} off the list (BUDDYSTATUS 1), withdraws a pending request and the authorisation given. */
    List<DirectoryEvent> removeBuddy(String name, String buddy) throws DirectoryException;

    /**
     * {@code name} authorises {@code requester} (accepting a pending request, or granting unasked); accepting a
     * request also puts the requester in {@code name}'s list, so both see BUDDYSTATUS 3.
     */
    List<DirectoryEvent> authorize(String name, String requester) throws DirectoryException;

    /** Refuses a pending request (or withdraws a given authorisation): the requester sees ISAUTHORIZED FALSE. */
    List<DirectoryEvent> deny(String name, String requester) throws DirectoryException;

    /** Drops a pending request silently: the requester stays waiting (BUDDYSTATUS 2) and is not told. */
    List<DirectoryEvent> ignoreRequest(String name, String requester) throws DirectoryException;

    /**
     * Blocks or unblocks: a blocked user no longer sees {@code name}'s presence (OFFLINE), its requests and calls
     * to {@code name} are refused; the authorisation given comes back on unblock.
     */
    List<DirectoryEvent> setBlocked(String name, String other, boolean blocked) throws DirectoryException;

    /** Whether {@code caller} may ring {@code callee}: false when the callee blocked the caller (REFUSED). */
    boolean mayCall(String caller, String callee);

    // ---- SkypeOut credit ----------------------------------------------------------------------------------

    /** Replaces tariffs (from community.conf). */
    void setTariffs(Tariffs tariffs);

    Tariffs tariffs();

    /**
     * Whether a SkypeOut call to {@code number} may start: empty when the account can pay one minute, otherwise
     * the refusal (without charging anything).
     */
    Optional<DebitResult.Refused> checkSkypeOut(String name, String number);

    /**
     * Charges one started minute of a SkypeOut call to {@code number} (longest [tariffs] prefix); refused
     * (nothing charged) when the balance does not cover it: the server then cuts the call off.
     */
    DebitResult debitMinute(String name, String number);

    /** Sets the balance (admin). Events: {@code PROFILE PSTN_BALANCE n} and {@code PSTN_BALANCE_CURRENCY} to the account. */
    List<DirectoryEvent> setCredit(String name, long cents, String currency) throws DirectoryException;

    // ---- SkypeIn ------------------------------------------------------------------------------------------

    /** The account a SkypeIn number rings. */
    Optional<String> skypeInAccount(String number);

    /** All SkypeIn numbers, sorted by number. */
    Map<String, String> skypeInNumbers();

    /** Events: {@code PROFILE SKYPEIN_NUMBERS ...} to the account. @throws DirectoryException ALREADY_EXISTS, NO_SUCH_USER, INVALID_VALUE */
    List<DirectoryEvent> addSkypeIn(String number, String account) throws DirectoryException;

    /** @throws DirectoryException NO_SUCH_USER when the number is not assigned */
    List<DirectoryEvent> removeSkypeIn(String number) throws DirectoryException;

    // ---- configuration and administration -----------------------------------------------------------------

    /**
     * Seeds from community.conf: accounts, [buddies] pairs and [skypein] numbers the store has never seen are
     * added; anything seeded before is left alone, even if changed or removed at run time since. Also takes the
     * tariffs. Returns a one-line summary for the log.
     */
    String seed(CommunityConfig config);

    /** The Business Control Panel operations on this directory. */
    AdminOperations admin();

    /** Commits and closes the store. */
    @Override
    void close();
}
