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

/** The silence and login limits (protocol section 2), shortened to 1 and 2 s here. */
public class TimeoutTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private Directory directory;
    private CommunityServer server;

    @Before
    public void start() throws Exception {
        Path conf = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(conf, ServerFixture.CONF);
        CommunityConfig cfg = Directories.readConfig(conf);
        directory = Directories.open(folder.getRoot().toPath().resolve("community.db"));
        directory.seed(cfg);
        server = CommunityServer.start(ServerSettings.of(cfg, "test").withPort(0).withTimeouts(2, 1), directory);
    }

    @After
    public void stop() {
        server.close();
        directory.close();
    }

    @Test
    public void connectionWithoutLoginIsClosed() throws Exception {
        try (TestClient c = new TestClient(server.address())) {
            c.awaitClosed();
        }
    }

    @Test
    public void silentConnectionIsClosedAndPingsKeepItOpen() throws Exception {
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
