package org.strowger.manager.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.manager.internal.action.LoginAction;
import org.strowger.manager.internal.action.WaitEventAction;

/** WaitEvent on a real TCP session, as main/manager.c action_waitevent answers it. */
public class WaitEventTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private EventBusImpl bus;
    private ManagerServer server;

    @Before
    public void start() throws IOException {
        Path etc = folder.newFolder("etc").toPath();
        Files.writeString(etc.resolve("manager.conf"), String.join("\n",
                "[general]", "enabled = yes", "port = 0", "bindaddr = 127.0.0.1", "",
                "[admin]", "secret = s3cret", "read = system,user", "write = none", ""));
        ActionTable actions = new ActionTable();
        actions.add(new ActionTable.RegisteredAction("Login", 0, 0, new LoginAction()));
        actions.add(new ActionTable.RegisteredAction("WaitEvent", 0, 0, new WaitEventAction()));
        bus = new EventBusImpl();
        server = new ManagerServer(new ConfigFilesImpl(etc), bus, actions, new FakeSystemInfo(false));
    }

    @After
    public void stop() {
        server.deactivate();
    }

    @Test
    public void anEventEndsTheWaitAndFollowsTheReply() throws IOException {
        try (Client client = loggedIn()) {
            client.send("Action: WaitEvent\r\nActionID: w1\r\nTimeout: 600\r\n\r\n");
            awaitWaiting();
            bus.publish(PbxEvent.builder("UserEvent", EventCategory.USER).field("UserEvent", "ring").build());
            assertEquals(List.of("Response: Success", "ActionID: w1", "Message: Waiting for Event completed."),
                    client.message());
            assertEquals(List.of("Event: UserEvent", "Privilege: user,all", "UserEvent: ring"), client.message());
            assertEquals(List.of("Event: WaitEventComplete", "ActionID: w1"), client.message());
        }
    }

    @Test
    public void anEventTheSessionDoesNotReadStillEndsTheWait() throws IOException {
        // action_waitevent stops on any new event in the queue, then sends only those the session may read.
        try (Client client = loggedIn()) {
            client.send("Action: WaitEvent\r\nTimeout: 600\r\n\r\n");
            awaitWaiting();
            bus.publish(PbxEvent.builder("Newchannel", EventCategory.CALL).field("Channel", "Test/a-1").build());
            assertEquals(List.of("Response: Success", "Message: Waiting for Event completed."), client.message());
            assertEquals(List.of("Event: WaitEventComplete"), client.message());
        }
    }

    @Test
    public void theTimeoutEndsAWaitWithoutEvents() throws IOException {
        try (Client client = loggedIn()) {
            client.send("Action: WaitEvent\r\nActionID: t\r\nTimeout: 1\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: t", "Message: Waiting for Event completed."),
                    client.message());
            assertEquals(List.of("Event: WaitEventComplete", "ActionID: t"), client.message());
            client.send("Action: WaitEvent\r\nActionID: z\r\nTimeout: 0\r\n\r\n");
            assertEquals("Message: Waiting for Event completed.", client.message().get(2));
            assertEquals(List.of("Event: WaitEventComplete", "ActionID: z"), client.message());
        }
    }

    @Test
    public void aNewRequestEndsTheWait() throws IOException {
        try (Client client = loggedIn()) {
            client.send("Action: WaitEvent\r\nActionID: a\r\n\r\n");
            awaitWaiting();
            client.send("Action: WaitEvent\r\nActionID: b\r\nTimeout: 0\r\n\r\n");
            assertEquals("ActionID: a", client.message().get(1));
            assertEquals(List.of("Event: WaitEventComplete", "ActionID: a"), client.message());
            assertEquals("ActionID: b", client.message().get(1));
            assertEquals(List.of("Event: WaitEventComplete", "ActionID: b"), client.message());
        }
    }

    @Test
    public void theTimeoutIsReadAsScanfReadsAnInteger() {
        assertEquals(-1, ManagerServer.waitEventTimeout(""));
        assertEquals(-1, ManagerServer.waitEventTimeout("soon"));
        assertEquals(-1, ManagerServer.waitEventTimeout("-5"));
        assertEquals(5, ManagerServer.waitEventTimeout(" 5s"));
        assertEquals(16, ManagerServer.waitEventTimeout("0x10"));
        assertEquals(8, ManagerServer.waitEventTimeout("010"));
        assertEquals(0, ManagerServer.waitEventTimeout("0"));
    }

    private Client loggedIn() throws IOException {
        Client client = new Client(server.port());
        client.message();
        client.send("Action: Login\r\nUsername: admin\r\nSecret: s3cret\r\n\r\n");
        assertEquals("Message: Authentication accepted", client.message().get(1));
        return client;
    }

    private void awaitWaiting() {
        while (server.waitingSessions() == 0) {
            Thread.onSpinWait();
        }
    }

    /** Reads CRLF lines; the banner counts as a one-line message. */
    private static final class Client implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        List<String> message() throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                assertTrue("CRLF line ends", line.length() > 0 && line.charAt(line.length() - 1) == '\r');
                String text = line.substring(0, line.length() - 1);
                line.setLength(0);
                if (text.isEmpty() || text.startsWith("Asterisk Call Manager/")) {
                    if (text.startsWith("Asterisk")) {
                        lines.add(text);
                    }
                    return lines;
                }
                lines.add(text);
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
