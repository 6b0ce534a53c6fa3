package org.strowger.community.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.directory.Account;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.AdminOperations;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.DirectoryEvent;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.ErrorCode;
import org.strowger.community.protocol.Line;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.ProtocolException;
import org.strowger.community.protocol.Scram;
import org.strowger.community.protocol.Words;

/**
 * The server's logic: sessions, login, commands, presence fan-out, administration. Everything here runs on one
 * logic thread ({@link #logic}), so the session and call tables need no locks; the network threads only hand
 * lines over. Calls are in {@link Calls}.
 */
final class Community {
    private static final Logger LOG = LoggerFactory.getLogger(Community.class);

    final Directory directory;
    final ServerSettings settings;
    final ScheduledExecutorService logic;
    final LoginGuard guard;
    final Calls calls;
    /** Logged-in sessions per account; read by the directory's connection predicate (any thread). */
    private final Map<String, Set<Session>> online = new ConcurrentHashMap<>();
    private final Set<Session> all = new LinkedHashSet<>();
    private final AtomicLong sessionNumbers = new AtomicLong();
    /** Makes the fake challenge of an unknown user the same every time (so that probing shows nothing). */
    private final byte[] fakeSaltKey = Scram.randomBytes(32);

    Community(Directory directory, ServerSettings settings, ScheduledExecutorService logic, MediaPorts ports) {
        this.directory = directory;
        this.settings = settings;
        this.logic = logic;
        this.guard = new LoginGuard(settings.loginDelayMillis(), settings.maxLoginDelayMillis(), settings.maxFailures(),
                settings.failureWindowMillis(), settings.lockMillis(), System::currentTimeMillis);
        this.calls = new Calls(this, ports);
        directory.setConnectionState(name -> {
            Set<Session> s = online.get(name);
            return s != null && !s.isEmpty();
        });
        logic.scheduleWithFixedDelay(guard::expire, 5, 5, TimeUnit.MINUTES);
    }

    long nextSessionNumber() {
        return sessionNumbers.incrementAndGet();
    }

    // ---- connections ------------------------------------------------------------------------------------

    void connected(Session s) {
        all.add(s);
        s.send(org.strowger.community.protocol.Protocol.hello(settings.serverVersion()));
        logic.schedule(() -> {
            if (!s.closed && !s.loggedIn()) {
                LOG.info("{}: no login within {} s, closing", s, settings.loginTimeoutSeconds());
                s.channel.close();
            }
        }, settings.loginTimeoutSeconds(), TimeUnit.SECONDS);
    }

    void disconnected(Session s) {
        if (s.closed) {
            return;
        }
        s.closed = true;
        all.remove(s);
        calls.sessionGone(s);
        if (s.account != null) {
            Set<Session> set = online.get(s.account);
            if (set != null) {
                set.remove(s);
                if (set.isEmpty()) {
                    online.remove(s.account);
                    LOG.info("{} logged out (last session)", s.account);
                    fanOut(directory.connectionChanged(s.account));
                }
            }
        }
    }

    Collection<Session> sessionsOf(String account) {
        Set<Session> s = online.get(account);
        return s == null ? List.of() : List.copyOf(s);
    }

    boolean isOnline(String account) {
        Set<Session> s = online.get(account);
        return s != null && !s.isEmpty();
    }

    /** Sends each event's line to every session of its recipient; closes the sessions of removed accounts. */
    void fanOut(List<DirectoryEvent> events) {
        for (DirectoryEvent e : events) {
            if (e.kind() == DirectoryEvent.Kind.ACCOUNT_REMOVED) {
                for (Session s : sessionsOf(e.recipient())) {
                    s.send(Line.sanitize(e.line()));
                    s.channel.close();
                }
                continue;
            }
            String line = Line.sanitize(e.line());
            for (Session s : sessionsOf(e.recipient())) {
                s.send(line);
            }
        }
    }

    // ---- commands ---------------------------------------------------------------------------------------

    /** One command line of a session (on the logic thread). */
    void handle(Session s, Line line) {
        if (s.closed) {
            return;
        }
        String id = line.id();
        try {
            dispatch(s, id, line.words());
        } catch (ProtocolException e) {
            s.reply(id, e.toReply());
        } catch (DirectoryException e) {
            s.reply(id, "ERROR " + e.reason().errorCode().code() + " " + Line.sanitize(e.getMessage()));
        } catch (IllegalArgumentException e) {
            s.reply(id, "ERROR " + ErrorCode.INVALID_ARGUMENT.code() + " " + Line.sanitize(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("{}: command {} failed", s, line.keyword(), e);
            s.reply(id, "ERROR " + ErrorCode.INTERNAL.code() + " " + ErrorCode.INTERNAL.text());
        }
    }

    private void dispatch(Session s, String id, Words w) throws ProtocolException, DirectoryException {
        String keyword = w.next("command");
        switch (keyword) {
            case "PING" -> {
                w.end("PING");
                s.reply(id, "PONG");
                return;
            }
            case "LOGIN" -> {
                login(s, id, w);
                return;
            }
            case "AUTH" -> {
                auth(s, id, w);
                return;
            }
            default -> {
            }
        }
        if (!isKnown(keyword)) {
            throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, "unknown command " + keyword);
        }
        if (!s.loggedIn()) {
            throw new ProtocolException(ErrorCode.NOT_LOGGED_IN, "not logged in");
        }
        switch (keyword) {
            case "GET" -> get(s, id, w);
            case "SET" -> set(s, id, w);
            case "SEARCH" -> search(s, id, w);
            case "CALL" -> calls.place(s, id, w);
            case "ALTER" -> {
                w.expect("CALL");
                calls.alter(s, id, w);
            }
            case "ADMIN" -> admin(s, id, w);
            case "PSTN" -> pstn(s, id, w);
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, "unknown command " + keyword);
        }
    }

    private static boolean isKnown(String keyword) {
        return switch (keyword) {
            case "GET", "SET", "SEARCH", "CALL", "ALTER", "ADMIN", "PSTN" -> true;
            default -> false;
        };
    }

    // ---- login ------------------------------------------------------------------------------------------

    private void login(Session s, String id, Words w) throws ProtocolException {
        if (s.loggedIn()) {
            throw new ProtocolException(ErrorCode.ALREADY_LOGGED_IN, "already logged in");
        }
        if (s.verdictPending) {
            throw new ProtocolException(ErrorCode.LOGIN_SEQUENCE, "the previous login is still being answered");
        }
        String user = w.next("user name");
        LoginMode mode = LoginMode.parse(w.next("login mode (PBX or DESKTOP)"));
        String nonceB64 = w.next("client nonce");
        w.end("client nonce");
        byte[] nonce = Scram.unb64(nonceB64, "client nonce");
        if (nonce.length < 8 || nonce.length > 64) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid client nonce (8-64 bytes)");
        }
        long locked = guard.lockedFor(user, s.address);
        if (locked > 0) {
            throw locked(locked);
        }
        Optional<Account> account = directory.account(user);
        if (account.isPresent() && mode == LoginMode.PBX && !account.get().type().mayLogInFromPbx()) {
            LOG.info("login of {} ({}) from {} refused: only business accounts may log in from a PBX", user,
                    account.get().type().word(), s.address);
            throw new ProtocolException(ErrorCode.FORBIDDEN, "only business accounts may log in from a PBX");
        }
        Scram.Credentials credentials = account.map(Account::credentials).orElseGet(() -> fakeCredentials(user));
        String combined = Scram.combineNonce(nonce);
        s.mode = mode;
        s.pending = new Session.Pending(user, nonceB64, combined, credentials, account.isPresent());
        s.reply(id, "CHALLENGE " + Scram.b64(credentials.salt()) + " " + credentials.iterations() + " " + combined);
    }

    /** A stable salt for an unknown name and keys nobody can match. */
    private Scram.Credentials fakeCredentials(String user) {
        byte[] salt = Arrays.copyOf(Scram.hmac(fakeSaltKey, user), Scram.SALT_BYTES);
        return new Scram.Credentials(salt, Scram.DEFAULT_ITERATIONS, Scram.randomBytes(32), Scram.randomBytes(32));
    }

    private static ProtocolException locked(long millis) {
        long seconds = Math.max(1, (millis + 999) / 1000);
        return new ProtocolException(ErrorCode.LOCKED, "too many failed logins, retry in " + seconds + " s");
    }

    private void auth(Session s, String id, Words w) throws ProtocolException {
        if (s.loggedIn()) {
            throw new ProtocolException(ErrorCode.ALREADY_LOGGED_IN, "already logged in");
        }
        if (s.verdictPending) {
            throw new ProtocolException(ErrorCode.LOGIN_SEQUENCE, "the previous login is still being answered");
        }
        Session.Pending p = s.pending;
        if (p == null) {
            throw new ProtocolException(ErrorCode.LOGIN_SEQUENCE, "AUTH without LOGIN");
        }
        s.pending = null;
        String proofB64 = w.next("client proof");
        w.end("client proof");
        long locked = guard.lockedFor(p.user(), s.address);
        if (locked > 0) {
            throw locked(locked);
        }
        byte[] proof;
        try {
            proof = Scram.unb64(proofB64, "client proof");
        } catch (ProtocolException e) {
            proof = null;
        }
        Scram.Credentials c = p.credentials();
        String authMessage = Scram.authMessage(p.user(), p.clientNonce(), p.combinedNonce(), Scram.b64(c.salt()),
                c.iterations());
        Optional<Account> account = p.exists() ? directory.account(p.user()) : Optional.empty();
        boolean ok = account.isPresent() && proof != null && Scram.verifyClientProof(c.storedKey(), authMessage, proof);
        if (!ok) {
            long delay = guard.failed(p.user(), s.address);
            // never the proof, nonces or keys: only who, from where and why
            LOG.info("login failed for {} from {}: {}; answering in {} ms", p.user(), s.address,
                    account.isPresent() ? "wrong password" : "unknown user", delay);
            s.verdictPending = true;
            logic.schedule(() -> {
                s.verdictPending = false;
                if (!s.closed) {
                    s.reply(id, "ERROR " + ErrorCode.AUTH_FAILED.code() + " " + ErrorCode.AUTH_FAILED.text());
                }
            }, delay, TimeUnit.MILLISECONDS);
            return;
        }
        guard.succeeded(p.user(), s.address);
        Account a = account.get();
        s.account = a.name();
        s.type = a.type();
        boolean first = !isOnline(a.name());
        online.computeIfAbsent(a.name(), k -> ConcurrentHashMap.newKeySet()).add(s);
        LOG.info("{} logged in ({}) from {}", a.name(), s.mode, s.address);
        s.reply(id, "LOGIN OK " + a.name() + " " + Scram.b64(Scram.serverSignature(c.serverKey(), authMessage)));
        s.send("USERSTATUS " + a.availability().name());
        if (first) {
            fanOut(directory.connectionChanged(a.name()));
        }
    }

    // ---- GET / SET / SEARCH -----------------------------------------------------------------------------

    private void get(Session s, String id, Words w) throws ProtocolException, DirectoryException {
        String what = w.next("object (PROFILE, USERSTATUS, USER or CALL)");
        switch (what) {
            case "PROFILE" -> {
                ProfileProperty p = ProfileProperty.parse(w.next("property name"));
                w.end(p.name());
                s.reply(id, "PROFILE " + p.name() + " " + Line.sanitize(directory.profile(s.account, p)));
            }
            case "USERSTATUS" -> {
                w.end("USERSTATUS");
                Account a = directory.account(s.account).orElseThrow(() -> gone(s));
                s.reply(id, "USERSTATUS " + a.availability().name());
            }
            case "USER" -> {
                String name = w.next("user name");
                String p = w.next("property name");
                w.end(p);
                s.reply(id, "USER " + name + " " + p + " "
                        + Line.sanitize(directory.userProperty(s.account, name, p)));
            }
            case "CALL" -> calls.get(s, id, w);
            default -> throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "cannot GET " + what + " (PROFILE, USERSTATUS, USER or CALL)");
        }
    }

    private static ProtocolException gone(Session s) {
        return new ProtocolException(ErrorCode.NO_SUCH_USER, "no such user " + s.account);
    }

    private void set(Session s, String id, Words w) throws ProtocolException, DirectoryException {
        String what = w.next("object (PROFILE, USERSTATUS, USER or CALL)");
        switch (what) {
            case "PROFILE" -> {
                ProfileProperty p = ProfileProperty.parse(w.next("property name"));
                String value = w.rest();
                List<DirectoryEvent> events = directory.setProfile(s.account, p, value);
                String reply = "PROFILE " + p.name() + " " + Line.sanitize(directory.profile(s.account, p));
                s.reply(id, reply);
                fanOutExcept(events, s, reply);
            }
            case "USERSTATUS" -> {
                String token = w.next("availability");
                w.end(token);
                List<DirectoryEvent> events = directory.setAvailability(s.account, Availability.parse(token));
                s.reply(id, "USERSTATUS " + token);
                fanOutExcept(events, s, "USERSTATUS " + token);
            }
            case "USER" -> {
                String name = w.next("user name");
                String p = w.next("property name");
                String value = w.rest();
                List<DirectoryEvent> events = directory.setUserProperty(s.account, name, p, value);
                String shown = switch (p) {
                    case "BUDDYSTATUS" -> directory.userProperty(s.account, name, "BUDDYSTATUS");
                    case "AUTHREQUEST" -> "IGNORE";
                    default -> value;
                };
                String reply = "USER " + name + " " + p + " " + Line.sanitize(shown);
                s.reply(id, reply);
                fanOutExcept(events, s, reply);
            }
            case "CALL" -> calls.set(s, id, w);
            default -> throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "cannot SET " + what + " (PROFILE, USERSTATUS, USER or CALL)");
        }
    }

    /**
     * Fans out, but the session that made the change already has the answer as its reply: the same line
     * addressed to it is not sent a second time.
     */
    private void fanOutExcept(List<DirectoryEvent> events, Session origin, String reply) {
        for (DirectoryEvent e : events) {
            String line = Line.sanitize(e.line());
            for (Session s : sessionsOf(e.recipient())) {
                if (!(s == origin && line.equals(reply))) {
                    s.send(line);
                }
                if (e.kind() == DirectoryEvent.Kind.ACCOUNT_REMOVED) {
                    s.channel.close();
                }
            }
        }
    }

    private void search(Session s, String id, Words w) throws ProtocolException {
        String what = w.next("what (FRIENDS, USERSWAITINGMYAUTHORIZATION or ACTIVECALLS)");
        w.end(what);
        switch (what) {
            case "FRIENDS" -> s.reply(id, "USERS " + String.join(", ", directory.buddies(s.account)));
            case "USERSWAITINGMYAUTHORIZATION" ->
                s.reply(id, "USERS " + String.join(", ", directory.usersWaitingAuthorization(s.account)));
            case "ACTIVECALLS" -> s.reply(id, "CALLS " + calls.activeCallIds(s.account));
            default -> throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "cannot SEARCH " + what + " (FRIENDS, USERSWAITINGMYAUTHORIZATION or ACTIVECALLS)");
        }
    }

    // ---- administration ---------------------------------------------------------------------------------

    private void admin(Session s, String id, Words w) throws ProtocolException {
        requireAdministrator(s);
        List<String> words = List.of(w.rest().split(" "));
        String text;
        try {
            text = runAdmin(words);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, Line.sanitize(String.valueOf(e.getMessage())));
        }
        for (String l : text.split("\n")) {
            if (!l.isEmpty()) {
                s.reply(id, "ADMINLINE " + Line.sanitize(l));
            }
        }
        s.reply(id, "ADMIN DONE");
    }

    private void requireAdministrator(Session s) throws ProtocolException {
        if (s.type != AccountType.ADMINISTRATOR) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "administrator only");
        }
    }

    private void pstn(Session s, String id, Words w) throws ProtocolException {
        requireAdministrator(s);
        w.expect("CALL");
        String from = w.next("caller number");
        String to = w.next("SkypeIn number");
        w.end(to);
        try {
            String account = calls.pstnCall(from, to);
            s.reply(id, "PSTN CALL " + from + " " + to + " RINGING " + account);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, Line.sanitize(String.valueOf(e.getMessage())));
        }
    }

    /**
     * One administration command in words (Karaf, stdin, protocol): the directory's operations, plus the
     * server's own {@code show calls} and {@code pstn call <from> <to>}. Returns the text to print.
     *
     * @throws IllegalArgumentException with a message for the operator
     */
    String runAdmin(List<String> words) {
        if (words.size() >= 2 && words.get(0).equals("show") && words.get(1).equals("calls")) {
            if (words.size() != 2) {
                throw new IllegalArgumentException("usage: show calls");
            }
            return calls.show();
        }
        if (!words.isEmpty() && words.get(0).equals("pstn")) {
            if (words.size() != 4 || !words.get(1).equals("call")) {
                throw new IllegalArgumentException("usage: pstn call <from-number> <skypein-number>");
            }
            String account = calls.pstnCall(words.get(2), words.get(3));
            return "PSTN call from " + words.get(2) + " to " + words.get(3) + " is ringing " + account;
        }
        if (!directory.admin().handles(words)) {
            throw new IllegalArgumentException("unknown command '" + String.join(" ", words) + "'; known commands:\n  "
                    + String.join("\n  ", adminUsage()));
        }
        AdminOperations.Result r = directory.admin().run(words);
        fanOut(r.events());
        return r.text();
    }

    /** Usage lines of every administration command. */
    List<String> adminUsage() {
        List<String> usage = new ArrayList<>(directory.admin().usage());
        usage.add("show calls");
        usage.add("pstn call <from-number> <skypein-number>");
        return usage;
    }

    /** For tests and show commands: the number of sessions. */
    Map<String, Integer> sessionCounts() {
        Map<String, Integer> m = new HashMap<>();
        online.forEach((k, v) -> m.put(k, v.size()));
        return m;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
