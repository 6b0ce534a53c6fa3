package org.strowger.community.directory.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.directory.Account;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.AdminOperations;
import org.strowger.community.directory.BuddyFacts;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.DebitResult;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.DirectoryEvent;
import org.strowger.community.directory.DirectoryException.Reason;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.directory.Tariffs;
import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.Names;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.ProtocolException;
import org.strowger.community.protocol.Scram;

/**
 * The directory on an H2 MVStore file.
 *
 * <p>Crash safety: the store is opened with auto-commit disabled, so nothing reaches the file between
 * operations, and every change ends with {@link MVStore#commit()} before the method returns: after a
 * {@code kill -9} the file holds exactly the operations that returned. One operation touching several maps
 * (a buddy request writes two relation sides) is one commit, so it survives whole or not at all.
 *
 * <p>Concurrency: changes take one lock (they are short and rare next to reads); reads go to the MVMaps,
 * which are safe to read while another thread writes, without the lock.
 *
 * <p>Events: relation changes compute what each side sees before and after and notify only the differences,
 * so the rules about who sees what live in one place ({@link #view}).
 */
public final class MvStoreDirectory implements Directory {

    private static final Logger LOG = LoggerFactory.getLogger(MvStoreDirectory.class);

    /** Sorts below every character allowed in names and numbers: "a " .. "a!" spans exactly a's relations. */
    private static final char SEPARATOR = ' ';
    private static final String DEFAULT_REQUEST = "Please allow me to see when you are online";
    private static final int MAX_REQUEST_LENGTH = 500;

    /** The properties whose changes relation operations notify, in notification order. */
    private static final List<String> VIEW_PROPERTIES =
            List.of("BUDDYSTATUS", "ISAUTHORIZED", "ISBLOCKED", "RECEIVEDAUTHREQUEST", "ONLINESTATUS", "MOOD_TEXT");

    private final Path file;
    private final MVStore store;
    private final MVMap<String, byte[]> accounts;
    private final MVMap<String, byte[]> links;
    private final MVMap<String, String> skypeIn;
    /** What community.conf seeded once ("account:x", "buddies:a b", "skypein:+n"): never seeded again. */
    private final MVMap<String, String> seeded;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BusinessControlPanel admin;
    private volatile Predicate<String> connected = name -> false;
    private volatile Tariffs tariffs = Tariffs.NONE;

    private MvStoreDirectory(Path file, MVStore store) {
        this.file = file;
        this.store = store;
        this.accounts = store.openMap("accounts");
        this.links = store.openMap("links");
        this.skypeIn = store.openMap("skypein");
        this.seeded = store.openMap("seeded");
        this.admin = new BusinessControlPanel(this);
    }

    /**
     * Opens or creates the store file.
     *
     * @throws IllegalStateException naming the file when it cannot be used
     */
    public static MvStoreDirectory open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        MVStore store;
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            store = new MVStore.Builder().fileName(absolute.toString()).autoCommitDisabled().open();
        } catch (IOException | RuntimeException e) {
            // MVStoreException says e.g. "The file is locked"; the operator needs the file name with it.
            throw new IllegalStateException("cannot open the community store " + absolute + ": " + e.getMessage(), e);
        }
        MvStoreDirectory directory = new MvStoreDirectory(absolute, store);
        directory.ensureEchoTest();
        LOG.debug("Community store {} open with {} accounts", absolute, directory.accounts.size());
        return directory;
    }

    private void ensureEchoTest() {
        writeLock.lock();
        try {
            if (!accounts.containsKey(ECHO_TEST)) {
                // Nobody logs in as echo123: a random password nobody knows.
                Account echo = new Account(ECHO_TEST, AccountType.PERSONAL,
                        Scram.Credentials.derive(UUID.randomUUID().toString()), Availability.ONLINE,
                        Map.of(ProfileProperty.FULLNAME, "Echo / Sound Test Service"), 0, "EUR", false, null, List.of());
                accounts.put(ECHO_TEST, AccountCodec.encode(echo));
                store.commit();
            }
        } finally {
            writeLock.unlock();
        }
    }

    public Path file() {
        return file;
    }

    // ---- accounts --------------------------------------------------------------------------------------

    @Override
    public Optional<Account> account(String name) {
        if (name == null) {
            return Optional.empty();
        }
        byte[] data = accounts.get(name);
        return data == null ? Optional.empty() : Optional.of(AccountCodec.decode(name, data));
    }

    @Override
    public boolean exists(String name) {
        return name != null && accounts.containsKey(name);
    }

    @Override
    public List<String> accountNames() {
        return new ArrayList<>(accounts.keySet());
    }

    @Override
    public Account createAccount(String name, String password, AccountType type, String fullname) throws DirectoryException {
        checkPassword(password);
        checkNewName(name);
        return createAccount(name, Scram.Credentials.derive(password), type, fullname);
    }

    @Override
    public Account createAccount(String name, Scram.Credentials credentials, AccountType type, String fullname)
            throws DirectoryException {
        checkNewName(name);
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(type, "type");
        Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
        if (fullname != null && !fullname.isBlank()) {
            profile.put(ProfileProperty.FULLNAME, validate(ProfileProperty.FULLNAME, fullname));
        }
        Account account = new Account(name, type, credentials, Availability.ONLINE, profile, 0,
                tariffs.currency(), false, null, List.of());
        writeLock.lock();
        try {
            if (accounts.containsKey(name)) {
                throw new DirectoryException(Reason.ALREADY_EXISTS, "account " + name + " already exists");
            }
            accounts.put(name, AccountCodec.encode(account));
            store.commit();
        } finally {
            writeLock.unlock();
        }
        LOG.info("Community account {} ({}) created", name, type.word());
        return account;
    }

    @Override
    public BulkResult bulk(BulkChanges changes) throws DirectoryException {
        Objects.requireNonNull(changes, "changes");
        writeLock.lock();
        try {
            Bulk writer = new Bulk();
            boolean done = false;
            try {
                changes.apply(writer);
                writer.closed = true;
                store.commit();
                done = true;
            } finally {
                if (!done) {
                    // back to the last commit: no other change can be pending, we hold the lock
                    writer.closed = true;
                    store.rollback();
                }
            }
            LOG.info("Community bulk load: {} accounts, {} buddy pairs", writer.accountsMade, writer.pairsMade);
            return new BulkResult(writer.accountsMade, writer.pairsMade);
        } finally {
            writeLock.unlock();
        }
    }

    /** The writer of one {@link #bulk}: writes to the maps under the caller's lock, never commits. */
    private final class Bulk implements org.strowger.community.directory.BulkWriter {
        int accountsMade;
        int pairsMade;
        boolean closed;

        @Override
        public void createAccount(String name, Scram.Credentials credentials, AccountType type, String fullname)
                throws DirectoryException {
            checkOpen();
            checkNewName(name);
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(type, "type");
            if (accounts.containsKey(name)) {
                throw new DirectoryException(Reason.ALREADY_EXISTS, "account " + name + " already exists");
            }
            Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
            if (fullname != null && !fullname.isBlank()) {
                profile.put(ProfileProperty.FULLNAME, validate(ProfileProperty.FULLNAME, fullname));
            }
            put(new Account(name, type, credentials, Availability.ONLINE, profile, 0, tariffs.currency(), false, null,
                    List.of()));
            accountsMade++;
        }

        @Override
        public void addMutualBuddies(String a, String b) throws DirectoryException {
            checkOpen();
            for (String name : List.of(a, b)) {
                if (!exists(name)) {
                    throw noSuchUser(name);
                }
                if (ECHO_TEST.equals(name)) {
                    throw new DirectoryException(Reason.NOT_ALLOWED, "echo123 keeps no buddy list");
                }
            }
            if (a.equals(b)) {
                throw new DirectoryException(Reason.NOT_ALLOWED, a + " cannot be its own buddy");
            }
            makeMutual(a, b);
            pairsMade++;
        }

        private void checkOpen() {
            if (closed) {
                throw new IllegalStateException("the bulk writer is used after its bulk ended");
            }
        }
    }

    private static void checkNewName(String name) throws DirectoryException {
        if (!Names.isAccount(name)) {
            throw new DirectoryException(Reason.INVALID_VALUE, "invalid account name '" + name
                    + "' (" + Names.ACCOUNT_RULE + ")");
        }
    }

    private static void checkPassword(String password) throws DirectoryException {
        if (password == null || password.isEmpty()) {
            throw new DirectoryException(Reason.INVALID_VALUE, "the password must not be empty");
        }
    }

    @Override
    public List<DirectoryEvent> removeAccount(String name) throws DirectoryException {
        if (ECHO_TEST.equals(name)) {
            throw new DirectoryException(Reason.NOT_ALLOWED, "echo123 is part of the community and cannot be removed");
        }
        List<DirectoryEvent> events = new ArrayList<>();
        writeLock.lock();
        try {
            Account account = require(name);
            for (String other : relationsOf(name)) {
                if (Names.isAccount(other)) {
                    Map<String, String> before = view(other, name);
                    if (!"OFFLINE".equals(before.get("ONLINESTATUS"))) {
                        events.add(DirectoryEvent.user(other, name, "ONLINESTATUS", "OFFLINE"));
                    }
                    if (!"0".equals(before.get("BUDDYSTATUS"))) {
                        events.add(DirectoryEvent.user(other, name, "BUDDYSTATUS", "1"));
                    }
                    links.remove(key(other, name));
                }
                links.remove(key(name, other));
            }
            for (String number : account.skypeInNumbers()) {
                skypeIn.remove(number);
            }
            accounts.remove(name);
            store.commit();
        } finally {
            writeLock.unlock();
        }
        events.add(new DirectoryEvent(name, DirectoryEvent.Kind.ACCOUNT_REMOVED, null, null, ""));
        LOG.info("Community account {} removed", name);
        return events;
    }

    @Override
    public void setPassword(String name, String password) throws DirectoryException {
        checkPassword(password);
        Scram.Credentials credentials = Scram.Credentials.derive(password);
        writeLock.lock();
        try {
            Account a = require(name);
            put(new Account(a.name(), a.type(), credentials, a.availability(), a.profile(), a.balanceCents(),
                    a.currency(), a.voicemail(), a.callForward(), a.skypeInNumbers()));
            store.commit();
        } finally {
            writeLock.unlock();
        }
    }

    // ---- presence --------------------------------------------------------------------------------------

    @Override
    public void setConnectionState(Predicate<String> connected) {
        this.connected = Objects.requireNonNull(connected, "connected");
    }

    private boolean isConnected(String name) {
        return ECHO_TEST.equals(name) || connected.test(name);
    }

    @Override
    public List<DirectoryEvent> setAvailability(String name, Availability availability) throws DirectoryException {
        Objects.requireNonNull(availability, "availability");
        writeLock.lock();
        try {
            Account a = require(name);
            List<String> watchers = watchers(name);
            Map<String, String> before = new LinkedHashMap<>();
            for (String w : watchers) {
                before.put(w, onlineStatus(w, name));
            }
            put(new Account(a.name(), a.type(), a.credentials(), availability, a.profile(), a.balanceCents(),
                    a.currency(), a.voicemail(), a.callForward(), a.skypeInNumbers()));
            store.commit();
            List<DirectoryEvent> events = new ArrayList<>();
            events.add(new DirectoryEvent(name, DirectoryEvent.Kind.USERSTATUS, null, null, availability.name()));
            for (String w : watchers) {
                String after = onlineStatus(w, name);
                if (!after.equals(before.get(w))) {
                    events.add(DirectoryEvent.user(w, name, "ONLINESTATUS", after));
                }
            }
            return events;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<DirectoryEvent> connectionChanged(String name) {
        List<DirectoryEvent> events = new ArrayList<>();
        for (String w : watchers(name)) {
            events.add(DirectoryEvent.user(w, name, "ONLINESTATUS", onlineStatus(w, name)));
        }
        return events;
    }

    @Override
    public String onlineStatus(String viewer, String subject) {
        if (Names.isPhoneNumber(subject)) {
            return "SKYPEOUT";
        }
        Optional<Account> account = account(subject);
        if (account.isEmpty()) {
            return "UNKNOWN";
        }
        if (ECHO_TEST.equals(subject)) {
            return "ONLINE";
        }
        if (!isConnected(subject)) {
            return "OFFLINE";
        }
        if (subject.equals(viewer)) {
            return account.get().availability().name();
        }
        if (!effectiveGrant(subject, viewer)) {
            return "OFFLINE";
        }
        return account.get().availability().shown().name();
    }

    @Override
    public List<String> watchers(String name) {
        List<String> result = new ArrayList<>();
        for (String other : relationsOf(name)) {
            if (Names.isAccount(other) && effectiveGrant(name, other)) {
                result.add(other);
            }
        }
        return result;
    }

    /** Whether {@code owner} lets {@code other} see its presence: granted and not blocked; echo123 lets everyone. */
    private boolean effectiveGrant(String owner, String other) {
        if (ECHO_TEST.equals(owner)) {
            return exists(other);
        }
        Link link = link(owner, other);
        return link.grant() && !link.blocked();
    }

    // ---- profile ---------------------------------------------------------------------------------------

    @Override
    public String profile(String name, ProfileProperty property) throws DirectoryException {
        return account(name).orElseThrow(() -> noSuchUser(name)).value(property);
    }

    @Override
    public List<DirectoryEvent> setProfile(String name, ProfileProperty property, String value) throws DirectoryException {
        String normalised = validate(property, value);
        List<DirectoryEvent> events = new ArrayList<>();
        writeLock.lock();
        try {
            Account a = require(name);
            if (property == ProfileProperty.CALL_FORWARD) {
                CallForward forward = validForward(normalised);
                if (forward != null && forward.target().equals(name)) {
                    throw new DirectoryException(Reason.INVALID_VALUE, "CALL_FORWARD cannot forward to the account itself");
                }
            }
            put(withProfile(a, property, normalised));
            store.commit();
            events.add(DirectoryEvent.profile(name, property.name(), normalised));
            String notified = switch (property) {
                case MOOD_TEXT, FULLNAME -> property.name();
                case VOICEMAIL -> "IS_VOICEMAIL_CAPABLE";
                case CALL_FORWARD -> "IS_CF_ACTIVE";
                default -> null;
            };
            if (notified != null) {
                String shown = switch (property) {
                    case CALL_FORWARD -> "OFF".equals(normalised) ? "FALSE" : "TRUE";
                    default -> normalised;
                };
                for (String w : watchers(name)) {
                    events.add(DirectoryEvent.user(w, name, notified, shown));
                }
            }
        } finally {
            writeLock.unlock();
        }
        return events;
    }

    private static String validate(ProfileProperty property, String value) throws DirectoryException {
        try {
            return property.validate(value);
        } catch (ProtocolException e) {
            throw DirectoryException.of(e);
        }
    }

    /** The forwarding of a CALL_FORWARD value that {@link ProfileProperty#validate} accepted. */
    private static CallForward validForward(String validated) {
        try {
            return CallForward.parse(validated);
        } catch (ProtocolException e) {
            throw new IllegalStateException("CALL_FORWARD '" + validated + "' was validated already", e);
        }
    }

    /** A copy of {@code a} with one RW property changed; VOICEMAIL and CALL_FORWARD have fields of their own. */
    static Account withProfile(Account a, ProfileProperty property, String value) {
        boolean voicemail = a.voicemail();
        CallForward forward = a.callForward();
        Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
        profile.putAll(a.profile());
        switch (property) {
            case VOICEMAIL -> voicemail = "TRUE".equals(value);
            case CALL_FORWARD -> forward = validForward(value);
            default -> {
                if (value.isEmpty()) {
                    profile.remove(property);
                } else {
                    profile.put(property, value);
                }
            }
        }
        return new Account(a.name(), a.type(), a.credentials(), a.availability(), profile, a.balanceCents(),
                a.currency(), voicemail, forward, a.skypeInNumbers());
    }

    @Override
    public String userProperty(String viewer, String subject, String property) throws DirectoryException {
        String p = property.strip().toUpperCase(Locale.ROOT);
        boolean number = Names.isPhoneNumber(subject);
        Optional<Account> account = number ? Optional.empty() : account(subject);
        if (!number && account.isEmpty()) {
            throw noSuchUser(subject);
        }
        BuddyFacts facts = facts(viewer, subject);
        switch (p) {
            case "DISPLAYNAME":
                return account.map(Account::displayName).orElse(subject);
            case "ONLINESTATUS":
                return onlineStatus(viewer, subject);
            case "BUDDYSTATUS":
                return Integer.toString(facts.buddyStatus());
            case "ISAUTHORIZED":
                return bool(facts.authorized());
            case "ISBLOCKED":
                return bool(facts.blocked());
            case "RECEIVEDAUTHREQUEST":
                return facts.receivedAuthRequest();
            case "IS_VOICEMAIL_CAPABLE":
                return bool(account.map(Account::voicemail).orElse(false));
            case "IS_CF_ACTIVE":
                return bool(account.map(Account::callForwardActive).orElse(false));
            case "MOOD_TEXT":
                // Mood is shown to those who may see the presence, as Skype did.
                return account.isPresent() && (subject.equals(viewer) || effectiveGrant(subject, viewer))
                        ? account.get().value(ProfileProperty.MOOD_TEXT) : "";
            default:
                ProfileProperty profileProperty = ProfileProperty.byName(p)
                        .orElseThrow(() -> new DirectoryException(Reason.UNKNOWN_PROPERTY, "unknown user property " + property));
                if (!profileProperty.visibleToOthers() && !subject.equals(viewer)) {
                    throw new DirectoryException(Reason.UNKNOWN_PROPERTY, profileProperty.name() + " of other users is private");
                }
                return account.map(a -> a.value(profileProperty)).orElse(profileProperty == ProfileProperty.GENDER ? "0" : "");
        }
    }

    @Override
    public List<DirectoryEvent> setUserProperty(String viewer, String subject, String property, String value)
            throws DirectoryException {
        String p = property.strip().toUpperCase(Locale.ROOT);
        String v = value == null ? "" : value.strip();
        switch (p) {
            case "BUDDYSTATUS": {
                String[] parts = v.split("\\s+", 2);
                if (parts[0].equals("2")) {
                    return addBuddy(viewer, subject, parts.length > 1 ? parts[1] : "");
                }
                if (parts[0].equals("1") && parts.length == 1) {
                    return removeBuddy(viewer, subject);
                }
                throw new DirectoryException(Reason.INVALID_VALUE,
                        "BUDDYSTATUS must be '2 <request message>' (add) or '1' (remove), not '" + v + "'");
            }
            case "ISAUTHORIZED":
                return parseBool(p, v) ? authorize(viewer, subject) : deny(viewer, subject);
            case "ISBLOCKED":
                return setBlocked(viewer, subject, parseBool(p, v));
            case "AUTHREQUEST":
                if (!v.equalsIgnoreCase("IGNORE")) {
                    throw new DirectoryException(Reason.INVALID_VALUE, "AUTHREQUEST takes IGNORE, not '" + v + "'");
                }
                return ignoreRequest(viewer, subject);
            default:
                if (ProfileProperty.byName(p).isPresent() || List.of("DISPLAYNAME", "ONLINESTATUS", "RECEIVEDAUTHREQUEST",
                        "IS_VOICEMAIL_CAPABLE", "IS_CF_ACTIVE").contains(p)) {
                    throw new DirectoryException(Reason.READ_ONLY, p + " of another user is read-only");
                }
                throw new DirectoryException(Reason.UNKNOWN_PROPERTY, "unknown user property " + property);
        }
    }

    private static boolean parseBool(String property, String value) throws DirectoryException {
        if (value.equalsIgnoreCase("TRUE")) {
            return true;
        }
        if (value.equalsIgnoreCase("FALSE")) {
            return false;
        }
        throw new DirectoryException(Reason.INVALID_VALUE, property + " must be TRUE or FALSE, not '" + value + "'");
    }

    private static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    // ---- buddies ---------------------------------------------------------------------------------------

    @Override
    public BuddyFacts facts(String viewer, String subject) {
        Link mine = link(viewer, subject);
        boolean number = Names.isPhoneNumber(subject);
        Link theirs = number ? Link.NONE : link(subject, viewer);
        int status = switch (mine.list()) {
            case Link.LISTED -> number || effectiveGrant(subject, viewer) ? BuddyFacts.ADDED : BuddyFacts.PENDING;
            case Link.DELETED -> BuddyFacts.DELETED;
            default -> BuddyFacts.NEVER;
        };
        String request = theirs.request() != null && !mine.blocked() ? theirs.request() : "";
        return new BuddyFacts(viewer, subject, status, !number && effectiveGrant(subject, viewer), mine.blocked(), request,
                !number && effectiveGrant(viewer, subject));
    }

    @Override
    public List<String> buddies(String name) {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Link> e : linksOf(name).entrySet()) {
            if (e.getValue().list() == Link.LISTED) {
                result.add(e.getKey());
            }
        }
        return result;
    }

    @Override
    public List<String> usersWaitingAuthorization(String name) {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Link> e : linksOf(name).entrySet()) {
            if (!e.getValue().blocked() && Names.isAccount(e.getKey()) && link(e.getKey(), name).request() != null) {
                result.add(e.getKey());
            }
        }
        return result;
    }

    @Override
    public List<DirectoryEvent> addBuddy(String name, String buddy, String message) throws DirectoryException {
        String text = message == null || message.isBlank() ? DEFAULT_REQUEST : message.strip();
        if (text.length() > MAX_REQUEST_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw new DirectoryException(Reason.INVALID_VALUE, "the request message must be at most "
                    + MAX_REQUEST_LENGTH + " characters on one line");
        }
        return relationChange(name, buddy, () -> {
            if (Names.isPhoneNumber(buddy)) {
                putLink(name, buddy, link(name, buddy).withList(Link.LISTED));
                return;
            }
            // Adding someone shares one's own presence with them, as Skype does; their pending request is answered.
            putLink(name, buddy, link(name, buddy).withList(Link.LISTED).withGrant(true));
            clearRequest(buddy, name);
            boolean needsRequest = !effectiveGrant(buddy, name) && !link(buddy, name).blocked();
            putLink(name, buddy, link(name, buddy).withRequest(needsRequest ? text : null));
        });
    }

    @Override
    public List<DirectoryEvent> removeBuddy(String name, String buddy) throws DirectoryException {
        return relationChange(name, buddy, () -> {
            Link mine = link(name, buddy);
            putLink(name, buddy, mine.withList(mine.list() == Link.NEVER ? Link.NEVER : Link.DELETED)
                    .withGrant(false).withRequest(null));
        });
    }

    @Override
    public List<DirectoryEvent> authorize(String name, String requester) throws DirectoryException {
        requireAccountPeer(requester, "authorised");
        return relationChange(name, requester, () -> {
            Link mine = link(name, requester);
            boolean accepting = link(requester, name).request() != null;
            // Accepting a request makes the requester a buddy too: both then see BUDDYSTATUS 3.
            // Authorising someone one had blocked lifts the block: the two cannot both hold.
            putLink(name, requester, mine.withGrant(true).withBlocked(false).withList(accepting ? Link.LISTED : mine.list()));
            clearRequest(requester, name);
        });
    }

    @Override
    public List<DirectoryEvent> deny(String name, String requester) throws DirectoryException {
        requireAccountPeer(requester, "denied");
        boolean pending = link(requester, name).request() != null;
        List<DirectoryEvent> events = relationChange(name, requester, () -> {
            putLink(name, requester, link(name, requester).withGrant(false));
            clearRequest(requester, name);
        });
        // The requester's facts may not change (still waiting, still not authorised), yet it must hear the answer.
        DirectoryEvent answer = DirectoryEvent.user(requester, name, "ISAUTHORIZED", "FALSE");
        if (pending && !events.contains(answer)) {
            events = new ArrayList<>(events);
            events.add(answer);
        }
        return events;
    }

    @Override
    public List<DirectoryEvent> ignoreRequest(String name, String requester) throws DirectoryException {
        requireAccountPeer(requester, "ignored");
        return relationChange(name, requester, () -> clearRequest(requester, name));
    }

    @Override
    public List<DirectoryEvent> setBlocked(String name, String other, boolean blocked) throws DirectoryException {
        return relationChange(name, other, () -> {
            putLink(name, other, link(name, other).withBlocked(blocked));
            if (blocked && Names.isAccount(other)) {
                clearRequest(other, name);
            }
        });
    }

    @Override
    public boolean mayCall(String caller, String callee) {
        return !Names.isAccount(callee) || !link(callee, caller).blocked();
    }

    private static void requireAccountPeer(String other, String verb) throws DirectoryException {
        if (Names.isPhoneNumber(other)) {
            throw new DirectoryException(Reason.NOT_ALLOWED, "SkypeOut contacts cannot be " + verb);
        }
    }

    /** A change of the relation between an account and another account or number. */
    private interface Change {
        void apply() throws DirectoryException;
    }

    /**
     * Runs a relation change under the lock, commits it, and returns what each side now sees differently.
     */
    private List<DirectoryEvent> relationChange(String name, String other, Change change) throws DirectoryException {
        writeLock.lock();
        try {
            require(name);
            boolean number = Names.isPhoneNumber(other);
            if (!number && !exists(other)) {
                throw noSuchUser(other);
            }
            if (name.equals(other)) {
                throw new DirectoryException(Reason.NOT_ALLOWED, "that is your own account");
            }
            if (ECHO_TEST.equals(name)) {
                throw new DirectoryException(Reason.NOT_ALLOWED, "echo123 keeps no buddy list");
            }
            Map<String, String> mineBefore = view(name, other);
            Map<String, String> theirsBefore = number ? Map.of() : view(other, name);
            change.apply();
            store.commit();
            List<DirectoryEvent> events = new ArrayList<>();
            diff(name, other, mineBefore, view(name, other), events);
            if (!number) {
                diff(other, name, theirsBefore, view(other, name), events);
            }
            return events;
        } finally {
            writeLock.unlock();
        }
    }

    /** What {@code viewer} sees of {@code subject}: the notifiable USER properties. */
    private Map<String, String> view(String viewer, String subject) {
        BuddyFacts facts = facts(viewer, subject);
        Map<String, String> view = new LinkedHashMap<>();
        view.put("BUDDYSTATUS", Integer.toString(facts.buddyStatus()));
        view.put("ISAUTHORIZED", bool(facts.authorized()));
        view.put("ISBLOCKED", bool(facts.blocked()));
        view.put("RECEIVEDAUTHREQUEST", facts.receivedAuthRequest());
        view.put("ONLINESTATUS", onlineStatus(viewer, subject));
        String mood = "";
        if (!Names.isPhoneNumber(subject) && effectiveGrant(subject, viewer)) {
            mood = account(subject).map(a -> a.value(ProfileProperty.MOOD_TEXT)).orElse("");
        }
        view.put("MOOD_TEXT", mood);
        return view;
    }

    private static void diff(String viewer, String subject, Map<String, String> before, Map<String, String> after,
            List<DirectoryEvent> events) {
        for (String property : VIEW_PROPERTIES) {
            String value = after.get(property);
            if (!value.equals(before.get(property))) {
                events.add(DirectoryEvent.user(viewer, subject, property, value));
            }
        }
    }

    private void clearRequest(String from, String to) {
        Link link = link(from, to);
        if (link.request() != null) {
            putLink(from, to, link.withRequest(null));
        }
    }

    private static String key(String owner, String other) {
        return owner + SEPARATOR + other;
    }

    private Link link(String owner, String other) {
        return Link.decode(links.get(key(owner, other)));
    }

    /**
     * Writes one side and makes sure the other side exists, so that a prefix scan of either account finds the
     * relation (a stranger's request shows up in the receiver's own range).
     */
    private void putLink(String owner, String other, Link link) {
        links.put(key(owner, other), link.encode());
        if (Names.isAccount(other) && !links.containsKey(key(other, owner))) {
            links.put(key(other, owner), Link.NONE.encode());
        }
    }

    /** Every name {@code owner} has a relation side with, sorted. */
    private List<String> relationsOf(String owner) {
        return new ArrayList<>(linksOf(owner).keySet());
    }

    private Map<String, Link> linksOf(String owner) {
        Map<String, Link> result = new TreeMap<>();
        String from = owner + SEPARATOR;
        String to = owner + (char) (SEPARATOR + 1);
        Iterator<String> keys = links.keyIterator(from);
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.compareTo(to) >= 0) {
                break;
            }
            result.put(key.substring(from.length()), Link.decode(links.get(key)));
        }
        return result;
    }

    // ---- credit ----------------------------------------------------------------------------------------

    @Override
    public void setTariffs(Tariffs tariffs) {
        this.tariffs = Objects.requireNonNull(tariffs, "tariffs");
    }

    @Override
    public Tariffs tariffs() {
        return tariffs;
    }

    @Override
    public Optional<DebitResult.Refused> checkSkypeOut(String name, String number) {
        Optional<Account> account = account(name);
        if (account.isEmpty()) {
            return Optional.of(new DebitResult.Refused(DebitResult.Refusal.NO_SUCH_ACCOUNT, "no such user " + name));
        }
        return refusal(account.get(), number, tariffs);
    }

    private static Optional<DebitResult.Refused> refusal(Account account, String number, Tariffs tariffs) {
        OptionalInt rate = tariffs.rateFor(number);
        if (rate.isEmpty()) {
            return Optional.of(new DebitResult.Refused(DebitResult.Refusal.NO_TARIFF, "no tariff for " + number));
        }
        if (rate.getAsInt() > 0 && !account.currency().equals(tariffs.currency())) {
            return Optional.of(new DebitResult.Refused(DebitResult.Refusal.WRONG_CURRENCY, "the credit of " + account.name()
                    + " is in " + account.currency() + ", tariffs are in " + tariffs.currency()));
        }
        if (account.balanceCents() < rate.getAsInt()) {
            return Optional.of(new DebitResult.Refused(DebitResult.Refusal.INSUFFICIENT_FUNDS, "insufficient funds"));
        }
        return Optional.empty();
    }

    @Override
    public DebitResult debitMinute(String name, String number) {
        Tariffs current = tariffs;
        writeLock.lock();
        try {
            Optional<Account> found = account(name);
            if (found.isEmpty()) {
                return new DebitResult.Refused(DebitResult.Refusal.NO_SUCH_ACCOUNT, "no such user " + name);
            }
            Account a = found.get();
            Optional<DebitResult.Refused> refused = refusal(a, number, current);
            if (refused.isPresent()) {
                return refused.get();
            }
            int rate = current.rateFor(number).getAsInt();
            long balance = a.balanceCents() - rate;
            put(new Account(a.name(), a.type(), a.credentials(), a.availability(), a.profile(), balance, a.currency(),
                    a.voicemail(), a.callForward(), a.skypeInNumbers()));
            store.commit();
            return new DebitResult.Debited(balance, a.currency(), rate,
                    List.of(DirectoryEvent.profile(name, "PSTN_BALANCE", Long.toString(balance))));
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<DirectoryEvent> setCredit(String name, long cents, String currency) throws DirectoryException {
        if (cents < 0) {
            throw new DirectoryException(Reason.INVALID_VALUE, "credit must not be negative");
        }
        writeLock.lock();
        try {
            Account a = require(name);
            String cur = currency == null ? a.currency() : currency.strip().toUpperCase(Locale.ROOT);
            if (!cur.matches("[A-Z]{3}")) {
                throw new DirectoryException(Reason.INVALID_VALUE, "currency must be an ISO 4217 code such as EUR, not '" + currency + "'");
            }
            put(new Account(a.name(), a.type(), a.credentials(), a.availability(), a.profile(), cents, cur,
                    a.voicemail(), a.callForward(), a.skypeInNumbers()));
            store.commit();
            return List.of(DirectoryEvent.profile(name, "PSTN_BALANCE", Long.toString(cents)),
                    DirectoryEvent.profile(name, "PSTN_BALANCE_CURRENCY", cur));
        } finally {
            writeLock.unlock();
        }
    }

    // ---- SkypeIn ---------------------------------------------------------------------------------------

    @Override
    public Optional<String> skypeInAccount(String number) {
        return Optional.ofNullable(skypeIn.get(number));
    }

    @Override
    public Map<String, String> skypeInNumbers() {
        return new TreeMap<>(skypeIn);
    }

    @Override
    public List<DirectoryEvent> addSkypeIn(String number, String account) throws DirectoryException {
        if (!Names.isPhoneNumber(number)) {
            throw new DirectoryException(Reason.INVALID_VALUE, "invalid SkypeIn number '" + number
                    + "' (expected +E.164: " + Names.NUMBER_RULE + ")");
        }
        writeLock.lock();
        try {
            Account a = require(account);
            String owner = skypeIn.get(number);
            if (owner != null) {
                throw new DirectoryException(Reason.ALREADY_EXISTS, "SkypeIn number " + number + " already rings " + owner);
            }
            List<String> numbers = new ArrayList<>(a.skypeInNumbers());
            numbers.add(number);
            numbers.sort(null);
            Account updated = withSkypeIn(a, numbers);
            put(updated);
            skypeIn.put(number, account);
            store.commit();
            return List.of(DirectoryEvent.profile(account, "SKYPEIN_NUMBERS", updated.value(ProfileProperty.SKYPEIN_NUMBERS)));
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<DirectoryEvent> removeSkypeIn(String number) throws DirectoryException {
        writeLock.lock();
        try {
            String owner = skypeIn.get(number);
            if (owner == null) {
                throw new DirectoryException(Reason.NO_SUCH_USER, "SkypeIn number " + number + " is not assigned");
            }
            skypeIn.remove(number);
            List<DirectoryEvent> events = new ArrayList<>();
            Optional<Account> a = account(owner);
            if (a.isPresent()) {
                List<String> numbers = new ArrayList<>(a.get().skypeInNumbers());
                numbers.remove(number);
                Account updated = withSkypeIn(a.get(), numbers);
                put(updated);
                events.add(DirectoryEvent.profile(owner, "SKYPEIN_NUMBERS", updated.value(ProfileProperty.SKYPEIN_NUMBERS)));
            }
            store.commit();
            return events;
        } finally {
            writeLock.unlock();
        }
    }

    private static Account withSkypeIn(Account a, List<String> numbers) {
        return new Account(a.name(), a.type(), a.credentials(), a.availability(), a.profile(), a.balanceCents(),
                a.currency(), a.voicemail(), a.callForward(), numbers);
    }

    // ---- configuration ---------------------------------------------------------------------------------

    @Override
    public String seed(CommunityConfig config) {
        setTariffs(config.tariffs());
        int accountsAdded = 0;
        int pairsAdded = 0;
        int numbersAdded = 0;
        writeLock.lock();
        try {
            for (CommunityConfig.AccountSeed s : config.accounts()) {
                String marker = "account:" + s.name();
                if (seeded.containsKey(marker)) {
                    continue;
                }
                if (!accounts.containsKey(s.name())) {
                    Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
                    profile.putAll(s.profile());
                    put(new Account(s.name(), s.type(), Scram.Credentials.derive(s.password()), Availability.ONLINE, profile,
                            s.credit(), s.currency(), s.voicemail(), s.callForward(), List.of()));
                    accountsAdded++;
                }
                seeded.put(marker, s.location());
            }
            for (CommunityConfig.BuddySeed pair : config.buddies()) {
                String first = pair.first().compareTo(pair.second()) <= 0 ? pair.first() : pair.second();
                String second = first.equals(pair.first()) ? pair.second() : pair.first();
                String marker = "buddies:" + first + SEPARATOR + second;
                if (seeded.containsKey(marker)) {
                    continue;
                }
                if (exists(first) && exists(second) && !first.equals(second)) {
                    makeMutual(first, second);
                    pairsAdded++;
                } else {
                    LOG.warn("{}: buddies {} and {} not seeded: one of them does not exist", pair.location(), first, second);
                }
                seeded.put(marker, pair.location());
            }
            for (Map.Entry<String, String> e : new TreeMap<>(config.skypeIn()).entrySet()) {
                String marker = "skypein:" + e.getKey();
                if (seeded.containsKey(marker)) {
                    continue;
                }
                Optional<Account> a = account(e.getValue());
                if (!skypeIn.containsKey(e.getKey()) && a.isPresent()) {
                    List<String> numbers = new ArrayList<>(a.get().skypeInNumbers());
                    numbers.add(e.getKey());
                    numbers.sort(null);
                    put(withSkypeIn(a.get(), numbers));
                    skypeIn.put(e.getKey(), e.getValue());
                    numbersAdded++;
                }
                seeded.put(marker, "");
            }
            store.commit();
        } finally {
            writeLock.unlock();
        }
        String summary = "community store " + file + ": " + accounts.size() + " accounts; seeded " + accountsAdded
                + " accounts, " + pairsAdded + " buddy pairs, " + numbersAdded + " SkypeIn numbers from the configuration";
        LOG.info("{}", summary);
        return summary;
    }

    /** Each in the other's list, each authorised by the other, no requests left (the lock is held). */
    void makeMutual(String a, String b) {
        putLink(a, b, link(a, b).withList(Link.LISTED).withGrant(true).withBlocked(false).withRequest(null));
        putLink(b, a, link(b, a).withList(Link.LISTED).withGrant(true).withBlocked(false).withRequest(null));
    }

    /** Admin "add buddies": {@link #makeMutual} with the notifications both sides get. */
    List<DirectoryEvent> addMutualBuddies(String a, String b) throws DirectoryException {
        if (ECHO_TEST.equals(a) || ECHO_TEST.equals(b)) {
            // echo123 keeps no list of its own; the other side simply adds it (it authorises at once).
            String other = ECHO_TEST.equals(a) ? b : a;
            return addBuddy(other, ECHO_TEST, "");
        }
        return relationChange(a, b, () -> makeMutual(a, b));
    }

    @Override
    public AdminOperations admin() {
        return admin;
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!store.isClosed()) {
                store.close();
            }
        } finally {
            writeLock.unlock();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private Account require(String name) throws DirectoryException {
        return account(name).orElseThrow(() -> noSuchUser(name));
    }

    private void put(Account account) {
        accounts.put(account.name(), AccountCodec.encode(account));
    }

    private static DirectoryException noSuchUser(String name) {
        return new DirectoryException(Reason.NO_SUCH_USER, "no such user " + name);
    }
}
