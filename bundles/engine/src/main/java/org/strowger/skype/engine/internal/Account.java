package org.strowger.skype.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.AccountProperty;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.AuthorizationRequest;
import org.strowger.api.skype.Availability;
import org.strowger.api.skype.Buddy;
import org.strowger.api.skype.BuddyFacts;
import org.strowger.api.skype.BuddyProfile;
import org.strowger.api.skype.BuddyStatus;
import org.strowger.api.skype.CallDirection;
import org.strowger.api.skype.CallLeg;
import org.strowger.api.skype.CallLegListener;
import org.strowger.api.skype.CallOptions;
import org.strowger.api.skype.ProfileField;
import org.strowger.api.skype.Registration;
import org.strowger.api.skype.SkypeAccount;
import org.strowger.api.skype.SkypeEngineException;
import org.strowger.api.skype.SkypeEngineException.Reason;
import org.strowger.skype.engine.internal.UserDb.CachedBuddy;
import org.strowger.skype.engine.internal.link.LinkException;
import org.strowger.skype.engine.internal.link.LinkListener;
import org.strowger.skype.engine.internal.link.LinkSession;

/**
 * One account in the engine: the {@link AccountStatus} state machine (logging in, the reconnect loop,
 * logging out), the caches the API reads (own profile and availability, buddy list with derived
 * statuses, pending authorisation requests) kept current by the community's notifications, and the
 * account's call legs. Every change of state runs on the account's {@link SerialExecutor}, so the
 * lines of the community are applied, and the listeners told, in the order they came.
 */
final class Account implements SkypeAccount {

    /** Own profile properties fetched at login ({@code GET PROFILE}). */
    static final List<String> PROFILE_PROPERTIES = List.of("FULLNAME", "COUNTRY", "PROVINCE", "CITY", "PHONE_HOME",
            "PHONE_OFFICE", "PHONE_MOBILE", "EMAIL", "HOMEPAGE", "ABOUT", "BIRTHDAY", "GENDER", "MOOD_TEXT",
            "LANGUAGES", "PSTN_BALANCE", "PSTN_BALANCE_CURRENCY");
    /** What the engine needs to know about a buddy ({@code GET USER}). */
    private static final List<String> BUDDY_PROPERTIES = List.of("FULLNAME", "MOOD_TEXT", "BUDDYSTATUS",
            "ISAUTHORIZED", "ISBLOCKED", "ONLINESTATUS", "IS_VOICEMAIL_CAPABLE", "IS_CF_ACTIVE");
    /** Settings key of the availability the PBX chose last. */
    static final String CHOSEN_AVAILABILITY = "availability";

    private final String username;
    private final EngineContext context;
    private final SerialExecutor serial;
    private final DebugLog log;
    private final Backoff backoff;

    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> profile = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, Buddy> buddies = new ConcurrentSkipListMap<>();
    private final Map<String, AuthorizationRequest> requests = new LinkedHashMap<>();
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    /** Lines about call ids not known yet: an outgoing call's notifications that overtook its reply. */
    private final Map<String, List<String>> orphans = new LinkedHashMap<>();

    private volatile String secret;
    private volatile AccountStatus status = AccountStatus.LOGGED_OUT;
    private volatile Availability availability = Availability.OFFLINE;
    private volatile String lastError;
    private volatile boolean debug;
    private volatile boolean vedebug;

    // serial-executor state
    private volatile LinkSession session;
    private int generation;
    private boolean wanted;
    private ScheduledFuture<?> reconnect;
    private ScheduledFuture<?> ping;

    Account(String username, String secret, EngineContext context) {
        this.username = username;
        this.secret = secret;
        this.context = context;
        this.serial = new SerialExecutor(context.pool());
        this.log = new DebugLog(DebugLog.USER_CATEGORY_PREFIX + username,
                () -> debug || context.engineDebug().getAsBoolean());
        this.backoff = new Backoff(context.random());
        if (context.db() != null) {
            for (CachedBuddy cached : context.db().buddies(username)) {
                buddies.put(cached.facts().name(), Buddy.of(cached.facts(), cached.fullname(), cached.moodText()));
            }
        }
    }

    // ---------------------------------------------------------------- API: identity, status, toggles

    @Override
    public String username() {
        return username;
    }

    @Override
    public AccountStatus status() {
        return status;
    }

    @Override
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    @Override
    public Availability availability() {
        return availability;
    }

    @Override
    public boolean isDebug() {
        return debug;
    }

    @Override
    public void setDebug(boolean on) {
        debug = on;
        log.logger().info("Skype debugging {} for {}", on ? "enabled" : "disabled", username);
    }

    @Override
    public boolean isVedebug() {
        return vedebug;
    }

    @Override
    public void setVedebug(boolean on) {
        vedebug = on;
        log.logger().info("Skype voice engine debugging {} for {}", on ? "enabled" : "disabled", username);
    }

    DebugLog log() {
        return log;
    }

    /** The media log: voice-engine debugging or the account's debugging shows it at INFO. */
    DebugLog mediaLog() {
        return new DebugLog(log.logger().getName(), () -> vedebug || debug || context.engineDebug().getAsBoolean());
    }

    EngineContext context() {
        return context;
    }

    @Override
    public Registration addListener(AccountListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---------------------------------------------------------------- login, reconnect, logout

    /** Starts logging in (again); an account on its way in or logged in keeps its session. */
    void login(String newSecret) {
        if (newSecret != null) {
            secret = newSecret;
        }
        serial.execute(() -> {
            wanted = true;
            if (status.isLoggedIn() || status.isLoggingIn()) {
                return;
            }
            cancelReconnect();
            backoff.reset();
            connect();
        });
    }

    /** Starts logging out; {@code done} completes once the account is logged out. */
    CompletableFuture<Void> logout() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        serial.execute(() -> {
            wanted = false;
            cancelReconnect();
            LinkSession current = session;
            if (current == null) {
                generation++;
                lastError = null;
                enterLoggedOut();
                done.complete(null);
                return;
            }
            setStatus(AccountStatus.LOGGING_OUT);
            List<CompletableFuture<?>> hangups = new ArrayList<>();
            for (Leg leg : legs.values()) {
                hangups.add(leg.hangup().toCompletableFuture().exceptionally(e -> null));
            }
            CompletableFuture.allOf(hangups.toArray(CompletableFuture[]::new))
                    .completeOnTimeout(null, 2, TimeUnit.SECONDS)
                    .whenComplete((ok, e) -> serial.execute(() -> {
                        if (session == current) {
                            generation++;
                            session = null;
                            cancelPing();
                            current.close();
                            endLegs("logged out");
                            lastError = null;
                            enterLoggedOut();
                        }
                        done.complete(null);
                    }));
        });
        return done;
    }

    private void connect() {
        int gen = ++generation;
        lastError = null;
        setStatus(AccountStatus.CONNECTING_TO_P2P_NETWORK);
        setAvailability0(Availability.CONNECTING);
        log.debug("{}: connecting to the community at {}", username, context.settings().community());
        CompletionStage<LinkSession> opening;
        try {
            opening = context.link().open(username, secret, new SessionListener(gen));
        } catch (RuntimeException e) {
            opening = CompletableFuture.failedFuture(new LinkException(e.getMessage(), e));
        }
        opening.whenComplete((opened, failure) -> serial.execute(() -> opened(gen, opened, failure)));
    }

    private void opened(int gen, LinkSession opened, Throwable failure) {
        if (gen != generation) {
            if (opened != null) {
                opened.close();
            }
            return;
        }
        if (failure != null) {
            Throwable cause = unwrap(failure);
            LinkException le = cause instanceof LinkException ? (LinkException) cause
                    : new LinkException(String.valueOf(cause.getMessage()), cause);
            if (le.isTransient()) {
                lastError = "cannot reach the community at " + context.settings().community() + ": " + le.getMessage();
                log.logger().warn("{}: {}", username, lastError);
                waitAndReconnect();
            } else {
                lastError = "the community refused the login: " + le.getMessage();
                log.logger().warn("{}: {}", username, lastError);
                wanted = false;
                enterLoggedOut();
            }
            return;
        }
        session = opened;
        setStatus(AccountStatus.INITIALIZING);
        initialize(gen, opened);
    }

    /** Fetches what the caches hold (availability, profile, buddies, requests); then the account is in. */
    private void initialize(int gen, LinkSession opened) {
        CompletableFuture<String> userStatus = raw(opened, "GET USERSTATUS");
        Map<String, CompletableFuture<String>> own = new LinkedHashMap<>();
        for (String property : PROFILE_PROPERTIES) {
            own.put(property, raw(opened, "GET PROFILE " + property));
        }
        CompletableFuture<List<CachedBuddy>> friends = raw(opened, "SEARCH FRIENDS")
                .thenCompose(reply -> fetchBuddies(opened, names(reply)));
        CompletableFuture<List<AuthorizationRequest>> waiting = raw(opened, "SEARCH USERSWAITINGMYAUTHORIZATION")
                .thenCompose(reply -> fetchRequests(opened, names(reply)));
        List<CompletableFuture<?>> all = new ArrayList<>(own.values());
        all.add(userStatus);
        all.add(friends);
        all.add(waiting);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> serial.execute(() -> {
            if (gen != generation) {
                return;
            }
            if (failure != null) {
                lost("logging in did not complete: " + unwrap(failure).getMessage());
                return;
            }
            own.forEach((property, reply) -> profile.put(property, valueAfter(reply.join(), "PROFILE " + property)));
            Map<String, CachedBuddy> fresh = new LinkedHashMap<>();
            friends.join().forEach(b -> fresh.put(b.facts().name(), b));
            for (String name : new ArrayList<>(buddies.keySet())) {
                if (!fresh.containsKey(name)) {
                    removeBuddyLocally(name);
                }
            }
            fresh.values().forEach(this::putBuddy);
            synchronized (requests) {
                requests.clear();
                waiting.join().forEach(r -> requests.put(r.from(), r));
            }
            Availability current = Tokens.availability(valueAfter(userStatus.join(), "USERSTATUS"));
            backoff.reset();
            lastError = null;
            setAvailability0(current);
            setStatus(AccountStatus.LOGGED_IN);
            log.logger().info("Skype user {} logged in to the community at {}", username,
                    context.settings().community());
            schedulePing(gen);
            restoreChosenAvailability(current);
            for (AuthorizationRequest request : authorizationRequests()) {
                fire(l -> l.authorizationRequested(this, request));
            }
        }));
    }

    /** The PBX's last chosen availability comes back after a reconnect (a restarted community may have lost it). */
    private void restoreChosenAvailability(Availability current) {
        if (context.db() == null) {
            return;
        }
        context.db().setting(username, CHOSEN_AVAILABILITY).flatMap(Availability::parse)
                .filter(chosen -> chosen != current && chosen.isSettable())
                .ifPresent(chosen -> setAvailability(chosen).exceptionally(e -> {
                    log.debug("{}: cannot restore availability {}: {}", username, chosen, e.getMessage());
                    return null;
                }));
    }

    private CompletableFuture<List<CachedBuddy>> fetchBuddies(LinkSession on, List<String> names) {
        List<CompletableFuture<CachedBuddy>> fetches = new ArrayList<>();
        for (String name : names) {
            fetches.add(fetchBuddy(on, name));
        }
        return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
                .thenApply(v -> fetches.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<CachedBuddy> fetchBuddy(LinkSession on, String name) {
        Map<String, CompletableFuture<String>> values = new LinkedHashMap<>();
        for (String property : BUDDY_PROPERTIES) {
            String prefix = "USER " + name + " " + property;
            values.put(property, raw(on, "GET " + prefix).thenApply(reply -> valueAfter(reply, prefix)));
        }
        return CompletableFuture.allOf(values.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, String> p = new LinkedHashMap<>();
            values.forEach((k, f) -> p.put(k, f.join()));
            BuddyFacts facts = new BuddyFacts(name, parseBuddyStatus(p.get("BUDDYSTATUS")),
                    "TRUE".equals(p.get("ISAUTHORIZED")), "TRUE".equals(p.get("ISBLOCKED")),
                    emptyToNull(p.get("ONLINESTATUS")), "TRUE".equals(p.get("IS_VOICEMAIL_CAPABLE")),
                    "TRUE".equals(p.get("IS_CF_ACTIVE")));
            return new CachedBuddy(facts, p.get("FULLNAME"), p.get("MOOD_TEXT"));
        });
    }

    private CompletableFuture<List<AuthorizationRequest>> fetchRequests(LinkSession on, List<String> names) {
        List<CompletableFuture<AuthorizationRequest>> fetches = new ArrayList<>();
        for (String name : names) {
            String prefix = "USER " + name + " RECEIVEDAUTHREQUEST";
            fetches.add(raw(on, "GET " + prefix).thenApply(reply -> new AuthorizationRequest(username, name,
                    valueAfter(reply, prefix), Instant.now())));
        }
        return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
                .thenApply(v -> fetches.stream().map(CompletableFuture::join).toList());
    }

    /** The community connection broke (or stopped answering): calls end, the account waits and tries again. */
    private void lost(String reason) {
        generation++;
        LinkSession current = session;
        session = null;
        cancelPing();
        if (current != null) {
            current.close();
        }
        endLegs("connection lost");
        lastError = "connection to the community lost: " + reason;
        if (wanted) {
            log.logger().warn("Skype user {}: {}; logging in again by itself", username, lastError);
            waitAndReconnect();
        } else {
            enterLoggedOut();
        }
    }

    private void waitAndReconnect() {
        // availability first: whoever sees the status change reads a matching availability
        setAvailability0(Availability.OFFLINE);
        setStatus(AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED);
        Duration delay = backoff.next();
        log.debug("{}: next login attempt in {} ms", username, delay.toMillis());
        cancelReconnect();
        reconnect = context.scheduler().schedule(() -> serial.execute(() -> {
            if (wanted && status == AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED) {
                connect();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void enterLoggedOut() {
        setAvailability0(Availability.OFFLINE);
        setStatus(AccountStatus.LOGGED_OUT);
    }

    private void schedulePing(int gen) {
        cancelPing();
        long every = context.pingInterval().toMillis();
        ping = context.scheduler().scheduleWithFixedDelay(() -> serial.execute(() -> {
            LinkSession current = session;
            if (gen != generation || current == null) {
                return;
            }
            raw(current, "PING").whenComplete((pong, failure) -> {
                if (failure != null) {
                    serial.execute(() -> {
                        if (gen == generation) {
                            lost("no answer to PING (" + unwrap(failure).getMessage() + ")");
                        }
                    });
                }
            });
        }), every, every, TimeUnit.MILLISECONDS);
    }

    private void cancelPing() {
        if (ping != null) {
            ping.cancel(false);
            ping = null;
        }
    }

    private void cancelReconnect() {
        if (reconnect != null) {
            reconnect.cancel(false);
            reconnect = null;
        }
    }

    /** Stops everything without talking to the community (the engine is stopping; logout already tried). */
    void shutdown() {
        serial.execute(() -> {
            wanted = false;
            generation++;
            cancelReconnect();
            cancelPing();
            LinkSession current = session;
            session = null;
            if (current != null) {
                current.close();
            }
            endLegs("engine stopped");
        });
    }

    private void setStatus(AccountStatus next) {
        AccountStatus previous = status;
        if (previous == next) {
            return;
        }
        status = next;
        log.debug("{}: status {} -> {}", username, previous, next);
        fire(l -> l.statusChanged(this, next));
    }

    private void setAvailability0(Availability next) {
        if (availability == next) {
            return;
        }
        availability = next;
        fire(l -> l.availabilityChanged(this, next));
    }

    /** Tells the account's and the engine's listeners; on the serial executor, so in order. */
    void fire(Consumer<AccountListener> event) {
        for (AccountListener listener : listeners) {
            notify(listener, event);
        }
        for (AccountListener listener : context.engineListeners()) {
            notify(listener, event);
        }
    }

    private void notify(AccountListener listener, Consumer<AccountListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            log.logger().warn("A Skype account listener failed for {}", username, e);
        }
    }

    // ---------------------------------------------------------------- community lines

    private final class SessionListener implements LinkListener {
        private final int gen;

        SessionListener(int gen) {
            this.gen = gen;
        }

        @Override
        public void progress(Progress progress) {
            serial.execute(() -> {
                if (gen != generation) {
                    return;
                }
                setStatus(progress == Progress.CONNECTED ? AccountStatus.CONNECTING_TO_SERVER : AccountStatus.LOGGING_IN);
            });
        }

        @Override
        public void notification(String line) {
            serial.execute(() -> {
                if (gen == generation) {
                    handle(line);
                }
            });
        }

        @Override
        public void closed(String reason, boolean expected) {
            serial.execute(() -> {
                if (gen == generation && !expected) {
                    lost(reason);
                }
            });
        }
    }

    /** Applies one notification (or a reply that has the same form). Runs on the serial executor. */
    void handle(String line) {
        log.debug("{} <- {}", username, line);
        String[] words = line.split(" ", 4);
        switch (words[0]) {
            case "USERSTATUS":
                if (words.length > 1) {
                    setAvailability0(Tokens.availability(words[1]));
                }
                break;
            case "PROFILE":
                if (words.length > 1) {
                    String value = valueAfter(line, "PROFILE " + words[1]);
                    profile.put(words[1], value);
                    Tokens.accountProperty(words[1]).ifPresent(p -> fire(l -> l.propertyChanged(this, p, value)));
                }
                break;
            case "USER":
                if (words.length > 2) {
                    userLine(words[1], words[2], valueAfter(line, "USER " + words[1] + " " + words[2]));
                }
                break;
            case "CALL":
                if (words.length > 2) {
                    callLine(words[1], words[2], valueAfter(line, "CALL " + words[1] + " " + words[2]), line);
                }
                break;
            default:
                // HELLO and lines of later protocol versions: nothing the engine keeps
                break;
        }
    }

    private void userLine(String name, String property, String value) {
        if (property.equals("RECEIVEDAUTHREQUEST")) {
            AuthorizationRequest request = new AuthorizationRequest(username, name, value, Instant.now());
            synchronized (requests) {
                requests.put(name, request);
            }
            log.debug("{}: authorisation request from {}: {}", username, name, value);
            fire(l -> l.authorizationRequested(this, request));
            return;
        }
        Buddy buddy = buddies.get(name);
        if (property.equals("BUDDYSTATUS")) {
            int list = parseBuddyStatus(value);
            if (list == BuddyFacts.PENDING || list == BuddyFacts.ADDED) {
                if (buddy == null) {
                    // a buddy new to the list (added by another session, or accepted us): learn all about it
                    LinkSession current = session;
                    if (current != null) {
                        int gen = generation;
                        fetchBuddy(current, name).whenComplete((cached, e) -> serial.execute(() -> {
                            if (gen == generation && cached != null && cached.facts().isOnBuddyList()) {
                                putBuddy(cached);
                            }
                        }));
                    }
                } else {
                    putBuddy(buddy, buddy.facts().withBuddyStatus(list), buddy.fullname(), buddy.moodText());
                }
            } else if (buddy != null) {
                removeBuddyLocally(name);
            }
            return;
        }
        if (buddy == null) {
            return;
        }
        BuddyFacts facts = buddy.facts();
        String fullname = buddy.fullname();
        String mood = buddy.moodText();
        switch (property) {
            case "ONLINESTATUS":
                facts = facts.withOnlineStatus(emptyToNull(value));
                break;
            case "MOOD_TEXT":
                mood = value;
                break;
            case "FULLNAME":
                fullname = value;
                break;
            case "ISAUTHORIZED":
                facts = facts.withAuthorized("TRUE".equals(value));
                break;
            case "ISBLOCKED":
                facts = facts.withBlocked("TRUE".equals(value));
                break;
            case "IS_VOICEMAIL_CAPABLE":
                facts = facts.withVoicemail("TRUE".equals(value));
                break;
            case "IS_CF_ACTIVE":
                facts = facts.withCallForwarding("TRUE".equals(value));
                break;
            default:
                return;
        }
        putBuddy(buddy, facts, fullname, mood);
    }

    private void putBuddy(CachedBuddy cached) {
        putBuddy(buddies.get(cached.facts().name()), cached.facts(), cached.fullname(), cached.moodText());
    }

    private void putBuddy(Buddy previous, BuddyFacts facts, String fullname, String mood) {
        Buddy next = Buddy.of(facts, fullname, mood);
        if (next.equals(previous)) {
            return;
        }
        buddies.put(next.name(), next);
        if (context.db() != null) {
            context.db().putBuddy(username, new CachedBuddy(facts, next.fullname(), next.moodText()));
        }
        BuddyStatus before = previous == null ? null : previous.status();
        if (before != next.status()) {
            log.debug("{}: buddy {} is {}", username, next.name(), next.status());
        }
        fire(l -> l.buddyChanged(this, next, before));
    }

    private void removeBuddyLocally(String name) {
        if (buddies.remove(name) != null) {
            if (context.db() != null) {
                context.db().removeBuddy(username, name);
            }
            log.debug("{}: {} left the buddy list", username, name);
            fire(l -> l.buddyRemoved(this, name));
        }
    }

    private void callLine(String id, String property, String value, String line) {
        Leg leg = legs.get(id);
        if (leg == null) {
            if (property.equals("PARTNER_HANDLE")) {
                leg = new Leg(this, id, CallDirection.INCOMING, value, null);
                legs.put(id, leg);
            } else {
                List<String> waiting = orphans.computeIfAbsent(id, k -> new ArrayList<>());
                if (waiting.size() < 32) {
                    waiting.add(line);
                }
                while (orphans.size() > 64) {
                    orphans.remove(orphans.keySet().iterator().next());
                }
                return;
            }
        }
        leg.onLine(property, value);
    }

    // ---------------------------------------------------------------- legs (called by Leg)

    /** An outgoing leg got its id: it is known from now on, and lines that overtook the reply are applied. */
    void register(Leg leg) {
        legs.put(leg.id(), leg);
        List<String> early = orphans.remove(leg.id());
        if (early != null) {
            early.forEach(this::handle);
        }
    }

    void unregister(Leg leg) {
        if (leg.id() != null) {
            legs.remove(leg.id(), leg);
        }
    }

    /** Announces an incoming leg to the listeners (after its caller's profile was read). */
    void announce(Leg leg) {
        fire(l -> l.incomingCall(this, leg));
    }

    SerialExecutor serial() {
        return serial;
    }

    LinkSession session() {
        return session;
    }

    private void endLegs(String why) {
        for (Leg leg : new ArrayList<>(legs.values())) {
            leg.endLocally(why);
        }
        legs.clear();
        orphans.clear();
    }

    // ---------------------------------------------------------------- commands

    /** A command on a given session, with the engine's timeout; failures are {@link LinkException}s. */
    private CompletableFuture<String> raw(LinkSession on, String command) {
        log.debug("{} -> {}", username, command);
        CompletableFuture<String> reply;
        try {
            reply = on.command(command).toCompletableFuture();
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(new LinkException(e.getMessage(), e));
        }
        long timeout = context.commandTimeout().toMillis();
        return reply.orTimeout(timeout, TimeUnit.MILLISECONDS).exceptionallyCompose(e -> {
            Throwable cause = unwrap(e);
            if (cause instanceof TimeoutException) {
                return CompletableFuture.failedFuture(new LinkException(LinkException.TIMEOUT,
                        "the community did not answer " + command.split(" ")[0] + " within " + timeout + " ms"));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** A command of a logged-in account; failures are {@link SkypeEngineException}s an operator can read. */
    CompletableFuture<String> command(String command) {
        LinkSession current = session;
        if (current == null || !status.isLoggedIn()) {
            return CompletableFuture.failedFuture(notLoggedIn());
        }
        return raw(current, command).exceptionallyCompose(e -> CompletableFuture.failedFuture(translate(unwrap(e))));
    }

    SkypeEngineException notLoggedIn() {
        return new SkypeEngineException(Reason.NOT_LOGGED_IN,
                "Skype user " + username + " is not logged in (status: " + status.text() + ")");
    }

    SkypeEngineException translate(Throwable failure) {
        if (failure instanceof SkypeEngineException se) {
            return se;
        }
        if (!(failure instanceof LinkException le)) {
            return new SkypeEngineException(Reason.COMMUNITY_ERROR, 0, username + ": " + failure.getMessage(), failure);
        }
        Reason reason;
        switch (le.code()) {
            case LinkException.TRANSPORT:
                reason = Reason.COMMUNITY_UNREACHABLE;
                break;
            case LinkException.TIMEOUT:
                reason = Reason.TIMEOUT;
                break;
            case LinkException.READ_ONLY:
                reason = Reason.READ_ONLY;
                break;
            case LinkException.INVALID:
                reason = Reason.INVALID_VALUE;
                break;
            case LinkException.NO_SUCH_USER:
            case LinkException.NO_SUCH_CALL:
                reason = Reason.NOT_FOUND;
                break;
            case LinkException.WRONG_CALL_STATE:
                reason = Reason.WRONG_CALL_STATE;
                break;
            default:
                reason = Reason.COMMUNITY_ERROR;
                break;
        }
        return new SkypeEngineException(reason, Math.max(le.code(), 0), username + ": " + le.getMessage(), le);
    }

    // ---------------------------------------------------------------- API: availability and properties

    @Override
    public CompletionStage<Void> setAvailability(Availability wanted) {
        if (wanted == null || !wanted.isSettable()) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                    "availability " + wanted + " cannot be set; use Offline, Online, Away, Not Available, "
                            + "Do Not Disturb, Invisible or Skype Me"));
        }
        String token = Tokens.userStatus(wanted).orElseThrow();
        return command("SET USERSTATUS " + token).thenAccept(reply -> {
            if (context.db() != null) {
                context.db().putSetting(username, CHOSEN_AVAILABILITY, wanted.text());
            }
            serial.execute(() -> handle(reply));
        });
    }

    @Override
    public String property(AccountProperty property) {
        switch (property) {
            case STATUS:
                return status.text();
            case AVAILABILITY:
                return availability.text();
            default:
                return Tokens.profileProperty(property).map(p -> profile.getOrDefault(p, "")).orElse("");
        }
    }

    @Override
    public CompletionStage<Void> setProperty(AccountProperty property, String value) {
        String v = value == null ? "" : value;
        if (!property.isWritable()) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.READ_ONLY,
                    "the account property " + property + " is read-only"));
        }
        switch (property) {
            case STATUS: {
                Optional<AccountStatus> wanted = AccountStatus.parse(v);
                if (wanted.equals(Optional.of(AccountStatus.LOGGED_IN))) {
                    login(null);
                    return CompletableFuture.completedFuture(null);
                }
                if (wanted.equals(Optional.of(AccountStatus.LOGGED_OUT))) {
                    return logout();
                }
                return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                        "status can be set to Logged In or Logged Out, not '" + v + "'"));
            }
            case AVAILABILITY: {
                Optional<Availability> wanted = Availability.parse(v);
                if (wanted.isEmpty()) {
                    return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                            "'" + v + "' is not an availability; use Offline, Online, Away, Not Available, "
                                    + "Do Not Disturb, Invisible or Skype Me"));
                }
                return setAvailability(wanted.get());
            }
            case GENDER:
                if (!v.isEmpty() && !v.matches("[012]")) {
                    return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                            "gender must be 1 (male), 2 (female) or 0 (unknown), not '" + v + "'"));
                }
                break;
            case BIRTHDAY:
                if (!v.isEmpty() && !v.matches("\\d{8}")) {
                    return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                            "birthday must be yyyymmdd (e.g. 19450328) or empty, not '" + v + "'"));
                }
                break;
            default:
                break;
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                    property + " must be one line"));
        }
        String token = Tokens.profileProperty(property).orElseThrow();
        String command = v.isEmpty() ? "SET PROFILE " + token : "SET PROFILE " + token + " " + v;
        return command(command).thenAccept(reply -> serial.execute(() -> handle(reply)));
    }

    // ---------------------------------------------------------------- API: buddies

    @Override
    public List<Buddy> buddies() {
        return List.copyOf(buddies.values());
    }

    @Override
    public Optional<Buddy> buddy(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(buddies.get(name));
    }

    @Override
    public CompletionStage<BuddyProfile> buddyProfile(String name) {
        Optional<SkypeEngineException> bad = checkName(name);
        if (bad.isPresent()) {
            return CompletableFuture.failedFuture(bad.get());
        }
        Map<String, CompletableFuture<String>> values = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>(BUDDY_PROPERTIES);
        for (ProfileField field : ProfileField.values()) {
            if (!properties.contains(field.name())) {
                properties.add(field.name());
            }
        }
        for (String property : properties) {
            String prefix = "USER " + name + " " + property;
            values.put(property, command("GET " + prefix).thenApply(reply -> valueAfter(reply, prefix)));
        }
        return CompletableFuture.allOf(values.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, String> p = new LinkedHashMap<>();
            values.forEach((k, f) -> p.put(k, f.join()));
            BuddyFacts facts = new BuddyFacts(name, parseBuddyStatus(p.get("BUDDYSTATUS")),
                    "TRUE".equals(p.get("ISAUTHORIZED")), "TRUE".equals(p.get("ISBLOCKED")),
                    emptyToNull(p.get("ONLINESTATUS")), "TRUE".equals(p.get("IS_VOICEMAIL_CAPABLE")),
                    "TRUE".equals(p.get("IS_CF_ACTIVE")));
            Map<ProfileField, String> fields = new EnumMap<>(ProfileField.class);
            for (ProfileField field : ProfileField.values()) {
                fields.put(field, p.get(field.name()));
            }
            return new BuddyProfile(name, Tokens.availability(facts.onlineStatus()), BuddyStatus.derive(facts), fields);
        }).exceptionallyCompose(e -> CompletableFuture.failedFuture(unwrap(e)));
    }

    @Override
    public CompletionStage<Void> addBuddy(String name, String message) {
        String text = message == null ? "" : message;
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                    "an authorisation request message must be one line"));
        }
        return buddyCommand(name, text.isEmpty() ? "BUDDYSTATUS 2" : "BUDDYSTATUS 2 " + text);
    }

    @Override
    public CompletionStage<Void> removeBuddy(String name) {
        return buddyCommand(name, "BUDDYSTATUS 1");
    }

    @Override
    public CompletionStage<Void> authorize(String name) {
        return buddyCommand(name, "ISAUTHORIZED TRUE");
    }

    @Override
    public CompletionStage<Void> deny(String name) {
        return buddyCommand(name, "ISAUTHORIZED FALSE");
    }

    @Override
    public CompletionStage<Void> block(String name) {
        return buddyCommand(name, "ISBLOCKED TRUE");
    }

    @Override
    public CompletionStage<Void> unblock(String name) {
        return buddyCommand(name, "ISBLOCKED FALSE");
    }

    @Override
    public CompletionStage<Void> ignore(String name) {
        return buddyCommand(name, "AUTHREQUEST IGNORE");
    }

    /**
     * A {@code SET USER} command; afterwards the request (if any) is answered and the buddy's entry is read
     * again, because the acting session gets only the reply, not the notifications its peers get.
     */
    private CompletionStage<Void> buddyCommand(String name, String what) {
        Optional<SkypeEngineException> bad = checkName(name);
        if (bad.isPresent()) {
            return CompletableFuture.failedFuture(bad.get());
        }
        return command("SET USER " + name + " " + what).thenCompose(reply -> {
            if (!what.startsWith("BUDDYSTATUS 2") && !what.startsWith("ISBLOCKED FALSE")) {
                synchronized (requests) {
                    requests.remove(name);
                }
            }
            LinkSession current = session;
            if (current == null) {
                return CompletableFuture.completedFuture(null);
            }
            int gen = generation;
            return fetchBuddy(current, name).handle((cached, e) -> {
                serial.execute(() -> {
                    if (gen != generation || cached == null) {
                        return;
                    }
                    if (cached.facts().isOnBuddyList()) {
                        putBuddy(cached);
                    } else {
                        removeBuddyLocally(name);
                    }
                });
                return (Void) null;
            });
        });
    }

    private static Optional<SkypeEngineException> checkName(String name) {
        if (name == null || name.isBlank() || name.contains(" ") || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            return Optional.of(new SkypeEngineException(Reason.INVALID_VALUE,
                    "'" + name + "' is not a Skype name or +E.164 number"));
        }
        return Optional.empty();
    }

    @Override
    public List<AuthorizationRequest> authorizationRequests() {
        synchronized (requests) {
            return List.copyOf(requests.values());
        }
    }

    // ---------------------------------------------------------------- API: calls

    @Override
    public CompletionStage<CallLeg> call(String destination, CallOptions options, CallLegListener listener) {
        Optional<SkypeEngineException> bad = checkName(destination);
        if (bad.isPresent()) {
            return CompletableFuture.failedFuture(bad.get());
        }
        if (!status.isLoggedIn()) {
            return CompletableFuture.failedFuture(notLoggedIn());
        }
        Leg leg = new Leg(this, null, CallDirection.OUTGOING, destination, options);
        if (listener != null) {
            leg.addListener(listener);
        }
        return leg.place();
    }

    @Override
    public List<CallLeg> calls() {
        return List.copyOf(legs.values());
    }

    @Override
    public Optional<CallLeg> callLeg(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(legs.get(id));
    }

    // ---------------------------------------------------------------- helpers

    /** The value of a line after {@code prefix} and one space; empty when the line ends with the prefix. */
    static String valueAfter(String line, String prefix) {
        if (line.startsWith(prefix)) {
            return line.length() > prefix.length() ? line.substring(prefix.length() + 1) : "";
        }
        // a reply that is not the expected shape: the community's business; treat it as no value
        return "";
    }

    /** The names of a {@code USERS a, b, c} reply. */
    static List<String> names(String reply) {
        String list = valueAfter(reply, "USERS");
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static int parseBuddyStatus(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 0 && n <= 3 ? n : 0;
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public String toString() {
        return "SkypeAccount[" + username + ", " + status.text() + "]";
    }
}
