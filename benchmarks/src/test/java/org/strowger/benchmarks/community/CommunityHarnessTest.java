package org.strowger.benchmarks.community;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.server.internal.CommunityServer;
import org.strowger.community.server.internal.ServerSettings;

/** The harnesses' own parts against a real community server: the seeded ring and the lean clients' protocol. */
public class CommunityHarnessTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void everyAccountOfTheRingHasItsBuddiesMutuallyAuthorised() throws Exception {
        try (Directory d = Directories.open(folder.getRoot().toPath().resolve("c.db"))) {
            CommunitySeed.seed(d, 10, 4);
            for (int i = 0; i < 10; i++) {
                List<String> expected = new java.util.ArrayList<>();
                for (int delta : new int[] {-2, -1, 1, 2}) {
                    expected.add(CommunitySeed.name(Math.floorMod(i + delta, 10)));
                }
                expected.sort(null);
                assertEquals(expected, d.buddies(CommunitySeed.name(i)));
                assertEquals(expected, d.watchers(CommunitySeed.name(i)));
            }
        }
    }

    @Test
    public void leanClientsLogInAndSeeTheirBuddiesPresence() throws Exception {
        try (Directory d = Directories.open(folder.getRoot().toPath().resolve("c.db"))) {
            CommunitySeed.seed(d, 3, 2);
            CommunityServer server = CommunityServer.start(
                    ServerSettings.of(CommunityConfig.defaults(), "test").withPort(0).withRtpPorts(40000, 40009), d);
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            try (LeanClients clients = new LeanClients(server.address(), true, (c, line, nanos) -> lines.add(c.user + ": " + line))) {
                LeanClients.Conn first = clients.connect(0, CommunitySeed.name(0), CommunitySeed.PASSWORD).get(30, TimeUnit.SECONDS);
                clients.connect(1, CommunitySeed.name(1), CommunitySeed.PASSWORD).get(30, TimeUnit.SECONDS);
                first.send("#s SET USERSTATUS AWAY");
                // u00001 is u00000's buddy: it is told; the SCRAM exchange was checked both ways on the way in
                String expected = "u00001: USER u00000 ONLINESTATUS AWAY";
                String line;
                boolean seen = false;
                while (!seen && (line = lines.poll(30, TimeUnit.SECONDS)) != null) {
                    seen = line.equals(expected);
                }
                assertTrue("never received '" + expected + "'", seen);
                // one PBKDF2 for both logins: the accounts share their credentials
                assertEquals(1, clients.pbkdf2Calls.get());
            } finally {
                server.close();
            }
        }
    }
}
