package org.strowger.community.server.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigFiles;
import org.strowger.community.server.internal.EmbeddedCommunity;
import org.strowger.config.ConfigParser;

/**
 * The embedded component started as Karaf would (config directory from the core's ConfigFiles, store under
 * karaf.data), and the community:* commands on it.
 */
public class CommunityCommandsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private EmbeddedCommunity community;
    private Path data;

    @Before
    public void start() throws Exception {
        Path etc = folder.newFolder("etc", "pbx").toPath();
        data = folder.newFolder("data").toPath();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(etc.resolve("community.conf"), String.join("\n",
                "[general]", "port = " + port, "rtp_ports = 43000-43099",
                "[james_bond]", "type = business", "password = Sp3ctre!", "fullname = James Bond", "credit = 5000",
                "[skypein]", "+3227773333 = james_bond", ""));
        ConfigFiles files = new ConfigFiles() {
            @Override
            public Path directory() {
                return etc;
            }

            @Override
            public ConfigFile load(String fileName) throws ConfigException {
                // what core's ConfigFilesImpl does too
                return new ConfigParser(etc).parse(fileName);
            }

            @Override
            public boolean exists(String fileName) {
                return Files.isRegularFile(etc.resolve(fileName));
            }
        };
        Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> m.getName().equals("getVersion") ? new Version(0, 1, 0) : null);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getProperty" -> "karaf.data".equals(a[0]) ? data.toString() : null;
                    case "getBundle" -> bundle;
                    default -> null;
                });
        community = new EmbeddedCommunity(files, context);
        // the server starts on its own thread: wait until it answers
        long end = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                community.admin(List.of("show", "calls"));
                break;
            } catch (IllegalStateException e) {
                if (System.currentTimeMillis() > end) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @After
    public void stop() throws Exception {
        java.lang.reflect.Method stop = EmbeddedCommunity.class.getDeclaredMethod("stop");
        stop.setAccessible(true);
        stop.invoke(community);
    }

    private static <T extends CommunityCommand> String run(T command, EmbeddedCommunity c, String... words) throws Exception {
        command.getClass().getDeclaredField("community").set(command, c);
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) command.getClass().getDeclaredField("words").get(command);
        list.addAll(List.of(words));
        return command.render();
    }

    @Test
    public void storeIsUnderKarafData() {
        assertTrue(Files.isRegularFile(data.resolve("community").resolve("community.db")));
    }

    @Test
    public void commandsRunTheBusinessControlPanel() throws Exception {
        String show = run(new CommunityShowCommand(), community, "accounts");
        assertTrue(show, show.contains("james_bond"));
        String add = run(new CommunityAddCommand(), community, "account", "q_branch", "Gadgets!1", "business", "Q", "Branch");
        assertTrue(add, !add.startsWith("Error"));
        assertTrue(run(new CommunityShowCommand(), community, "accounts").contains("q_branch"));
        String credit = run(new CommunitySetCommand(), community, "credit", "q_branch", "1234");
        assertTrue(credit, !credit.startsWith("Error"));
        assertTrue(run(new CommunityShowCommand(), community, "account", "q_branch").contains("12.34"));
        assertEquals("0 active calls", run(new CommunityShowCommand(), community, "calls"));
        String removed = run(new CommunityRemoveCommand(), community, "account", "q_branch");
        assertTrue(removed, !removed.startsWith("Error"));
        assertTrue(!run(new CommunityShowCommand(), community, "accounts").contains("q_branch"));
    }

    @Test
    public void operatorErrorsAreOneLine() throws Exception {
        String bad = run(new CommunityShowCommand(), community, "everything");
        assertTrue(bad, bad.startsWith("Error: "));
        assertTrue(bad, !bad.contains("\tat "));
        String pstn = run(new CommunityPstnCommand(), community, "call", "+15551234567", "+3227773333");
        // james_bond is not logged in and has no forwarding: the PSTN call cannot ring
        assertTrue(pstn, pstn.startsWith("Error: cannot ring james_bond"));
    }
}
