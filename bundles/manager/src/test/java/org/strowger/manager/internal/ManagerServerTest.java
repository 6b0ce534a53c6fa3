package org.strowger.manager.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.module.ReloadResult;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.manager.internal.action.ChallengeAction;
import org.strowger.manager.internal.action.EventsAction;
import org.strowger.manager.internal.action.FilterAction;
import org.strowger.manager.internal.action.ListCommandsAction;
import org.strowger.manager.internal.action.LoginAction;
import org.strowger.manager.internal.action.LogoffAction;
import org.strowger.manager.internal.action.PingAction;

/** The server on a real socket (port 0 on loopback), spoken to byte for byte. */
public class ManagerServerTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private EventBusImpl bus;
    private ManagerServer server;
    private Path etc;

    @Before
    public void start() throws IOException {
        etc = folder.newFolder("etc").toPath();
        Files.writeString(etc.resolve("manager.conf"), String.join("\n",
                "[general]", "enabled = yes", "port = 0", "bindaddr = 127.0.0.1", "",
                "[admin]", "secret = s3cret", "read = system,call,user", "write = system,call", "",
                "[nopass]", "read = all", "write = all", ""));
        ActionTable actions = new ActionTable();
        register(actions, "Ping", "", new PingAction());
        register(actions, "Logoff", "", new LogoffAction());
        register(actions, "Login", "", new LoginAction());
        register(actions, "Challenge", "", new ChallengeAction());
        register(actions, "Events", "", new EventsAction());
        register(actions, "Filter", "system", new FilterAction());
        register(actions, "ListCommands", "", new ListCommandsAction(actions));
        register(actions, "Command", "command", (request, session) -> null);
        bus = new EventBusImpl();
        server = new ManagerServer(new ConfigFilesImpl(etc), bus, actions, new FakeSystemInfo(true));
    }

    private void awaitDelivered(long count) {
        while (server.deliveredEvents() < count) {
            Thread.onSpinWait();
        }
    }

    private static void register(ActionTable table, String name, String privilege, ManagerAction action) {
        table.add(new ActionTable.RegisteredAction(name, Permissions.parse(privilege), 0, action));
    }

    @After
    public void stop() {
        server.deactivate();
    }

    @Test
    public void loginPingUnknownActionLogoff() throws IOException {
        try (Client client = new Client(server.port())) {
            assertEquals("Asterisk Call Manager/11.0.0", client.line());

            client.send("Action: Ping\r\nActionID: early\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: early", "Message: Permission denied"), client.message());

            client.send("action: login\r\nusername: admin\r\nsecret: s3cret\r\nactionid: 1#\r\nevents: off\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: 1#", "Message: Authentication accepted"), client.message());

            client.send("Action: PING\r\nActionID: 1234_5#\r\n\r\n");
            List<String> pong = client.message();
            assertEquals(List.of("Response: Success", "ActionID: 1234_5#", "Ping: Pong"), pong.subList(0, 3));
            assertTrue(pong.get(3), pong.get(3).matches("Timestamp: \\d+\\.\\d{6}"));

            client.send("Action: Ping\r\n\r\n");
            assertEquals("Response: Success", client.message().get(0));

            client.send("Action: Bogus\r\nActionID: 9\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: 9",
                    "Message: Invalid/unknown command: Bogus. Use Action: ListCommands to show available commands."),
                    client.message());

            client.send("Action: Command\r\nCommand: core show version\r\n\r\n");
            assertEquals(List.of("Response: Error", "Message: Permission denied"), client.message());

            client.send("\r\n");
            assertEquals(List.of("Response: Error", "Message: Missing action in request"), client.message());

            client.send("Action: Logoff\r\nActionID: bye\r\n\r\n");
            assertEquals(List.of("Response: Goodbye", "ActionID: bye", "Message: Thanks for all the fish."),
                    client.message());
            assertEquals(null, client.line());
        }
    }

    @Test
    public void unauthenticatedConnectionsAreLimitedAndTimedOut() throws Exception {
        Files.writeString(etc.resolve("manager.conf"), String.join("\n",
                "[general]", "enabled = yes", "port = 0", "bindaddr = 127.0.0.1", "authtimeout = 1", "authlimit = 2", "",
                "[admin]", "secret = s3cret", "read = system", "write = system", ""));
        ReloadResult reloaded = server.reload();
        assertTrue(reloaded.toString(), reloaded.isSuccess());
        try (Client first = new Client(server.port()); Client second = new Client(server.port())) {
            assertEquals("Asterisk Call Manager/11.0.0", first.line());
            assertEquals("Asterisk Call Manager/11.0.0", second.line());
            try (Client third = new Client(server.port())) {
                assertNull("a third unauthenticated connection is over authlimit and closed", third.line());
            }
            second.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\nEvents: off\r\n\r\n");
            assertEquals("Response: Success", second.message().get(0));
            assertNull("an idle unauthenticated connection is closed after authtimeout", first.line());
            second.send("Action: Ping\r\n\r\n");
            assertEquals("the logged-in one stays", "Response: Success", second.message().get(0));
        }
    }

    @Test
    public void aStoppingManagerSaysShutdownThenCloses() throws IOException {
        try (Client client = new Client(server.port())) {
            client.line();
            client.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\nEvents: system\r\n\r\n");
            assertEquals("Response: Success", client.message().get(0));
            List<String> message = client.message();
            while (!message.isEmpty() && !message.get(0).equals("Event: Shutdown")) {
                if (message.get(0).equals("Event: FullyBooted")) {
                    server.deactivate();
                }
                message = client.message();
            }
            assertEquals(List.of("Event: Shutdown", "Privilege: system,all", "Shutdown: Cleanly", "Restart: False"),
                    message);
            assertEquals(null, client.line());
        }
    }

    @Test
    public void md5ChallengeLoginAndFullyBooted() throws IOException {
        try (Client client = new Client(server.port())) {
            client.line();
            client.send("Action: Challenge\r\nAuthType: plain\r\n\r\n");
            assertEquals(List.of("Response: Error", "Message: Must specify AuthType"), client.message());

            client.send("Action: Challenge\r\nAuthType: MD5\r\nActionID: c\r\n\r\n");
            List<String> reply = client.message();
            assertEquals(List.of("Response: Success", "ActionID: c"), reply.subList(0, 2));
            String challenge = reply.get(2).substring("Challenge: ".length());
            assertTrue(challenge, challenge.matches("\\d+"));

            client.send("Action: Challenge\r\nAuthType: md5\r\n\r\n");
            assertEquals("the challenge stays the same", "Challenge: " + challenge, client.message().get(1));

            client.send("Action: Login\r\nUsername: ADMIN\r\nAuthType: MD5\r\nKey: "
                    + ManagerServer.md5Key(challenge, "s3cret") + "\r\n\r\n");
            assertEquals(List.of("Response: Success", "Message: Authentication accepted"), client.message());
            List<String> booted = client.message();
            assertEquals(List.of("Event: FullyBooted", "Privilege: system,all"), booted.subList(0, 2));
            assertEquals("Status: Fully Booted", booted.get(booted.size() - 1));

            client.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\n\r\n");
            assertEquals(List.of("Response: Success", "Message: Already authenticated"), client.message());
        }
    }

    @Test
    public void md5KeyIsLowerCaseHexOfChallengeAndSecret() {
        // md5("1234" + "secret") computed independently: printf 1234secret | md5sum
        assertEquals("10b168cd4f742410888c3c110f7a7e71", ManagerServer.md5Key("1234", "secret"));
    }

    @Test
    public void wrongSecretAndPasswordlessUserFailAndClose() throws IOException {
        for (String login : List.of("Username: admin\r\nSecret: wrong", "Username: nopass\r\nSecret: ",
                "Username: nobody\r\nSecret: s3cret")) {
            try (Client client = new Client(server.port())) {
                client.line();
                client.send("Action: Login\r\n" + login + "\r\nActionID: x\r\n\r\n");
                assertEquals(List.of("Response: Error", "ActionID: x", "Message: Authentication failed"), client.message());
                assertEquals(null, client.line());
            }
        }
    }

    @Test
    public void eventsFollowTheMaskAndFilters() throws IOException {
        try (Client client = new Client(server.port())) {
            client.line();
            client.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\nEvents: call,user,log\r\n\r\n");
            assertEquals("Message: Authentication accepted", client.message().get(1));

            // log is not in the read mask and system not in the event mask: neither arrives; call does
            bus.publish(PbxEvent.builder("Logged", EventCategory.LOG).build());
            bus.publish(PbxEvent.builder("Booted", EventCategory.SYSTEM).build());
            bus.publish(PbxEvent.builder("Mixed", EventCategory.CALL, EventCategory.LOG).build());
            bus.publish(PbxEvent.builder("Newchannel", EventCategory.CALL).field("Channel", "Test/a-1").build());
            assertEquals(List.of("Event: Newchannel", "Privilege: call,all", "Channel: Test/a-1"), client.message());

            client.send("Action: Filter\r\nOperation: Add\r\nFilter: !Channel: Test/b\r\n\r\n");
            assertEquals(List.of("Response: Success", "Message: Success"), client.message());
            client.send("Action: Filter\r\nOperation: Add\r\nFilter: (\r\n\r\n");
            assertEquals(List.of("Response: Error",
                    "Message: Filter did not compile.  Check the syntax of the filter given."), client.message());
            client.send("Action: Filter\r\nOperation: Remove\r\n\r\n");
            assertEquals(List.of("Response: Error", "Message: Unknown operation"), client.message());

            bus.publish(PbxEvent.builder("Newchannel", EventCategory.CALL).field("Channel", "Test/b-2").build());
            bus.publish(PbxEvent.builder("Newchannel", EventCategory.CALL).field("Channel", "Test/c-3").build());
            assertEquals("Channel: Test/c-3", client.message().get(2));

            client.send("Action: Events\r\nEventMask: off\r\nActionID: e\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: e", "Events: Off"), client.message());
            client.send("Action: Events\r\nEventMask:\r\n\r\n");
            assertEquals(List.of("Response: Error", "Message: Invalid event mask"), client.message());
            long before = server.deliveredEvents();
            bus.publish(PbxEvent.builder("UserEvent", EventCategory.USER).field("UserEvent", "while off").build());
            awaitDelivered(before + 1);
            client.send("Action: Events\r\nEventMask: user\r\n\r\n");
            assertEquals(List.of("Response: Success", "Events: On"), client.message());
            bus.publish(PbxEvent.builder("UserEvent", EventCategory.USER).field("UserEvent", "after").build());
            assertEquals(List.of("Event: UserEvent", "Privilege: user,all", "UserEvent: after"), client.message());
        }
    }

    @Test
    public void listCommandsShowsWhatTheUserMayRunSorted() throws IOException {
        try (Client client = new Client(server.port())) {
            client.line();
            client.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\nEvents: off\r\n\r\n");
            client.message();
            client.send("Action: ListCommands\r\nActionID: l\r\n\r\n");
            List<String> lines = client.message();
            assertEquals(List.of("Response: Success", "ActionID: l",
                    "Challenge: Generate Challenge for MD5 Auth.  (Priv: <none>)",
                    "Events: Control Event Flow.  (Priv: <none>)",
                    "Filter: Dynamically add filters for the current manager session.  (Priv: system,all)",
                    "ListCommands: List available manager commands.  (Priv: <none>)",
                    "Login: Login Manager.  (Priv: <none>)",
                    "Logoff: Logoff Manager.  (Priv: <none>)",
                    "Ping: Keepalive command.  (Priv: <none>)"), lines);
            assertNotEquals("Command needs the command class", true, lines.stream().anyMatch(l -> l.startsWith("Command:")));
        }
    }

    @Test
    public void tooManyHeadersAndLongLinesKeepTheConnection() throws IOException {
        try (Client client = new Client(server.port())) {
            client.line();
            StringBuilder many = new StringBuilder("Action: Ping\r\nActionID: m\r\n");
            for (int i = 0; i < 10_000; i++) {
                many.append("X-").append(i).append(": v\r\n");
            }
            client.send(many + "\r\n");
            assertEquals(List.of("Response: Error", "ActionID: m",
                    "Message: Too many lines in message or allocation failure"), client.message());
            client.send("Action: Ping\r\nActionID: n\r\nX: " + "y".repeat(3000) + "\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: n", "Message: Failed to parse message: line too long"),
                    client.message());
            client.send("Action: Logoff\r\n\r\n");
            assertEquals("Response: Goodbye", client.message().get(0));
        }
    }

    /** A raw AMI client: reads CRLF lines, fails on a bare LF. */
    private static final class Client implements AutoCloseable {

        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000); // a safety net against a hang, not a measured limit
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** One CRLF-terminated line, or null at the end of the stream. */
        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    assertTrue("lines end in CRLF: " + line, line.length() > 0 && line.charAt(line.length() - 1) == '\r');
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
}
