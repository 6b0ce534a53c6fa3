package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.Availability;

/**
 * A wrong secret in chan_skype.conf against the real community: the account ends Logged Out without trying
 * again by itself (retrying would only lock the account, protocol section 3), says why, and neither the
 * engine's nor the community's log holds the secret or the login exchange.
 */
public class EngineLoginFaultTest {

    @Rule
    public final LiveCommunity community = new LiveCommunity();

    @Test
    public void aWrongSecretLogsOutOnceAndIsLoggedWithoutIt() throws Exception {
        String wrong = "Sp3ctre?wrong";
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Account james;
        try (LiveEngine engine = new LiveEngine(community.address(), false)) {
            james = new Account(LiveCommunity.JAMES, wrong, engine.context);
            james.login(null);
            engine.awaitStatus(AccountStatus.LOGGING_IN);
            engine.awaitStatus(AccountStatus.LOGGED_OUT);
            assertEquals("the community refused the login: wrong user name or password", james.lastError().orElseThrow());
            assertEquals(Availability.OFFLINE, james.availability());
            // a corrected secret (chan_skype.conf edited, "skype login user") logs in
            james.login(LiveCommunity.JAMES_PASSWORD);
            assertEquals(AccountStatus.CONNECTING_TO_P2P_NETWORK, engine.statuses.take());
            engine.awaitStatus(AccountStatus.LOGGED_IN);
            james.logout().get();
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.contains("login failed for james_bond from 127.0.0.1: wrong password"));
        // one failure only: the engine did not try the wrong secret again by itself
        assertEquals(text, 1, text.split("login failed for james_bond", -1).length - 1);
        assertTrue(text, text.contains("james_bond: the community refused the login: wrong user name or password"));
        assertFalse("the secret is never logged", text.contains(wrong));
        assertFalse("the right one neither", text.contains(LiveCommunity.JAMES_PASSWORD));
        assertFalse(text.contains("AUTH "));
        assertFalse(text.contains("CHALLENGE"));
    }
}
