package org.strowger.skype.engine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFiles;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.module.Reloadable;
import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.EngineSettings;
import org.strowger.api.skype.Registration;
import org.strowger.api.skype.SkypeAccount;
import org.strowger.api.skype.SkypeEngine;
import org.strowger.api.skype.SkypeEngineException;
import org.strowger.api.skype.SkypeEngineException.Reason;
import org.strowger.skype.engine.internal.link.ClientLink;
import org.strowger.skype.engine.internal.link.CommunityLink;

/**
 * The Skype engine service ({@code res_skypeforasterisk.so}). Reads chan_skype.conf's {@code [general]}
 * section once, at activation: as manual 3.1 says, {@code engine_directory}, {@code bind_*},
 * {@code disable_*} and {@code rtp_address} change only when the module is unloaded and loaded again,
 * so a reload only reports a file that now says something else.
 */
@Component(service = {SkypeEngine.class, Reloadable.class}, immediate = true)
public final class SkypeEngineService implements SkypeEngine, Reloadable {

    private static final Logger LOG = LoggerFactory.getLogger(DebugLog.ENGINE_CATEGORY);

    /** Framework property naming the spool directory (Asterisk's {@code astspooldir}). */
    static final String SPOOL_DIR_PROPERTY = "strowger.spool.dir";
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** How long a stopping engine waits for its accounts to log out. */
    private static final long LOGOUT_GRACE_MILLIS = 3000;

    private final ConfigFiles configFiles;
    private final EngineConfig config;
    private final String version;
    private final CommunityLink link;
    private final UserDb db;
    private final ExecutorService pool;
    private final ScheduledExecutorService scheduler;
    private final EngineContext context;
    private final ConcurrentSkipListMap<String, Account> accounts = new ConcurrentSkipListMap<>();
    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();
    private final DebugLog log;
    private volatile boolean debug;

    @Activate
    public SkypeEngineService(BundleContext bundleContext, @Reference ConfigFiles configFiles) {
        this(configFiles, readConfig(configFiles, spoolDirectory(bundleContext).resolve("skype")),
                bundleContext.getBundle().getVersion().toString(), null);
    }

    /**
     * @param link the community link, or {@code null} for the one over the community client library
     */
    SkypeEngineService(ConfigFiles configFiles, EngineConfig config, String version, CommunityLink link) {
        this.configFiles = configFiles;
        this.config = config;
        this.version = version;
        this.debug = config.debug();
        this.log = new DebugLog(DebugLog.ENGINE_CATEGORY, () -> debug);
        this.pool = Executors.newFixedThreadPool(4, threads("skype-engine"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("skype-engine-timer"));
        EngineSettings settings = config.settings();
        this.link = link != null ? link : new ClientLink(settings, COMMAND_TIMEOUT);
        this.db = openDb(settings.databaseDirectory());
        this.context = new EngineContext(this.link, settings, pool, scheduler, db, () -> debug, listeners,
                () -> ThreadLocalRandom.current().nextDouble(), COMMAND_TIMEOUT, PING_INTERVAL);
        LOG.info("Skype engine {} started: community {}, RTP on {}{}, database {}", version, settings.community(),
                settings.rtpAddress(), settings.disableUdp() ? " (UDP disabled: media through the community)" : "",
                db == null ? "none" : db.file());
    }

    private static UserDb openDb(Path directory) {
        try {
            return new UserDb(directory);
        } catch (IOException | RuntimeException e) {
            // the engine works without its cache; it only loses the buddy lists across restarts
            LOG.error("Cannot open the Skype engine database in {}: {}; buddy lists will not be kept across restarts",
                    directory, e.getMessage());
            return null;
        }
    }

    /** Asterisk's astspooldir: {@code strowger.spool.dir}, else {@code ${karaf.data}/spool}, else {@code data/spool}. */
    static Path spoolDirectory(BundleContext context) {
        String explicit = context.getProperty(SPOOL_DIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String karafData = context.getProperty("karaf.data");
        Path data = karafData != null ? Path.of(karafData) : Path.of("data");
        return data.resolve("spool").toAbsolutePath().normalize();
    }

    static EngineConfig readConfig(ConfigFiles files, Path databaseDirectory) {
        if (!files.exists(EngineConfig.FILE)) {
            LOG.info("No {}: the Skype engine uses its default settings", EngineConfig.FILE);
            return EngineConfig.defaults(databaseDirectory);
        }
        try {
            return EngineConfig.from(files.load(EngineConfig.FILE), databaseDirectory);
        } catch (ConfigException | IllegalArgumentException e) {
            LOG.error("Cannot use the [general] section of {}: {}; the Skype engine uses its default settings",
                    EngineConfig.FILE, e.getMessage());
            return EngineConfig.defaults(databaseDirectory);
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Deactivate
    public void deactivate() {
        List<CompletableFuture<Void>> logouts = new ArrayList<>();
        for (Account account : accounts.values()) {
            logouts.add(account.logout());
        }
        try {
            CompletableFuture.allOf(logouts.toArray(CompletableFuture[]::new))
                    .get(LOGOUT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.debug("Not every Skype account logged out in time: {}", e.getMessage());
        }
        accounts.values().forEach(Account::shutdown);
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        if (link instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the community link: {}", e.getMessage());
            }
        }
        if (db != null) {
            db.close();
        }
        LOG.info("Skype engine stopped");
    }

    @Override
    public ReloadResult reload() {
        EngineConfig fresh = readConfig(configFiles, config.settings().databaseDirectory());
        String changed = config.differencesFrom(fresh);
        if (!changed.isEmpty()) {
            // manual 3.1: these settings are not modified by a reload
            LOG.warn("{} changed {}: the Skype engine keeps its running settings until res_skypeforasterisk.so "
                    + "is unloaded and loaded again", EngineConfig.FILE, changed);
        }
        return ReloadResult.success();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public EngineSettings settings() {
        return config.settings();
    }

    @Override
    public SkypeAccount login(String username, String secret) throws SkypeEngineException {
        checkUsername(username);
        if (secret == null || secret.isEmpty()) {
            throw new SkypeEngineException(Reason.INVALID_VALUE, "Skype user " + username + " has no secret to log in with");
        }
        Account account = accounts.computeIfAbsent(username, name -> new Account(name, secret, context));
        log.debug("logging in Skype user {}", username);
        account.login(secret);
        return account;
    }

    @Override
    public SkypeAccount login(String username) throws SkypeEngineException {
        Account account = known(username);
        account.login(null);
        return account;
    }

    @Override
    public void logout(String username) throws SkypeEngineException {
        known(username).logout();
    }

    @Override
    public void remove(String username) {
        Account account = username == null ? null : accounts.remove(username);
        if (account != null) {
            account.logout().whenComplete((ok, e) -> account.shutdown());
            if (db != null) {
                db.forget(username);
            }
        }
    }

    private Account known(String username) throws SkypeEngineException {
        Account account = username == null ? null : accounts.get(username);
        if (account == null) {
            throw new SkypeEngineException(Reason.NO_SUCH_ACCOUNT, "no Skype user named '" + username
                    + "' in the engine (a user section of chan_skype.conf logs it in)");
        }
        return account;
    }

    private static void checkUsername(String username) throws SkypeEngineException {
        // the community's account names: a letter, then letters, digits, '.', '_' or '-'
        if (username == null || !username.matches("[A-Za-z][A-Za-z0-9._-]{0,63}")) {
            throw new SkypeEngineException(Reason.INVALID_VALUE, "'" + username
                    + "' is not a Skype name (a letter, then letters, digits, '.', '_' or '-')");
        }
    }

    @Override
    public Optional<SkypeAccount> account(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<SkypeAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public boolean isDebug() {
        return debug;
    }

    @Override
    public void setDebug(boolean on) {
        debug = on;
        LOG.info("Skype debugging {}", on ? "enabled" : "disabled");
    }

    @Override
    public Registration addListener(AccountListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
