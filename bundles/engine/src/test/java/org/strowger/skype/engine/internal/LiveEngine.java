package org.strowger.skype.engine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.CallLeg;
import org.strowger.api.skype.EngineSettings;
import org.strowger.api.skype.SkypeAccount;
import org.strowger.skype.engine.internal.link.ClientLink;

/**
 * The engine's account machinery wired as {@link SkypeEngineService} wires it, with the real {@link ClientLink}
 * to a real community, but with a chosen ping interval and command timeout (a test cannot wait the default 30 s
 * for a silent community to be noticed).
 */
final class LiveEngine implements AutoCloseable {

    static final long WAIT_SECONDS = 20;

    final ClientLink link;
    final EngineContext context;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Account> accounts = new CopyOnWriteArrayList<>();
    /** Status changes of every account, in order. */
    final BlockingQueue<AccountStatus> statuses = new LinkedBlockingQueue<>();
    /** Status changes by account. */
    private final java.util.Map<String, BlockingQueue<AccountStatus>> byAccount = new java.util.concurrent.ConcurrentHashMap<>();
    /** Incoming calls of every account. */
    final BlockingQueue<CallLeg> incoming = new LinkedBlockingQueue<>();

    LiveEngine(String host, int port, boolean disableUdp, Duration commandTimeout, Duration pingInterval) {
        EngineSettings settings = new EngineSettings(Path.of("/tmp"), "127.0.0.1", 0, false, disableUdp, "127.0.0.1",
                host, port, Path.of("/tmp/skype-unused"));
        link = new ClientLink(settings, commandTimeout);
        List<AccountListener> listeners = new CopyOnWriteArrayList<>();
        listeners.add(new AccountListener() {
            @Override
            public void statusChanged(SkypeAccount account, AccountStatus status) {
                statuses.add(status);
                queue(account.username()).add(status);
            }

            @Override
            public void incomingCall(SkypeAccount account, CallLeg leg) {
                incoming.add(leg);
            }
        });
        // random 0.5: the backoff without jitter (1 s, 2 s, 4 s ...)
        context = new EngineContext(link, settings, pool, scheduler, null, () -> false, listeners, () -> 0.5,
                commandTimeout, pingInterval);
    }

    LiveEngine(java.net.InetSocketAddress community, boolean disableUdp) {
        this(community.getHostString(), community.getPort(), disableUdp, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** Logs an account in and waits until it is Logged In. */
    Account login(String user, String password) throws InterruptedException {
        Account account = new Account(user, password, context);
        accounts.add(account);
        account.login(null);
        awaitStatus(user, AccountStatus.LOGGED_IN, WAIT_SECONDS);
        return account;
    }

    private BlockingQueue<AccountStatus> queue(String user) {
        return byAccount.computeIfAbsent(user, u -> new LinkedBlockingQueue<>());
    }

    /** Takes status changes (of any account) until {@code wanted} comes. */
    void awaitStatus(AccountStatus wanted) throws InterruptedException {
        awaitStatus(statuses, wanted, WAIT_SECONDS);
    }

    /** Takes status changes of one account until {@code wanted} comes, waiting at most {@code seconds}. */
    void awaitStatus(String user, AccountStatus wanted, long seconds) throws InterruptedException {
        awaitStatus(queue(user), wanted, seconds);
    }

    private void awaitStatus(BlockingQueue<AccountStatus> statuses, AccountStatus wanted, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            AccountStatus next = statuses.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("the account never became " + wanted.text() + "; accounts: " + accounts);
            }
            if (next == wanted) {
                return;
            }
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        for (Account account : accounts) {
            try {
                account.logout().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the community may be gone already
            }
            account.shutdown();
        }
        scheduler.shutdownNow();
        pool.shutdownNow();
        link.close();
    }
}
