package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.community.protocol.Scram;

/** Login over real sockets (protocol sections 2 and 3). */
public class LoginTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    @Test
    public void greetingAndPingWorkBeforeLogin() throws Exception {
        try (TestClient c = fx.connect()) {
            assertEquals("HELLO STROWGER-COMMUNITY 1 test", c.hello);
            assertEquals("PONG", c.command("PING"));
            assertEquals("ERROR 6 not logged in", c.command("GET USERSTATUS"));
            assertEquals("ERROR 10 AUTH without LOGIN", c.command("AUTH AAAA"));
            assertEquals("ERROR 1 unknown command FROB", c.command("FROB"));
        }
    }

    @Test
    public void rightPasswordLogsInAndServerProvesItself() throws Exception {
        try (TestClient c = fx.connect()) {
            // TestClient.login checks the server signature against the password
            assertTrue(c.login("james_bond", "Sp3ctre!", "PBX").startsWith("LOGIN OK james_bond "));
            assertEquals("USERSTATUS ONLINE", c.await(l -> l.startsWith("USERSTATUS")));
            assertEquals("ERROR 9 already logged in", c.command("LOGIN james_bond PBX " + Scram.newClientNonce()));
        }
    }

    @Test
    public void wrongPasswordIsDelayedDoubledLockedAndLoggedWithoutSecrets() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (TestClient c = fx.connect()) {
            long previous = 0;
            for (int i = 1; i <= 5; i++) {
                long start = System.nanoTime();
                assertEquals("ERROR 401 wrong user name or password", c.login("austin_powers", "Mojo!1968", "DESKTOP"));
                long took = (System.nanoTime() - start) / 1_000_000;
                // the delay the fixture configures: 100 ms doubling up to 400 ms; never shorter
                long delay = Math.min(100L << (i - 1), 400);
                assertTrue("failure " + i + " answered after " + took + " ms", took >= delay);
                previous = took;
            }
            assertTrue(previous >= 400);
            // five failures within the window: locked for this address, even with the right password
            String locked = c.command("LOGIN austin_powers DESKTOP " + Scram.newClientNonce());
            assertTrue(locked, locked.matches("ERROR 429 too many failed logins, retry in \\d+ s"));
            // other accounts from the same address are not locked
            assertTrue(c.login("james_bond", "Sp3ctre!", "DESKTOP").startsWith("LOGIN OK"));
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.contains("login failed for austin_powers from 127.0.0.1: wrong password"));
        assertFalse("the password is never logged", text.contains("Mojo!1968"));
        assertFalse(text.contains("AUTH "));
        assertFalse(text.contains("CHALLENGE"));
    }

    @Test
    public void unknownUserGetsAChallengeAndTheSame401() throws Exception {
        try (TestClient c = fx.connect()) {
            String first = c.command("LOGIN no_such_user DESKTOP " + Scram.newClientNonce());
            assertTrue(first, first.startsWith("CHALLENGE "));
            assertEquals("ERROR 401 wrong user name or password", c.command("AUTH " + Scram.b64(new byte[32])));
            String second = c.command("LOGIN no_such_user DESKTOP " + Scram.newClientNonce());
            // the same salt each time: probing cannot tell unknown users from known ones
            assertEquals(first.split(" ")[1], second.split(" ")[1]);
        }
    }

    @Test
    public void pbxLoginOfPersonalOrAdministratorAccountIsRefused() throws Exception {
        try (TestClient c = fx.connect()) {
            assertEquals("ERROR 403 only business accounts may log in from a PBX",
                    c.login("vanessa_k", "Vanessa#99", "PBX"));
            assertEquals("ERROR 403 only business accounts may log in from a PBX",
                    c.login("dr_evil_admin", "Mr.Bigglesworth", "PBX"));
            // the same accounts may use a desktop client
            assertTrue(c.login("dr_evil_admin", "Mr.Bigglesworth", "DESKTOP").startsWith("LOGIN OK"));
        }
    }

    @Test
    public void manyConcurrentLoginsAllSucceedAndShowPresence() throws Exception {
        Scram.Credentials shared =
                Scram.Credentials.derive("Shared-pass1");
        int n = 200;
        for (int i = 0; i < n; i++) {
            fx.directory.createAccount(String.format("agent_%03d", i), shared,
                    org.strowger.community.directory.AccountType.BUSINESS, "Agent " + i);
        }
        java.util.List<TestClient> clients = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            long start = System.nanoTime();
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = String.format("agent_%03d", i);
                done.add(pool.submit(() -> {
                    clients.add(TestClient.loggedIn(fx.address, name, "Shared-pass1", "PBX"));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(n + " logins over 16 threads in " + millis + " ms");
            assertEquals(n, clients.size());
            try (TestClient c = fx.connect()) {
                assertTrue(c.login("dr_evil_admin", "Mr.Bigglesworth", "DESKTOP").startsWith("LOGIN OK"));
                String id = c.send("ADMIN show accounts");
                c.await(l -> l.startsWith("#" + id + " ADMINLINE agent_199 "));
                c.await("#" + id + " ADMIN DONE");
            }
        } finally {
            pool.shutdownNow();
            for (TestClient c : clients) {
                c.close();
            }
        }
    }

    @Test
    public void badLoginArgumentsAreNamed() throws Exception {
        try (TestClient c = fx.connect()) {
            assertEquals("ERROR 4 invalid login mode PHONE (PBX or DESKTOP)",
                    c.command("LOGIN james_bond PHONE " + Scram.newClientNonce()));
            assertEquals("ERROR 4 invalid client nonce (not Base64)", c.command("LOGIN james_bond PBX !!!"));
            assertEquals("ERROR 5 missing client nonce", c.command("LOGIN james_bond PBX"));
        }
    }
}
