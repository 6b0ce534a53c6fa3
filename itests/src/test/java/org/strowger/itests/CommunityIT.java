package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.strowger.itests.fixture.FreePorts;


/**
 * The embedded community in a real container: feature {@code strowger-community} starts the server from
 * etc/pbx/community.conf (on a free port here) with its store under ${karaf.data}/community/, it answers the
 * protocol on TCP, and the {@code community:*} commands administer it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommunityIT extends StrowgerTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Configuration
    public Option[] config() {
        int port = FreePorts.pick();
        Path conf = Path.of("target", "fixtures", "community-it", "community.conf").toAbsolutePath();
        try {
            Files.createDirectories(conf.getParent());
            Files.writeString(conf, "[general]\nbind_address = 127.0.0.1\nport = " + port
                    + "\nrtp_address = 127.0.0.1\nrtp_ports = 45000-45099\n\n"
                    + "[james_bond]\ntype = business\npassword = Sp3ctre!\nfullname = James Bond\ncredit = 5000\n\n"
                    + "[skypein]\n+3227773333 = james_bond\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MavenArtifactUrlReference repository = maven().groupId("org.strowger").artifactId("strowger-features")
                .version(System.getProperty("strowger.version")).classifier("features").type("xml");
        return stockKarafWith(
                replaceConfigurationFile("etc/pbx/community.conf", conf.toFile()),
                features(repository, "strowger-community"),
                systemProperty("strowger.itest.communityPort").value(Integer.toString(port)));
    }

    private static int port() {
        return Integer.getInteger("strowger.itest.communityPort");
    }

    @Test
    public void embeddedServerAnswersTheProtocolAndTheCommandsAdministerIt() throws Exception {
        await("the community listening on " + port(), WAIT, () -> {
            try (Socket s = new Socket("127.0.0.1", port())) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        try (Socket s = new Socket("127.0.0.1", port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            assertTrue(in.readLine().startsWith("HELLO STROWGER-COMMUNITY 1 "));
            out.write("#1 PING\n#2 LOGIN james_bond PBX AAECAwQFBgcICQoLDA0ODxAR\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("#1 PONG", in.readLine());
            // the stored credentials' salt and count come back; the proof needs the password (tested in the module)
            assertTrue(in.readLine().matches("#2 CHALLENGE \\S+ 4096 AAECAwQFBgcICQoLDA0ODxAR\\S+"));
        }
        String accounts = executeCommand("community:show accounts");
        assertTrue(accounts, accounts.contains("james_bond"));
        assertTrue(accounts, accounts.contains("echo123"));
        String added = executeCommand("community:add account q_branch Gadgets!1 business Q Branch");
        assertTrue(added, !added.startsWith("Error"));
        assertTrue(executeCommand("community:show account q_branch").contains("Q Branch"));
        assertTrue(executeCommand("community:show calls").contains("0 active calls"));
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("karaf.data"), "community", "community.db")));
    }
}
