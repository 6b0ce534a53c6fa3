package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.skype.AccountProperty;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.Availability;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.skype.Buddy;
import org.strowger.api.skype.CallEnd;
import org.strowger.api.skype.CallOptions;
import org.strowger.api.skype.CallStatus;
import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.protocol.LoginMode;

/**
 * The community fails under a logged-in engine: killed with {@code kill -9} and started again on the same
 * store and port, or frozen ({@code kill -STOP}) so that it stops answering without closing anything. The
 * engine's accounts must go to "Logged Out and Password Saved" and come back "Logged In" by themselves
 * (design: reconnect with backoff), and everything the community acknowledged before the kill must still be
 * there afterwards.
 */
public class CommunityFailureTest {

    private static final long WAIT = LiveEngine.WAIT_SECONDS;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void afterKill9AndRestartTheAccountComesBackByItselfWithEverythingAcknowledged() throws Exception {
        try (CommunityProcess community = new CommunityProcess(folder.getRoot().toPath())) {
            community.start();
            try (LiveEngine engine = new LiveEngine("127.0.0.1", community.port, false, Duration.ofSeconds(5),
                    Duration.ofSeconds(30))) {
                Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
                Account austin = engine.login(LiveCommunity.AUSTIN, LiveCommunity.AUSTIN_PASSWORD);
                // acknowledged changes: a profile property, a buddy, the availability, the credit
                james.setProperty(AccountProperty.CITY, "London").toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
                james.setProperty(AccountProperty.MOOD_TEXT, "shaken, not stirred").toCompletableFuture()
                        .get(WAIT, TimeUnit.SECONDS);
                james.addBuddy("felix_leiter", "CIA liaison").toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
                james.setAvailability(Availability.AWAY).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
                community.admin("set credit james_bond 1234 EUR", "Credit of james_bond set to 12.34 EUR");
                // a call in progress when the community dies
                EngineCallsTest.Recorder call = new EngineCallsTest.Recorder();
                austin.call("echo123", CallOptions.defaults(), call).toCompletableFuture().get(WAIT, TimeUnit.SECONDS);
                call.awaitStatus(CallStatus.INPROGRESS);

                community.kill();
                engine.awaitStatus(LiveCommunity.JAMES, AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED, WAIT);
                engine.awaitStatus(LiveCommunity.AUSTIN, AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED, WAIT);
                assertEquals(Availability.OFFLINE, james.availability());
                assertTrue(james.lastError().orElse(""), james.lastError().isPresent());
                CallEnd end = call.awaitEnd();
                assertEquals(CallStatus.FAILED, end.status());
                assertEquals(CallEnd.FAILURE_CONNECTION_LOST, end.failureCode());
                assertEquals(HangupCause.DESTINATION_OUT_OF_ORDER, end.cause());

                community.start();
                // the backoff (1 s, 2 s, 4 s, ...) decides when; the bound only stops a broken engine
                engine.awaitStatus(LiveCommunity.JAMES, AccountStatus.LOGGED_IN, 90);
                engine.awaitStatus(LiveCommunity.AUSTIN, AccountStatus.LOGGED_IN, 90);
                assertEquals(AccountStatus.LOGGED_IN, james.status());
                assertTrue("the lost call is gone: " + austin.calls(), austin.calls().isEmpty());
                // the engine read these again from the restarted community at login
                assertEquals("London", james.property(AccountProperty.CITY));
                assertEquals("shaken, not stirred", james.property(AccountProperty.MOOD_TEXT));
                assertEquals("1234", james.property(AccountProperty.SKYPEOUT_BALANCE));
                assertEquals("EUR", james.property(AccountProperty.SKYPEOUT_CURRENCY));
                Buddy felix = james.buddy("felix_leiter").orElseThrow(() -> new AssertionError(
                        "the buddy added before the kill is gone: " + james.buddies()));
                assertEquals("Felix Leiter", felix.fullname());
                LiveEngine.await("the availability chosen before the kill is back",
                        () -> james.availability() == Availability.AWAY);
            }
            // and the community itself says so to another client of the account
            try (CommunityClient desktop = CommunityClient.connect(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), community.port), ClientOptions.defaults())) {
                desktop.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD, LoginMode.DESKTOP)
                        .get(WAIT, TimeUnit.SECONDS);
                assertEquals("PROFILE CITY London", desktop.request("GET PROFILE CITY").get(WAIT, TimeUnit.SECONDS));
                assertEquals("PROFILE PSTN_BALANCE 1234",
                        desktop.request("GET PROFILE PSTN_BALANCE").get(WAIT, TimeUnit.SECONDS));
                assertTrue(desktop.searchFriends().get(WAIT, TimeUnit.SECONDS).contains("felix_leiter"));
            }
        }
    }

    @Test
    public void aFrozenCommunityIsNoticedByThePingAndTheAccountReturnsWhenItThaws() throws Exception {
        try (CommunityProcess community = new CommunityProcess(folder.getRoot().toPath())) {
            community.start();
            // a ping every second that must be answered within two: a frozen community is noticed quickly
            try (LiveEngine engine = new LiveEngine("127.0.0.1", community.port, false, Duration.ofSeconds(2),
                    Duration.ofSeconds(1))) {
                Account james = engine.login(LiveCommunity.JAMES, LiveCommunity.JAMES_PASSWORD);
                community.signal("STOP");
                try {
                    engine.awaitStatus(LiveCommunity.JAMES, AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED, WAIT);
                    assertTrue(james.lastError().orElse(""), james.lastError().orElse("").contains("PING"));
                } finally {
                    community.signal("CONT");
                }
                engine.awaitStatus(LiveCommunity.JAMES, AccountStatus.LOGGED_IN, 90);
                assertEquals(Availability.ONLINE, james.availability());
            }
        }
    }
}
