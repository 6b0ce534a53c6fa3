package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;

/**
 * The distribution's demo etc/pbx/community.conf: it reads, and a new user can log in with the README's password
 * and call at once (echo123, a SkypeOut number); the administrator may not log in from a PBX.
 */
public class DemoConfigTest {
    private static final Path DEMO = Path.of("..", "..", "karaf-distro", "src", "main", "distribution", "etc", "pbx",
            "community.conf");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void demoAccountsLogInAndCall() throws Exception {
        CommunityConfig cfg = Directories.readConfig(DEMO);
        assertEquals(2729, cfg.general().port());
        try (Directory directory = Directories.open(folder.getRoot().toPath().resolve("community.db"))) {
            directory.seed(cfg);
            CommunityServer server = CommunityServer.start(ServerSettings.of(cfg, "demo").withPort(0)
                    .withRtpPorts(46000, 46099), directory);
            try (TestClient austin = TestClient.loggedIn(server.address(), "austin_powers", "Mojo!1967", "DESKTOP");
                    TestClient james = TestClient.loggedIn(server.address(), "james_bond", "Sp3ctre!", "PBX");
                    TestClient admin = new TestClient(server.address())) {
                assertTrue(austin.command("SEARCH FRIENDS").contains("james_bond"));
                String call = austin.command("CALL echo123 MEDIA TCP CODECS 0").split(" ")[1];
                austin.await("CALL " + call + " STATUS INPROGRESS");
                String out = james.command("CALL +12564286000 MEDIA TCP CODECS 0").split(" ")[1];
                james.await("CALL " + out + " STATUS INPROGRESS");
                assertEquals("ERROR 403 only business accounts may log in from a PBX",
                        admin.login("bcp_admin", "Adm1n!strowger", "PBX"));
                assertTrue(admin.login("bcp_admin", "Adm1n!strowger", "DESKTOP").startsWith("LOGIN OK"));
            } finally {
                server.close();
            }
        }
    }
}
