package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;

/**
 * The silence and login limits (protocol section 2), shortened to seconds here. Each test shortens only the limit it
 * checks: a 1 s login limit would also cut off a login that a busy machine makes slow.
 */
public class TimeoutTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private Directory directory;
    private CommunityConfig cfg;
    private CommunityServer server;

    @Before
    public void openDirectory() throws Exception {
        Path conf = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(conf, ServerFixture.CONF);
        cfg = Directories.readConfig(conf);
        directory = Directories.open(folder.getRoot().toPath().resolve("community.db"));
        directory.seed(cfg);
    }

    private void startServer(int idleSeconds, int loginSeconds) {
        server = CommunityServer.start(ServerSettings.of(cfg, "test").withPort(0).withTimeouts(idleSeconds, loginSeconds),
                directory);
    }

    @After
    public void stop() {
        if (server != null) {
            server.close();
        }
        directory.close();
    }

    @Test
    public void connectionWithoutLoginIsClosed() throws Exception {
        startServer(60, 1);
        try (TestClient c = new TestClient(server.address())) {
            c.awaitClosed();
        }
    }

    @Test
    public void silentConnectionIsClosedAndPingsKeepItOpen() throws Exception {
        startServer(2, 60);
        try (TestClient pinger = TestClient.loggedIn(server.address(), "james_bond", "Sp3ctre!", "PBX");
                TestClient silent = TestClient.loggedIn(server.address(), "austin_powers", "Mojo!1967", "DESKTOP")) {
            // the pinger pings more often than the limit until the silent one is closed, then still gets answers
            long end = System.currentTimeMillis() + TestClient.WAIT_MILLIS;
            while (!silent.isClosed() && System.currentTimeMillis() < end) {
                assertEquals("PONG", pinger.command("PING"));
                TestClient.sleep(300);
            }
            silent.awaitClosed();
            assertEquals("PONG", pinger.command("PING"));
        }
    }
}
