package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CommandAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.ReloadEvent;
import org.asteriskjava.manager.response.CommandResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.strowger.itests.fixture.FixtureBundles;
import org.strowger.itests.fixture.FreePorts;

/**
 * The AMI of the built distribution, booted with {@code bin/start} and its shipped manager.conf
 * (port moved to a free one), driven by asterisk-java, the usual Java AMI client, and by raw sockets
 * for the framing rules of main/manager.c.
 */
public class ManagerDistroIT {

    private static final String USER = "admin";
    private static final String SECRET = "strowger";
    private static final long TIMEOUT_MS = 10_000;

    private static Path home;
    private static int amiPort;

    @BeforeClass
    public static void boot() throws Exception {
        Path distro = Path.of(System.getProperty("strowger.distro"));
        Path target = Path.of("target", "manager-it").toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", distro.toString());
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path shellCfg = home.resolve("etc/org.apache.karaf.shell.cfg");
        Files.writeString(shellCfg, Files.readString(shellCfg).replace("sshPort = 8101", "sshPort = " + FreePorts.pick()));
        amiPort = FreePorts.pick();
        Path managerConf = home.resolve("etc/pbx/manager.conf");
        String conf = Files.readString(managerConf);
        assertTrue("the shipped manager.conf listens on 5038", conf.contains("port = 5038"));
        Files.writeString(managerConf, conf.replace("port = 5038", "port = " + amiPort));

        // Another vendor's bundle adding an AMI action, dropped into deploy/ as an operator would.
        Path deploy = home.resolve("deploy");
        Files.createDirectories(deploy);
        Path echo = FixtureBundles.echoActionFile(target.resolve("fixtures"));
        Files.copy(echo, deploy.resolve(echo.getFileName()));

        ProcessBuilder start = new ProcessBuilder("bin/start").directory(home.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        start.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        if (!start.start().waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("bin/start did not return within 30 s");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Path log = home.resolve("data/log/karaf.log");
            if (Files.exists(log) && Files.readString(log).contains("Strowger fully booted")) {
                try (Raw probe = new Raw()) {
                    if (probe.line().startsWith("Asterisk Call Manager/")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the AMI did not come up within 90 s; see " + home.resolve("data/log/karaf.log"));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (home == null) {
            return;
        }
        Properties instances = new Properties();
        try (var in = Files.newInputStream(home.resolve("instances/instance.properties"))) {
            instances.load(in);
        }
        Optional<ProcessHandle> karaf = ProcessHandle.of(Long.parseLong(instances.getProperty("item.0.pid", "0")));
        run(home, "bin/stop");
        if (karaf.isPresent()) {
            karaf.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private static ManagerConnection connect() {
        return new ManagerConnectionFactory("127.0.0.1", amiPort, USER, SECRET).createManagerConnection();
    }

    @Test
    public void asteriskJavaLogsInWithMd5AndRunsPingCommandAndLogoff() throws Exception {
        ManagerConnection connection = connect();
        try {
            // ManagerConnectionImpl.doLogin: Challenge with AuthType MD5, then Login with the key
            connection.login("off");
            assertEquals(ManagerConnectionState.CONNECTED, connection.getState());
            // without CoreSettings asterisk-java asks "core show version"; a "Strowger ..." line matches no
            // Asterisk release, so it settles on its default version and carries on
            AsteriskVersion version = connection.getVersion();
            assertEquals(AsteriskVersion.DEFAULT_VERSION, version);

            ManagerResponse pong = connection.sendAction(new PingAction(), TIMEOUT_MS);
            assertEquals("Success", pong.getResponse());
            assertEquals("Pong", pong.getAttributes().get("ping"));

            ManagerResponse shown = connection.sendAction(new CommandAction("core show version"), TIMEOUT_MS);
            assertTrue(shown.getClass().getName(), shown instanceof CommandResponse);
            List<String> versionLines = ((CommandResponse) shown).getResult();
            assertTrue(String.valueOf(versionLines), versionLines.get(0).startsWith("Strowger "));

            List<String> modules = ((CommandResponse) connection.sendAction(new CommandAction("module show"),
                    TIMEOUT_MS)).getResult();
            assertTrue(String.valueOf(modules), modules.get(0).startsWith("Module "));
            assertTrue(String.valueOf(modules), modules.get(modules.size() - 1).matches("\\d+ modules? loaded"));
            assertTrue(String.valueOf(modules), modules.stream().anyMatch(l -> l.startsWith("manager.so ")));

            List<String> connected = ((CommandResponse) connection.sendAction(
                    new CommandAction("manager show connected"), TIMEOUT_MS)).getResult();
            // asterisk-java strips the Output lines' leading blanks
            assertTrue(String.valueOf(connected), connected.get(0).startsWith("Username         IP Address"));
            assertTrue(String.valueOf(connected), connected.stream().anyMatch(l -> l.startsWith("admin            127.0.0.1 ")));
            assertTrue(String.valueOf(connected), connected.get(connected.size() - 1).matches("\\d+ users connected\\."));
        } finally {
            connection.logoff();
        }
        assertEquals(ManagerConnectionState.DISCONNECTED, connection.getState());
    }

    @Test
    public void eventsOffKeepsEventsAwayAndEventsOnLetsThemThrough() throws Exception {
        ManagerConnection connection = connect();
        BlockingQueue<ReloadEvent> reloads = new LinkedBlockingQueue<>();
        connection.addEventListener(event -> {
            if (event instanceof ReloadEvent reload) {
                reloads.add(reload);
            }
        });
        try {
            connection.login();
            assertEquals("Events: Off", "Off", connection.sendAction(new EventsAction("off"), TIMEOUT_MS)
                    .getAttributes().get("events"));
            connection.sendAction(new CommandAction("module reload manager.so"), TIMEOUT_MS);
            assertEquals("On", connection.sendAction(new EventsAction("on"), TIMEOUT_MS).getAttributes().get("events"));
            connection.sendAction(new CommandAction("core reload"), TIMEOUT_MS);
            // the bus delivers events in order: had the first reload's event come through, it would come first
            ReloadEvent first = reloads.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertTrue("a Reload event after Events: on", first != null);
            assertNotEquals("manager.so", first.getModule());
        } finally {
            connection.logoff();
        }
    }

    @Test
    public void rawFramingRulesAndTheConnectionStaysOpen() throws Exception {
        try (Raw raw = new Raw()) {
            assertTrue(raw.line().startsWith("Asterisk Call Manager/"));
            raw.send("Action: Ping\r\nActionID: early\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: early", "Message: Permission denied"), raw.message());

            raw.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\nEvents: off\r\n\r\n");
            assertEquals(List.of("Response: Success", "Message: Authentication accepted"), raw.message());

            // no ActionID sent, none echoed
            raw.send("Action: Ping\r\n\r\n");
            List<String> pong = raw.message();
            assertEquals(List.of("Response: Success", "Ping: Pong"), pong.subList(0, 2));

            raw.send("Action: Ping\r\nX-Long: " + "x".repeat(2000) + "\r\nActionID: long\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: long", "Message: Failed to parse message: line too long"),
                    raw.message());

            StringBuilder many = new StringBuilder("Action: Ping\r\nActionID: many\r\n");
            for (int i = 0; i < 200; i++) {
                many.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
            }
            raw.send(many.append("\r\n").toString());
            assertEquals(List.of("Response: Error", "ActionID: many",
                    "Message: Too many lines in message or allocation failure"), raw.message());

            byte[] garbage = new byte[300];
            new Random(5038).nextBytes(garbage);
            for (int i = 0; i < garbage.length; i++) {
                // no line ends inside, so the garbage is one header line with no Action in it
                if (garbage[i] == '\n' || garbage[i] == '\r') {
                    garbage[i] = 'x';
                }
            }
            raw.out.write(garbage);
            raw.send("\r\n\r\n");
            assertEquals(List.of("Response: Error", "Message: Missing action in request"), raw.message());

            raw.send("Action: Ping\r\nActionID: still-open\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: still-open", "Ping: Pong"), raw.message().subList(0, 3));
        }
    }

    @Test
    public void wrongSecretIsRefusedAndTheConnectionClosed() throws Exception {
        try (Raw raw = new Raw()) {
            raw.line();
            raw.send("Action: Login\r\nUsername: admin\r\nSecret: wrong\r\nActionID: bad\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: bad", "Message: Authentication failed"), raw.message());
            assertNull(raw.line());
        }
    }

    @Test
    public void aClientThatNeverReadsDoesNotHoldUpAnotherClientsPing() throws Exception {
        try (Raw stalled = new Raw(); Raw other = new Raw()) {
            stalled.line();
            stalled.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\n\r\n");
            stalled.message();
            // ~5 MB of Pong replies that are never read: the server's send buffer and queue fill up
            Thread flood = new Thread(() -> {
                byte[] pings = "Action: Ping\r\n\r\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                try {
                    for (int i = 0; i < 16; i++) {
                        stalled.out.write(pings);
                    }
                } catch (IOException e) {
                    // the server gave up on the stalled client: expected
                }
            });
            flood.setDaemon(true);
            flood.start();
            flood.join(2000);

            other.line();
            other.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\nEvents: off\r\n\r\n");
            assertEquals("Message: Authentication accepted", other.message().get(1));
            for (int i = 0; i < 10; i++) {
                other.send("Action: Ping\r\nActionID: other-" + i + "\r\n\r\n");
                assertEquals(List.of("Response: Success", "ActionID: other-" + i, "Ping: Pong"),
                        other.message().subList(0, 3));
            }
        }
    }

    @Test
    public void anActionFromAnotherBundleWorksLikeTheCoreOnes() throws Exception {
        try (Raw raw = new Raw()) {
            raw.line();
            raw.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\nEvents: off\r\n\r\n");
            assertEquals("Response: Success", raw.message().get(0));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<String> reply;
            do {
                // fileinstall picks deploy/ up a moment after boot
                raw.send("Action: StrowgerEcho\r\nActionID: e1\r\nSay: hello there\r\n\r\n");
                reply = raw.message();
                if (!reply.get(0).equals("Response: Success")) {
                    Thread.sleep(300);
                }
            } while (!reply.get(0).equals("Response: Success") && System.nanoTime() < deadline);
            assertEquals(List.of("Response: Success", "ActionID: e1", "Message: Echo", "Said: hello there"), reply);

            raw.send("Action: ListCommands\r\n\r\n");
            List<String> commands = raw.message();
            assertTrue(String.valueOf(commands), commands.contains("StrowgerEcho: Says back what it was told.  (Priv: user,all)"));
        }
    }

    @Test
    public void originateAsyncAnswersAtOnceAndSendsOriginateResponse() throws Exception {
        ManagerConnection connection = connect();
        try {
            connection.login("off");
            OriginateAction originate = new OriginateAction();
            originate.setChannel("Local/600@demo");
            originate.setApplication("Wait");
            originate.setData("3");
            originate.setAsync(true);
            originate.setTimeout(10_000L);
            ResponseEvents events = connection.sendEventGeneratingAction(originate, TIMEOUT_MS);
            assertEquals("Originate successfully queued", events.getResponse().getMessage());
            OriginateResponseEvent result = events.getEvents().stream()
                    .filter(OriginateResponseEvent.class::isInstance).map(OriginateResponseEvent.class::cast)
                    .findFirst().orElseThrow();
            assertEquals("Success", result.getResponse());
            assertEquals(Integer.valueOf(4), result.getReason());
            assertTrue(result.getChannel(), result.getChannel().matches("Local/600@demo-[0-9a-f]{8};1"));

            // the call is up: CoreShowChannels lists both halves of the Local pair
            ResponseEvents channels = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), TIMEOUT_MS);
            List<String> names = channels.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                    .map(e -> ((CoreShowChannelEvent) e).getChannel()).toList();
            assertTrue(String.valueOf(names), names.contains(result.getChannel()));
            assertTrue(String.valueOf(names), names.contains(result.getChannel().replace(";1", ";2")));

            ManagerResponse missing = connection.sendAction(syncOriginate("Local/600@demo", "999"), TIMEOUT_MS);
            assertEquals("Error", missing.getResponse());
            assertEquals("Extension does not exist.", missing.getMessage());
            ManagerResponse sync = connection.sendAction(syncOriginate("Local/600@demo", "600"), TIMEOUT_MS);
            assertEquals("Success", sync.getResponse());
            assertEquals("Originate successfully queued", sync.getMessage());
        } finally {
            connection.sendAction(new CommandAction("channel request hangup all"), TIMEOUT_MS);
            connection.logoff();
        }
    }

    private static OriginateAction syncOriginate(String channel, String exten) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(channel);
        originate.setContext("demo");
        originate.setExten(exten);
        originate.setPriority(1);
        originate.setTimeout(10_000L);
        return originate;
    }

    @Test
    public void aSessionReadsOnlyTheEventClassesItsUserMayRead() throws Exception {
        try (Raw calls = new Raw(); Raw system = new Raw()) {
            calls.line();
            system.line();
            calls.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\nEvents: call\r\n\r\n");
            system.send("Action: Login\r\nUsername: admin\r\nSecret: strowger\r\nEvents: system\r\n\r\n");
            assertEquals("Response: Success", calls.message().get(0));
            assertEquals("Response: Success", system.message().get(0));
            system.send("Action: Originate\r\nChannel: Local/600@demo\r\nApplication: Wait\r\nData: 1\r\n"
                    + "Async: true\r\nActionID: o1\r\n\r\n");
            List<String> seenByCalls = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!seenByCalls.contains("Event: Hangup") && System.nanoTime() < deadline) {
                seenByCalls.addAll(calls.message());
            }
            assertTrue(String.valueOf(seenByCalls), seenByCalls.contains("Event: Newchannel"));
            assertTrue(String.valueOf(seenByCalls), seenByCalls.contains("Privilege: call,all"));
            assertFalse("dialplan-class events stay away", seenByCalls.contains("Event: Newexten"));
            // the system session saw its own reply (and FullyBooted, a system event), no call events
            system.send("Action: Ping\r\nActionID: after\r\n\r\n");
            List<String> seenBySystem = new ArrayList<>();
            List<String> message;
            do {
                message = system.message();
                seenBySystem.addAll(message);
            } while (!message.contains("ActionID: after"));
            assertTrue(String.valueOf(seenBySystem), seenBySystem.contains("ActionID: o1"));
            assertFalse(String.valueOf(seenBySystem), seenBySystem.contains("Event: Newchannel"));
            assertFalse(String.valueOf(seenBySystem), seenBySystem.contains("Event: Hangup"));
        }
    }

    /** A bare AMI connection, read byte by byte with CRLF checked. */
    private static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        final OutputStream out;

        Raw() throws IOException {
            socket = new Socket("127.0.0.1", amiPort);
            socket.setSoTimeout((int) TIMEOUT_MS);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    assertFalse("lines end in CRLF: " + line, line.length() == 0 || line.charAt(line.length() - 1) != '\r');
                    return line.substring(0, line.length() - 1);
                }
                line.append((char) c);
            }
            return null;
        }

        List<String> message() throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = line()) != null && !line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
