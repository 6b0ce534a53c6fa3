package org.strowger.manager.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFiles;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.module.Reloadable;
import org.strowger.api.system.SystemInfo;

/**
 * The AMI server: listens on manager.conf's bindaddr:port, logs users in, runs their requests
 * through the {@link ActionTable} and fans the core's events out to the sessions. One event-bus
 * subscription serves every session; each event is rendered once.
 */
@Component(service = {ManagerServer.class, Reloadable.class}, immediate = true)
public final class ManagerServer implements AmiSession.SessionHost, Reloadable {

    /** How long a stopping manager lets its sessions write the Shutdown event. */
    private static final long SHUTDOWN_GRACE_NANOS = 1_000_000_000L;

    /** The AMI version of Asterisk 22, whose behaviour Strowger follows. */
    public static final String AMI_VERSION = "11.0.0";
    public static final String BANNER = "Asterisk Call Manager/" + AMI_VERSION;

    private static final Logger LOG = LoggerFactory.getLogger(ManagerServer.class);
    private static final int EVENT_QUEUE = 10_000;
    private static final Duration LOGIN_FAILURE_DELAY = Duration.ofSeconds(1);
    /** What {@code sscanf("%i")} reads: blanks, a sign, then hex (0x), octal (0) or decimal digits. */
    private static final Pattern SCANF_INT = Pattern.compile("^\\s*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))");

    private final ConfigFiles configFiles;
    private final ActionTable actions;
    private final SystemInfo system;
    private final Subscription subscription;
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ami-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ManagerConfig config = ManagerConfig.disabled();
    private ServerSocket listener;

    @Activate
    public ManagerServer(@Reference ConfigFiles configFiles, @Reference EventBus events,
            @Reference ActionTable actions, @Reference SystemInfo system) {
        this.configFiles = configFiles;
        this.actions = actions;
        this.system = system;
        ManagerConfig initial = readConfig();
        if (initial != null) {
            config = initial;
        }
        this.subscription = events.subscribe(this::broadcast, EVENT_QUEUE);
        watchdog.scheduleWithFixedDelay(this::closeOverdueSessions, 50, 50, TimeUnit.MILLISECONDS);
        listen();
    }

    @Deactivate
    public void deactivate() {
        subscription.close();
        watchdog.shutdownNow();
        stopListening();
        // Asterisk's last word to its managers (manager.c manager_shutdown), then every session ends.
        PbxEvent shutdown = PbxEvent.builder("Shutdown", EventCategory.SYSTEM)
                .field("Shutdown", "Cleanly").field("Restart", "False").build();
        String text = Wire.event(shutdown);
        sessions.forEach(session -> session.shutdown(shutdown.categoryMask(), text));
        long deadline = System.nanoTime() + SHUTDOWN_GRACE_NANOS;
        try {
            while (!sessions.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessions.forEach(AmiSession::close);
    }

    /** The port listened on (useful when manager.conf says 0), or -1 when the manager is disabled. */
    public synchronized int port() {
        return listener == null ? -1 : listener.getLocalPort();
    }

    /** One connection as {@code manager show connected} lists it; the perms are 0 until login. */
    public record ConnectedSession(String username, String address, long startEpochSecond, int id, int readPerm,
            int writePerm) {
    }

    /** The open connections, logged in or not, oldest first. */
    public List<ConnectedSession> connectedSessions() {
        return sessions.stream()
                .sorted(Comparator.comparingInt(AmiSession::id))
                .map(s -> new ConnectedSession(s.username(), s.remoteAddress().getAddress().getHostAddress(),
                        s.connectedEpochSecond(), s.id(), s.readMask(), s.writeMask()))
                .toList();
    }

    /** The manager.conf snapshot in use. */
    public ManagerConfig config() {
        return config;
    }

    /** Events the server has taken from the bus and offered to its sessions. */
    long deliveredEvents() {
        return subscription.delivered();
    }

    /** How many sessions are in a {@code WaitEvent}. */
    long waitingSessions() {
        return sessions.stream().filter(AmiSession::waitingForEvent).count();
    }

    @Override
    public ReloadResult reload() {
        ManagerConfig fresh = readConfig();
        if (fresh == null) {
            return ReloadResult.error("manager.conf has errors; keeping the running configuration");
        }
        ManagerConfig old = config;
        config = fresh;
        if (old.enabled() != fresh.enabled() || old.port() != fresh.port()
                || !old.bindAddress().equals(fresh.bindAddress())) {
            stopListening();
            listen();
        }
        return ReloadResult.success();
    }

    private ManagerConfig readConfig() {
        if (!configFiles.exists(ManagerConfig.FILE)) {
            LOG.info("No {}: the manager interface is disabled", ManagerConfig.FILE);
            return ManagerConfig.disabled();
        }
        try {
            return ManagerConfig.from(configFiles.load(ManagerConfig.FILE));
        } catch (ConfigException e) {
            LOG.error("Cannot use {}: {}", ManagerConfig.FILE, e.getMessage());
            return null;
        }
    }

    private synchronized void listen() {
        ManagerConfig current = config;
        if (!current.enabled()) {
            LOG.info("The manager interface is disabled (enabled=no in {})", ManagerConfig.FILE);
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(current.bindAddress()), current.port()));
            listener = socket;
            Thread acceptor = new Thread(() -> acceptLoop(socket), "ami-accept-" + socket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            LOG.info("Manager interface listening on {}:{}", current.bindAddress(), socket.getLocalPort());
        } catch (IOException e) {
            LOG.error("Unable to listen for manager connections on {}:{}: {}", current.bindAddress(), current.port(),
                    e.getMessage());
        }
    }

    private synchronized void stopListening() {
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException e) {
                LOG.debug("Closing the manager listener: {}", e.toString());
            }
            listener = null;
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("Accepting a manager connection failed: {}", e.getMessage());
                }
                continue;
            }
            long unauthenticated = sessions.stream().filter(s -> !s.authenticated()).count();
            if (unauthenticated >= config.authLimit()) {
                // session_do: beyond authlimit the connection is closed before the banner
                LOG.debug("Refusing manager connection from {}: authlimit reached", connection.getRemoteSocketAddress());
                try {
                    connection.close();
                } catch (IOException e) {
                    LOG.debug("Closing refused connection: {}", e.toString());
                }
                continue;
            }
            try {
                connection.setTcpNoDelay(true);
            } catch (IOException e) {
                LOG.debug("TCP_NODELAY: {}", e.toString());
            }
            AmiSession session = new AmiSession(connection, this);
            sessions.add(session);
            session.start(BANNER);
        }
    }

    private void closeOverdueSessions() {
        long now = System.nanoTime();
        long authTimeout = config.authTimeout().toNanos();
        for (AmiSession session : sessions) {
            if (session.overdue(now, authTimeout)) {
                session.close();
            }
        }
    }

    private void broadcast(PbxEvent event) {
        if (sessions.isEmpty()) {
            return;
        }
        String text = Wire.event(event);
        int mask = event.categoryMask();
        for (AmiSession session : sessions) {
            session.offerEvent(mask, text);
        }
    }

    @Override
    public void closed(AmiSession session) {
        sessions.remove(session);
        ManagerConfig.ManagerUser user = session.user();
        if (user != null && user.displayConnects()) {
            LOG.info("Manager '{}' logged off from {}", user.name(), session.remoteAddress().getAddress().getHostAddress());
        }
    }

    @Override
    public boolean process(AmiSession session, MessageReader.Message message) throws InterruptedException {
        ManagerRequest request = new ManagerRequest(message.headers());
        String actionId = request.actionId();
        if (message.tooManyHeaders()) {
            session.reply(Wire.response(ManagerResponse.error("Too many lines in message or allocation failure"), actionId));
            return true;
        }
        if (message.lineTooLong()) {
            session.reply(Wire.response(ManagerResponse.error("Failed to parse message: line too long"), actionId));
            return true;
        }
        String action = request.action();
        if (action.isEmpty()) {
            session.reply(Wire.response(ManagerResponse.error("Missing action in request"), actionId));
            return true;
        }
        boolean preLogin = action.equalsIgnoreCase("Login") || action.equalsIgnoreCase("Logoff")
                || action.equalsIgnoreCase("Challenge");
        if (!session.authenticated() && !preLogin) {
            session.reply(Wire.response(ManagerResponse.error("Permission denied"), actionId));
            return true;
        }
        if (action.equalsIgnoreCase("Login")) {
            return login(session, request);
        }
        ActionTable.RegisteredAction registered = actions.find(action);
        if (registered == null) {
            session.reply(Wire.response(ManagerResponse.error("Invalid/unknown command: " + action
                    + ". Use Action: ListCommands to show available commands."), actionId));
            return true;
        }
        if (registered.privilege() != 0 && (session.writeMask() & registered.privilege()) == 0) {
            session.reply(Wire.response(ManagerResponse.error("Permission denied"), actionId));
            return true;
        }
        if (action.equalsIgnoreCase("WaitEvent")) {
            return waitEvent(session, request);
        }
        ManagerResponse response;
        try {
            response = registered.action().handle(request, session);
        } catch (RuntimeException e) {
            LOG.error("Manager action {} failed", registered.name(), e);
            response = ManagerResponse.error("Internal Error");
        }
        if ("Goodbye".equals(response.status())) {
            session.replyAndClose(Wire.response(response, actionId));
            return false;
        }
        session.reply(Wire.response(response, actionId));
        return true;
    }

    /**
     * action_waitevent: waits for an event (any, even one this session does not receive), for a
     * request or for {@code Timeout} seconds, then replies, writes the events that came meanwhile
     * and {@code WaitEventComplete}. The session's own thread waits, as Asterisk's does.
     */
    private boolean waitEvent(AmiSession session, ManagerRequest request) throws InterruptedException {
        String actionId = request.actionId();
        try {
            session.awaitEvent(waitEventTimeout(request.get("Timeout")));
        } catch (InterruptedException e) {
            session.endWait();
            throw e;
        }
        StringBuilder out = new StringBuilder(
                Wire.response(ManagerResponse.success("Waiting for Event completed."), actionId));
        session.endWait().forEach(out::append);
        out.append("Event: WaitEventComplete").append(Wire.CRLF);
        if (!actionId.isEmpty()) {
            out.append("ActionID: ").append(actionId).append(Wire.CRLF);
        }
        session.reply(out.append(Wire.CRLF).toString());
        return true;
    }

    /**
     * The {@code Timeout} of WaitEvent in seconds as {@code sscanf("%i")} reads it (decimal, 0x hex or
     * 0 octal, after blanks and a sign); missing or unreadable means no limit (-1), as does anything
     * below -1.
     */
    static int waitEventTimeout(String text) {
        Matcher m = SCANF_INT.matcher(text);
        if (!m.find()) {
            return -1;
        }
        long value;
        try {
            if (m.group(2) != null) {
                value = Long.parseLong(m.group(2), 16);
            } else if (m.group(3) != null) {
                value = Long.parseLong(m.group(3), 8);
            } else {
                value = Long.parseLong(m.group(4));
            }
        } catch (NumberFormatException e) {
            value = Integer.MAX_VALUE;
        }
        if ("-".equals(m.group(1))) {
            value = -value;
        }
        return value < -1 ? -1 : (int) Math.min(value, Integer.MAX_VALUE);
    }

    /** action_login and authenticate in main/manager.c. */
    private boolean login(AmiSession session, ManagerRequest request) throws InterruptedException {
        String actionId = request.actionId();
        if (session.authenticated()) {
            session.reply(Wire.response(ManagerResponse.success("Already authenticated"), actionId));
            return true;
        }
        String username = request.get("Username");
        ManagerConfig.ManagerUser user = username.isEmpty() ? null : config.user(username);
        String address = session.remoteAddress().getAddress().getHostAddress();
        if (user == null || !user.acl().allows(session.remoteAddress().getAddress())
                || !secretMatches(user, request, session)) {
            LOG.warn("{} failed to authenticate as '{}'", address, username);
            Thread.sleep(LOGIN_FAILURE_DELAY.toMillis());
            session.replyAndClose(Wire.response(ManagerResponse.error("Authentication failed"), actionId));
            return false;
        }
        if (!user.allowMultipleLogin() && sessions.stream().anyMatch(s -> s != session && s.user() == user)) {
            LOG.warn("{} failed to authenticate as '{}': already logged in", address, user.name());
            Thread.sleep(LOGIN_FAILURE_DELAY.toMillis());
            session.replyAndClose(Wire.response(ManagerResponse.error("Login Already In Use"), actionId));
            return false;
        }
        int eventMask = Permissions.parseEventMask(request.get("Events"));
        session.authenticated(user, eventMask < 0 ? Permissions.ALL : eventMask);
        if (user.displayConnects()) {
            LOG.info("Manager '{}' logged on from {}", user.name(), address);
        }
        session.reply(Wire.response(ManagerResponse.success("Authentication accepted"), actionId));
        if ((session.eventMask() & EventCategory.SYSTEM.bit()) != 0 && system.fullyBooted()) {
            Instant now = Instant.now();
            session.send(PbxEvent.builder("FullyBooted", EventCategory.SYSTEM)
                    .field("Uptime", Duration.between(system.startupTime(), now).toSeconds())
                    .field("LastReload", Duration.between(system.lastReloadTime(), now).toSeconds())
                    .field("Status", "Fully Booted")
                    .build());
        }
        return true;
    }

    /** A user without a secret fails like a wrong secret; secrets are never logged. */
    private static boolean secretMatches(ManagerConfig.ManagerUser user, ManagerRequest request, AmiSession session) {
        if (user.secret() == null) {
            return false;
        }
        if (request.get("AuthType").equalsIgnoreCase("MD5")) {
            String key = request.get("Key");
            String challenge = session.currentChallenge();
            return !key.isEmpty() && !challenge.isEmpty() && md5Key(challenge, user.secret()).equals(key);
        }
        return user.secret().equals(request.get("Secret"));
    }

    /** The key an MD5 login sends: lower-case hex of md5(challenge + secret). */
    public static String md5Key(String challenge, String secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest((challenge + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
