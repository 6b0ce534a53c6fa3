package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.AccountProperty;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.AuthorizationRequest;
import org.strowger.api.skype.Availability;
import org.strowger.api.skype.Buddy;
import org.strowger.api.skype.BuddyStatus;
import org.strowger.api.skype.EngineSettings;
import org.strowger.api.skype.SkypeAccount;
import org.strowger.api.skype.SkypeEngineException;
import org.strowger.skype.engine.internal.link.LinkException;

/** The account state machine against a fake community; expected values follow the design and the protocol document. */
public class AccountTest {

    private static final long WAIT = 10;

    private final FakeCommunity community = new FakeCommunity();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<AccountListener> engineListeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<AccountStatus> statuses = new LinkedBlockingQueue<>();
    private final BlockingQueue<Buddy> buddyChanges = new LinkedBlockingQueue<>();
    private final BlockingQueue<AuthorizationRequest> requests = new LinkedBlockingQueue<>();
    private Account account;

    @Before
    public void setUp() {
        EngineSettings settings = new EngineSettings(Path.of("/tmp"), "0.0.0.0", 0, false, false, "127.0.0.1",
                "127.0.0.1", 2729, Path.of("/tmp/skype"));
        // random 0: the shortest jitter, so the reconnect test waits 0.8 s
        EngineContext context = new EngineContext(community, settings, pool, scheduler, null, () -> false,
                engineListeners, () -> 0.0, Duration.ofSeconds(5), Duration.ofHours(1));
        account = new Account("james_bond", "Sp3ctre!", context);
        account.addListener(new AccountListener() {
            @Override
            public void statusChanged(SkypeAccount a, AccountStatus status) {
                statuses.add(status);
            }

            @Override
            public void buddyChanged(SkypeAccount a, Buddy buddy, BuddyStatus previous) {
                buddyChanges.add(buddy);
            }

            @Override
            public void authorizationRequested(SkypeAccount a, AuthorizationRequest request) {
                requests.add(request);
            }
        });
    }

    @After
    public void tearDown() {
        scheduler.shutdownNow();
        pool.shutdownNow();
    }

    private AccountStatus next() throws InterruptedException {
        AccountStatus status = statuses.poll(WAIT, TimeUnit.SECONDS);
        if (status == null) {
            throw new AssertionError("no status change; the account is " + account.status());
        }
        return status;
    }

    private void loggedIn() throws InterruptedException {
        account.login(null);
        assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, next());
        assertEquals(AccountStatus.CONNECTING_TO_SERVER, next());
        assertEquals(AccountStatus.LOGGING_IN, next());
        assertEquals(AccountStatus.INITIALIZING, next());
        assertEquals(AccountStatus.LOGGED_IN, next());
    }

    @Test
    public void loggingInGoesThroughTheManualsStatusesAndFillsTheCaches() throws Exception {
        loggedIn();
        assertEquals(Availability.ONLINE, account.availability());
        assertEquals("James Bond", account.property(AccountProperty.FULLNAME));
        assertEquals("5000", account.property(AccountProperty.SKYPEOUT_BALANCE));
        assertEquals("EUR", account.property(AccountProperty.SKYPEOUT_CURRENCY));
        assertEquals("Logged In", account.property(AccountProperty.STATUS));
        assertEquals(List.of("+12564286000", "austin_powers", "echo123"),
                account.buddies().stream().map(Buddy::name).toList());
        assertEquals(BuddyStatus.OFFLINE_VOICEMAIL_ENABLED, account.buddy("austin_powers").orElseThrow().status());
        assertEquals("Austin Powers", account.buddy("austin_powers").orElseThrow().fullname());
        assertEquals(BuddyStatus.ONLINE, account.buddy("echo123").orElseThrow().status());
        assertEquals(BuddyStatus.SKYPEOUT, account.buddy("+12564286000").orElseThrow().status());
    }

    @Test
    public void presenceNotificationsChangeTheDerivedStatus() throws Exception {
        loggedIn();
        buddyChanges.clear();
        community.notify("USER austin_powers ONLINESTATUS AWAY");
        Buddy changed = buddyChanges.poll(WAIT, TimeUnit.SECONDS);
        assertEquals("austin_powers", changed.name());
        assertEquals(BuddyStatus.AWAY, changed.status());
        community.notify("USER austin_powers ISAUTHORIZED FALSE");
        assertEquals(BuddyStatus.WAITING_FOR_AUTHORIZATION, buddyChanges.poll(WAIT, TimeUnit.SECONDS).status());
    }

    @Test
    public void authorisationRequestsAreKeptAndAnnounced() throws Exception {
        loggedIn();
        community.notify("USER dr_evil RECEIVEDAUTHREQUEST let me in, mojo");
        AuthorizationRequest request = requests.poll(WAIT, TimeUnit.SECONDS);
        assertEquals("dr_evil", request.from());
        assertEquals("let me in, mojo", request.message());
        assertEquals("james_bond", request.account());
        assertEquals(List.of(request), account.authorizationRequests());
    }

    @Test
    public void aWrongPasswordLogsOutAndDoesNotRetry() throws Exception {
        community.refuseLogin = new LinkException(401, "wrong user name or password");
        account.login(null);
        assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, next());
        assertEquals(AccountStatus.CONNECTING_TO_SERVER, next());
        assertEquals(AccountStatus.LOGGING_IN, next());
        assertEquals(AccountStatus.LOGGED_OUT, next());
        assertEquals("the community refused the login: wrong user name or password", account.lastError().orElseThrow());
        assertEquals(Availability.OFFLINE, account.availability());
        assertEquals(1, community.opens.get());
    }

    @Test
    public void aLostConnectionWaitsWithThePasswordSavedAndLogsInAgainByItself() throws Exception {
        loggedIn();
        community.drop();
        assertEquals(AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED, next());
        assertEquals(Availability.OFFLINE, account.availability());
        assertTrue(account.lastError().orElseThrow().contains("connection reset"));
        // back after the backoff, through the whole login again
        assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, next());
        assertEquals(AccountStatus.CONNECTING_TO_SERVER, next());
        assertEquals(AccountStatus.LOGGING_IN, next());
        assertEquals(AccountStatus.INITIALIZING, next());
        assertEquals(AccountStatus.LOGGED_IN, next());
        assertEquals(2, community.opens.get());
        assertFalse(account.lastError().isPresent());
    }

    @Test
    public void anUnreachableCommunityIsTriedAgain() throws Exception {
        community.unreachable = true;
        account.login(null);
        assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, next());
        assertEquals(AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED, next());
        community.unreachable = false;
        assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, next());
        assertEquals(AccountStatus.CONNECTING_TO_SERVER, next());
    }

    @Test
    public void loggingOutEndsLoggedOut() throws Exception {
        loggedIn();
        FakeCommunity.Session session = community.session;
        account.logout().get(WAIT, TimeUnit.SECONDS);
        assertEquals(AccountStatus.LOGGING_OUT, next());
        assertEquals(AccountStatus.LOGGED_OUT, next());
        assertTrue(session.closed);
        assertEquals(Availability.OFFLINE, account.availability());
    }

    @Test
    public void profilePropertiesGoToTheCommunityAndReadOnlyOnesAreRefused() throws Exception {
        loggedIn();
        account.setProperty(AccountProperty.CITY, "London").toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
        assertTrue(community.commands.contains("SET PROFILE CITY London"));
        await(() -> "London".equals(account.property(AccountProperty.CITY)));
        try {
            account.setProperty(AccountProperty.SKYPEOUT_BALANCE, "1").toCompletableFuture().join();
            throw new AssertionError("a read-only property was written");
        } catch (CompletionException e) {
            SkypeEngineException cause = (SkypeEngineException) e.getCause();
            assertEquals(SkypeEngineException.Reason.READ_ONLY, cause.reason());
            assertEquals("the account property skypeout_balance is read-only", cause.getMessage());
        }
        try {
            account.setProperty(AccountProperty.GENDER, "3").toCompletableFuture().join();
            throw new AssertionError("gender 3 was accepted");
        } catch (CompletionException e) {
            assertEquals("gender must be 1 (male), 2 (female) or 0 (unknown), not '3'", e.getCause().getMessage());
        }
        account.setProperty(AccountProperty.AVAILABILITY, "Skype Me").toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
        assertTrue(community.commands.contains("SET USERSTATUS SKYPEME"));
        await(() -> account.availability() == Availability.SKYPE_ME);
    }

    @Test
    public void commandsOfALoggedOutAccountFailWithItsStatus() {
        try {
            account.addBuddy("austin_powers", "hi").toCompletableFuture().join();
            throw new AssertionError("a logged-out account added a buddy");
        } catch (CompletionException e) {
            assertEquals("Skype user james_bond is not logged in (status: Logged Out)", e.getCause().getMessage());
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition never held");
            }
            Thread.sleep(10);
        }
    }
}
