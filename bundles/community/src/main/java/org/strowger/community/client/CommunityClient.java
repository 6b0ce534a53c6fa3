package org.strowger.community.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.media.MalformedPacketException;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.RelayLine;
import org.strowger.community.protocol.CallStatus;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.protocol.Protocol;
import org.strowger.community.protocol.ProtocolException;
import org.strowger.community.protocol.Scram;

/**
 * A connection to a community server (docs/community-protocol.md). {@link #connect} opens it and checks the
 * HELLO; {@link #login} logs in by challenge-response; every command returns a {@link CompletableFuture}
 * that completes with the reply (the text after {@code #id }), fails with a {@link CommunityException}
 * for {@code ERROR <code> <text>} or a closed connection, or with a {@code TimeoutException} after
 * {@link ClientOptions#commandTimeout()}. Notifications go to {@link CommunityListener}s.
 *
 * <p>A blocking socket with one reader thread: callers' threads never wait on network reads; sending
 * writes one line under a lock. A {@code PING} goes out every {@link ClientOptions#pingInterval()}.
 * The client does not reconnect: a {@link CommunityListener#onDisconnect} tells its owner to.
 */
public final class CommunityClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommunityClient.class);
    /** The greeting's fixed part; the server version follows. */
    public static final String HELLO_PREFIX = "HELLO " + Protocol.PRODUCT + " " + Protocol.VERSION;
    /** Longest line the protocol allows, in bytes. */
    public static final int MAX_LINE_BYTES = Protocol.MAX_LINE_BYTES;

    /** Keep-alives of all clients; a daemon so that it never keeps a JVM alive. */
    private static final class Pinger {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "community-ping");
            t.setDaemon(true);
            return t;
        });
    }

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final ClientOptions options;
    private final String serverVersion;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, CallLeg> calls = new ConcurrentHashMap<>();
    private final List<CommunityListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final Thread reader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledFuture<?> ping;
    private volatile String user;

    /** A command waiting for its reply; {@code onReply} runs on the reader thread before the future completes. */
    private record Pending(CompletableFuture<String> future, Function<String, ?> onReply) {
    }

    private CommunityClient(Socket socket, ClientOptions options) throws IOException {
        this.socket = socket;
        this.options = options;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
        String hello = in.readLine();
        if (hello == null) {
            throw new IOException("the community closed the connection before its HELLO");
        }
        if (!hello.equals(HELLO_PREFIX) && !hello.startsWith(HELLO_PREFIX + " ")) {
            throw new IOException("not a community server or an unsupported protocol version: '"
                    + (hello.length() > 60 ? hello.substring(0, 60) + "..." : hello) + "'");
        }
        this.serverVersion = hello.length() > HELLO_PREFIX.length() ? hello.substring(HELLO_PREFIX.length() + 1) : "";
        socket.setSoTimeout(0);
        String name = socket.getRemoteSocketAddress().toString();
        this.events = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "community-events " + name);
            t.setDaemon(true);
            return t;
        });
        this.reader = new Thread(this::readLoop, "community-reader " + name);
        reader.setDaemon(true);
        long period = options.pingInterval().toMillis();
        this.ping = period == 0 ? null
                : Pinger.INSTANCE.scheduleAtFixedRate(this::ping, period, period, TimeUnit.MILLISECONDS);
    }

    /** Connects, waits for the HELLO (at most the connect timeout) and starts the reader. */
    public static CommunityClient connect(InetSocketAddress server, ClientOptions options) throws IOException {
        Socket socket = boundSocket(options.localAddress());
        try {
            socket.setTcpNoDelay(true);
            int timeout = (int) options.connectTimeout().toMillis();
            socket.connect(server, timeout);
            socket.setSoTimeout(timeout);
            CommunityClient client = new CommunityClient(socket, options);
            client.reader.start();
            return client;
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new IOException("no HELLO from the community at " + server + " within " + options.connectTimeout().toSeconds() + " s");
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A socket bound to {@code local} (null: unbound). A port in use falls back to a random port on the same
     * address, as the Skype engine treats {@code bind_port} as a suggestion; a bad address is an error.
     */
    private static Socket boundSocket(InetSocketAddress local) throws IOException {
        Socket socket = new Socket();
        if (local == null) {
            return socket;
        }
        try {
            socket.bind(local);
            return socket;
        } catch (BindException e) {
            socket.close();
            if (local.getPort() == 0) {
                throw new BindException("cannot use local address " + local.getAddress().getHostAddress() + ": " + e.getMessage());
            }
            LOG.info("local port {} is taken ({}); the community connection uses a random port", local.getPort(), e.getMessage());
            Socket fallback = new Socket();
            fallback.bind(new InetSocketAddress(local.getAddress(), 0));
            return fallback;
        }
    }

    /** Connects with {@link ClientOptions#defaults()}. */
    public static CommunityClient connect(InetSocketAddress server) throws IOException {
        return connect(server, ClientOptions.defaults());
    }

    /** Parses {@code host:port} ({@code [v6]:port} accepted; port defaults to 2729). */
    public static InetSocketAddress parseServer(String text) {
        String host = text;
        int port = Protocol.DEFAULT_PORT;
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(']') < colon && (text.startsWith("[") || text.indexOf(':') == colon)) {
            host = text.substring(0, colon);
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("server '" + text + "': the port is not a number");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("server '" + text + "' is not host:port");
        }
        return new InetSocketAddress(host, port);
    }

    public ClientOptions options() {
        return options;
    }

    /** The version the server announced in its HELLO. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The logged-in account, null before login. */
    public String user() {
        return user;
    }

    public boolean isConnected() {
        return !closed.get();
    }

    public void addListener(CommunityListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CommunityListener listener) {
        listeners.remove(listener);
    }

    InetAddress rtpAddress() {
        InetAddress configured = options.rtpAddress();
        return configured != null ? configured : socket.getLocalAddress();
    }

    // ---------------------------------------------------------------- login

    /**
     * Logs in by challenge-response (protocol section 3): the password stays here. Completes with the
     * account name after the server proved that it knows the account's keys; fails with a
     * {@link CommunityException} (401 wrong user name or password, 403 not a business account for PBX,
     * 429 locked) or, when the server's signature is wrong, closes the connection.
     */
    public CompletableFuture<String> login(String account, String password, LoginMode mode) {
        requireWord(account, "user name");
        String clientNonceB64 = Scram.newClientNonce();
        return request("LOGIN " + account + " " + mode + " " + clientNonceB64).thenCompose(challenge -> {
            // CHALLENGE <saltB64> <iterations> <combinedNonceB64>
            String[] w = challenge.split(" ");
            if (w.length != 4 || !w[0].equals("CHALLENGE")) {
                throw new CommunityException(CommunityException.BAD_REPLY, "expected CHALLENGE, got '" + challenge + "'");
            }
            int iterations;
            byte[] salt;
            try {
                iterations = Integer.parseInt(w[2]);
                salt = Scram.unb64(w[1], "salt");
            } catch (NumberFormatException | ProtocolException e) {
                throw new CommunityException(CommunityException.BAD_REPLY, "bad CHALLENGE '" + challenge + "'");
            }
            if (iterations < Scram.MIN_ITERATIONS) {
                // a low count would make a captured proof cheap to brute-force
                throw new CommunityException(CommunityException.BAD_REPLY, "the server asks for only " + iterations + " iterations");
            }
            if (!Scram.combinedNonceExtends(clientNonceB64, w[3])) {
                throw new CommunityException(CommunityException.BAD_REPLY, "the server's nonce does not extend ours");
            }
            String authMessage = Scram.authMessage(account, clientNonceB64, w[3], w[1], iterations);
            // PBKDF2 once: it is nearly all of a login's cost, and the proof and the expected signature share it
            byte[] salted = Scram.saltedPassword(password, salt, iterations);
            String proof = Scram.b64(Scram.clientProof(salted, authMessage));
            byte[] expected = Scram.expectedServerSignature(salted, authMessage);
            return request("AUTH " + proof).thenApply(reply -> {
                // LOGIN OK <user> <serverSignatureB64>
                String[] r = reply.split(" ");
                if (r.length != 4 || !r[0].equals("LOGIN") || !r[1].equals("OK")) {
                    throw new CommunityException(CommunityException.BAD_REPLY, "expected LOGIN OK, got '" + reply + "'");
                }
                byte[] signature;
                try {
                    signature = Scram.unb64(r[3], "server signature");
                } catch (ProtocolException e) {
                    signature = null;
                }
                if (!Scram.signaturesEqual(signature, expected)) {
                    LOG.warn("community at {} failed to prove that it knows account {}: closing",
                            socket.getRemoteSocketAddress(), account);
                    close();
                    throw new CommunityException(CommunityException.BAD_REPLY, "the server's signature is wrong (not the real community?)");
                }
                user = r[2];
                return r[2];
            });
        });
    }

    // ---------------------------------------------------------------- commands

    /**
     * Sends {@code #<id> <command>} and returns the reply without its {@code #<id> } prefix.
     * {@code command} must be one line.
     */
    public CompletableFuture<String> request(String command) {
        return request(command, null);
    }

    private CompletableFuture<String> request(String command, Function<String, ?> onReply) {
        return request(nextId(), command, onReply);
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    private CompletableFuture<String> request(String id, String command, Function<String, ?> onReply) {
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a command is one line; line breaks are not allowed");
        }
        CompletableFuture<String> future = new CompletableFuture<>();
        if (closed.get()) {
            future.completeExceptionally(new CommunityException(CommunityException.CONNECTION_CLOSED, "connection closed"));
            return future;
        }
        pending.put(id, new Pending(future, onReply));
        try {
            send("#" + id + " " + command);
        } catch (IOException e) {
            pending.remove(id);
            future.completeExceptionally(new CommunityException(CommunityException.CONNECTION_CLOSED,
                    "connection closed: " + e.getMessage()));
            return future;
        }
        future.orTimeout(options.commandTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> pending.remove(id));
        return future;
    }

    /** Sends a command and checks that the reply starts with {@code expectedPrefix}; yields the value after it. */
    private CompletableFuture<String> requestValue(String command, String expectedPrefix) {
        return request(command).thenApply(reply -> valueAfter(reply, expectedPrefix));
    }

    static String valueAfter(String reply, String prefix) {
        if (reply.equals(prefix)) {
            return "";
        }
        if (!reply.startsWith(prefix + " ")) {
            throw new CommunityException(CommunityException.BAD_REPLY, "expected '" + prefix + " ...', got '" + reply + "'");
        }
        return reply.substring(prefix.length() + 1);
    }

    /** {@code PING}. */
    public CompletableFuture<Void> ping() {
        if (closed.get()) {
            return CompletableFuture.completedFuture(null);
        }
        return request("PING").thenApply(r -> null);
    }

    /** {@code GET PROFILE <property>}. */
    public CompletableFuture<String> getProfile(String property) {
        requireWord(property, "profile property");
        return requestValue("GET PROFILE " + property, "PROFILE " + property);
    }

    /** {@code SET PROFILE <property> <value>}: the value the community stored. */
    public CompletableFuture<String> setProfile(String property, String value) {
        requireWord(property, "profile property");
        return requestValue("SET PROFILE " + property + " " + requireValue(value), "PROFILE " + property);
    }

    /** {@code GET USERSTATUS}. */
    public CompletableFuture<String> getUserStatus() {
        return requestValue("GET USERSTATUS", "USERSTATUS");
    }

    /** {@code SET USERSTATUS ONLINE|AWAY|NA|DND|INVISIBLE|SKYPEME|OFFLINE}. */
    public CompletableFuture<String> setUserStatus(String availability) {
        requireWord(availability, "availability");
        return requestValue("SET USERSTATUS " + availability, "USERSTATUS");
    }

    /** {@code GET USER <name> <property>}. */
    public CompletableFuture<String> getUser(String name, String property) {
        requireWord(name, "user name");
        requireWord(property, "user property");
        return requestValue("GET USER " + name + " " + property, "USER " + name + " " + property);
    }

    /** {@code SEARCH FRIENDS}: the buddy list. */
    public CompletableFuture<List<String>> searchFriends() {
        return requestValue("SEARCH FRIENDS", "USERS").thenApply(CommunityClient::splitList);
    }

    /** {@code SEARCH USERSWAITINGMYAUTHORIZATION}. */
    public CompletableFuture<List<String>> usersWaitingMyAuthorization() {
        return requestValue("SEARCH USERSWAITINGMYAUTHORIZATION", "USERS").thenApply(CommunityClient::splitList);
    }

    /** {@code SEARCH ACTIVECALLS}: ids of this account's calls that are not over. */
    public CompletableFuture<List<String>> activeCalls() {
        return requestValue("SEARCH ACTIVECALLS", "CALLS").thenApply(CommunityClient::splitList);
    }

    /** Adds {@code name} and asks for authorisation; completes with the new BUDDYSTATUS (2 pending, 3 added). */
    public CompletableFuture<Integer> addBuddy(String name, String message) {
        requireWord(name, "user name");
        return requestValue("SET USER " + name + " BUDDYSTATUS 2 " + requireValue(message), "USER " + name + " BUDDYSTATUS")
                .thenApply(CommunityClient::parseInt);
    }

    /** Removes {@code name} from the buddy list (and withdraws its authorisation). */
    public CompletableFuture<Void> removeBuddy(String name) {
        requireWord(name, "user name");
        return request("SET USER " + name + " BUDDYSTATUS 1").thenApply(r -> null);
    }

    /** Accepts ({@code true}) or denies/revokes ({@code false}) {@code name}'s authorisation. */
    public CompletableFuture<Void> authorize(String name, boolean allow) {
        requireWord(name, "user name");
        return request("SET USER " + name + " ISAUTHORIZED " + (allow ? "TRUE" : "FALSE")).thenApply(r -> null);
    }

    /** Drops {@code name}'s pending request without telling it. */
    public CompletableFuture<Void> ignoreAuthRequest(String name) {
        requireWord(name, "user name");
        return request("SET USER " + name + " AUTHREQUEST IGNORE").thenApply(r -> null);
    }

    /** Blocks or unblocks {@code name}. */
    public CompletableFuture<Void> block(String name, boolean blocked) {
        requireWord(name, "user name");
        return request("SET USER " + name + " ISBLOCKED " + (blocked ? "TRUE" : "FALSE")).thenApply(r -> null);
    }

    /** {@code ADMIN <words>} (ADMINISTRATOR accounts): the ADMINLINE texts that came before {@code ADMIN DONE}. */
    public CompletableFuture<List<String>> admin(String words) {
        String id = nextId();
        List<String> lines = new CopyOnWriteArrayList<>();
        // ADMINLINE replies share the command's id: collected on the reader thread until the final reply
        adminLines.put(id, lines);
        return request(id, "ADMIN " + requireValue(words), null).whenComplete((r, e) -> adminLines.remove(id))
                .thenApply(r -> List.copyOf(lines));
    }

    private final Map<String, List<String>> adminLines = new ConcurrentHashMap<>();

    /** {@code PSTN CALL <from> <to>} (ADMINISTRATOR accounts): a simulated PSTN caller rings a SkypeIn number. */
    public CompletableFuture<String> pstnCall(String from, String to) {
        requireWord(from, "caller number");
        requireWord(to, "SkypeIn number");
        return request("PSTN CALL " + from + " " + to);
    }

    // ---------------------------------------------------------------- calls

    /**
     * Places a call; completes with the leg once the community replied {@code CALL <id> STATUS ROUTING}. Follow
     * it with {@link CallLeg#answered()} / {@link CallLeg#ended()} or a {@link CallListener}.
     */
    public CompletableFuture<CallLeg> call(String target, CallOptions options) {
        requireWord(target, "call target");
        CallLeg leg = new CallLeg(this, null, CallLeg.Direction.OUTGOING, CallStatus.ROUTING);
        leg.apply("PARTNER_HANDLE", target);
        String mediaWord;
        try {
            mediaWord = leg.openMedia(options.media());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        String command = "CALL " + target + " MEDIA " + mediaWord + " CODECS " + PayloadType.formatList(options.codecs())
                + (options.topic() == null ? "" : " TOPIC " + options.topic());
        // registered on the reader thread as the reply arrives, before any notification for the new id
        CompletableFuture<String> reply = request(command, r -> {
            String[] w = r.split(" ");
            if (w.length >= 4 && w[0].equals("CALL") && w[2].equals("STATUS")) {
                leg.assignId(w[1]);
                calls.put(w[1], leg);
            }
            return null;
        });
        return reply.handle((r, e) -> {
            if (e != null) {
                leg.apply("STATUS", CallStatus.FAILED.name());
                throw e instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(e);
            }
            if (leg.id() == null) {
                leg.apply("STATUS", CallStatus.FAILED.name());
                throw new CommunityException(CommunityException.BAD_REPLY, "expected CALL <id> STATUS ROUTING, got '" + r + "'");
            }
            return leg;
        });
    }

    /** Places a call with the default codecs and this client's default media mode. */
    public CompletableFuture<CallLeg> call(String target) {
        return call(target, CallOptions.defaults().withMedia(options.defaultMedia()));
    }

    /** The legs this client knows that are not over. */
    public List<CallLeg> calls() {
        List<CallLeg> result = new ArrayList<>();
        for (CallLeg leg : calls.values()) {
            if (!leg.status().isFinal()) {
                result.add(leg);
            }
        }
        return result;
    }

    /** The leg with this id, or null. */
    public CallLeg leg(String id) {
        return calls.get(id);
    }

    // ---------------------------------------------------------------- wire

    private final Object writeLock = new Object();

    private void send(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length - 1 > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("line of " + (bytes.length - 1) + " bytes exceeds the protocol's " + MAX_LINE_BYTES);
        }
        synchronized (writeLock) {
            out.write(bytes);
            out.flush();
        }
        if (LOG.isTraceEnabled() && !RelayLine.isRelayLine(line)) {
            LOG.trace("> {}", line.contains(" AUTH ") ? line.substring(0, line.indexOf(" AUTH ") + 5) + " ..." : line);
        }
    }

    /** Sends a relay line; a failure means the connection is going away, which the reader notices. */
    void sendRelay(String line) {
        try {
            send(line);
        } catch (IOException e) {
            LOG.debug("relay line not sent: {}", e.getMessage());
        }
    }

    private void readLoop() {
        Throwable cause = null;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                handle(line);
            }
            if (!closed.get()) {
                cause = new IOException("the community closed the connection");
            }
        } catch (IOException e) {
            if (!closed.get()) {
                cause = e;
            }
        } catch (RuntimeException e) {
            LOG.error("community client reader failed", e);
            cause = e;
        }
        shutdown(cause);
    }

    private void handle(String line) {
        if (line.startsWith("#")) {
            handleReply(line);
            return;
        }
        if (RelayLine.isRelayLine(line)) {
            try {
                RelayLine relay = RelayLine.decode(line);
                CallLeg leg = calls.get(relay.callId());
                if (leg != null) {
                    leg.relayIn(relay.packet());
                }
            } catch (MalformedPacketException e) {
                LOG.debug("bad relay line from the community: {}", e.getMessage());
            }
            return;
        }
        LOG.trace("< {}", line);
        String[] w = line.split(" ", 4);
        // state first (on this thread, so that later replies see it), listeners afterwards on the event thread
        switch (w[0]) {
            case "CALL" -> {
                if (w.length >= 3) {
                    handleCall(line, w[1], w[2], w.length > 3 ? w[3] : "");
                    return;
                }
            }
            case "USER" -> {
                if (w.length >= 3) {
                    UserEvent event = new UserEvent(w[1], w[2], w.length > 3 ? w[3] : "");
                    dispatch(line, l -> l.onUser(event));
                    return;
                }
            }
            case "PROFILE" -> {
                if (w.length >= 2) {
                    String property = w[1];
                    String value = line.length() > 8 + property.length() ? line.substring(9 + property.length()) : "";
                    dispatch(line, l -> l.onProfile(property, value));
                    return;
                }
            }
            case "USERSTATUS" -> {
                String value = line.length() > 11 ? line.substring(11) : "";
                dispatch(line, l -> l.onUserStatus(value));
                return;
            }
            default -> {
            }
        }
        dispatch(line, null);
    }

    private void handleCall(String line, String id, String property, String value) {
        CallLeg leg = calls.get(id);
        boolean incomingRing = false;
        if (leg == null) {
            // an id we did not create: a new incoming leg (its properties precede STATUS RINGING)
            leg = new CallLeg(this, id, CallLeg.Direction.INCOMING, CallStatus.ROUTING);
            calls.put(id, leg);
        }
        CallStatus changed = leg.apply(property, value);
        if (changed == CallStatus.RINGING && leg.direction() == CallLeg.Direction.INCOMING) {
            incomingRing = true;
        }
        CallLeg target = leg;
        boolean ring = incomingRing;
        dispatch(line, l -> {
            l.onCall(target, property, value);
            if (ring) {
                l.onIncomingCall(target);
            }
        });
        events.execute(() -> target.fire(changed, property, value));
    }

    private void handleReply(String line) {
        int space = line.indexOf(' ');
        String id = space < 0 ? line.substring(1) : line.substring(1, space);
        String reply = space < 0 ? "" : line.substring(space + 1);
        if (reply.startsWith("ADMINLINE")) {
            List<String> lines = adminLines.get(id);
            if (lines != null) {
                lines.add(reply.length() > 10 ? reply.substring(10) : "");
            }
            return;
        }
        Pending p = pending.get(id);
        if (p == null) {
            LOG.debug("reply for unknown or timed-out command #{}: {}", id, reply);
            return;
        }
        if (reply.startsWith("ERROR ")) {
            pending.remove(id);
            String[] w = reply.split(" ", 3);
            int code;
            try {
                code = Integer.parseInt(w[1]);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                code = CommunityException.BAD_REPLY;
            }
            p.future().completeExceptionally(new CommunityException(code, w.length > 2 ? w[2] : ""));
            return;
        }
        pending.remove(id);
        try {
            if (p.onReply() != null) {
                p.onReply().apply(reply);
            }
            p.future().complete(reply);
        } catch (RuntimeException e) {
            p.future().completeExceptionally(e);
        }
    }

    private void dispatch(String line, java.util.function.Consumer<CommunityListener> typed) {
        if (listeners.isEmpty()) {
            return;
        }
        events.execute(() -> {
            for (CommunityListener l : listeners) {
                try {
                    l.onLine(line);
                    if (typed != null) {
                        typed.accept(l);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("community listener failed on '{}'", line, e);
                }
            }
        });
    }

    private void shutdown(Throwable cause) {
        closed.set(true);
        if (ping != null) {
            ping.cancel(false);
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing community socket: {}", e.getMessage());
        }
        CommunityException gone = new CommunityException(CommunityException.CONNECTION_CLOSED,
                cause == null ? "connection closed" : "connection lost: " + cause.getMessage());
        for (String id : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(id);
            if (p != null) {
                p.future().completeExceptionally(gone);
            }
        }
        for (CallLeg leg : calls.values()) {
            CallStatus before = leg.status();
            leg.connectionLost();
            if (leg.status() != before) {
                events.execute(() -> leg.fire(leg.status(), "STATUS", leg.status().name()));
            }
        }
        if (cause != null) {
            LOG.info("community connection to {} lost: {}", socket.getRemoteSocketAddress(), cause.getMessage());
        }
        events.execute(() -> {
            for (CommunityListener l : listeners) {
                try {
                    l.onDisconnect(cause);
                } catch (RuntimeException e) {
                    LOG.warn("community listener failed on disconnect", e);
                }
            }
        });
        events.shutdown();
    }

    /** Closes the connection (the community hangs up this session's calls); idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close(); // the reader thread wakes up and runs shutdown(null)
            } catch (IOException e) {
                LOG.debug("closing community socket: {}", e.getMessage());
            }
            if (Thread.currentThread() == reader) {
                return;
            }
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static void requireWord(String word, String what) {
        if (word == null || word.isEmpty() || word.indexOf(' ') >= 0 || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be one word without spaces, got '" + word + "'");
        }
    }

    static String requireValue(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a value cannot contain line breaks");
        }
        return value;
    }

    static List<String> splitList(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return List.copyOf(result);
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CommunityException(CommunityException.BAD_REPLY, "expected a number, got '" + value + "'");
        }
    }
}
