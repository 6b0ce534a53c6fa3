package org.strowger.manager.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.manager.internal.ActionTable;
import org.strowger.manager.internal.FakeSystemInfo;
import org.strowger.manager.internal.ManagerServer;
import org.strowger.manager.internal.Permissions;
import org.strowger.manager.internal.action.PingAction;

/** The manager CLI texts, against a real server on a loopback port; formats from main/manager.c. */
public class ManagerShowCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path etc;
    private ActionTable actions;
    private ManagerServer server;

    @Before
    public void start() throws IOException {
        etc = folder.newFolder("etc").toPath();
        Files.writeString(etc.resolve("manager.conf"), String.join("\n",
                "[general]", "enabled = yes", "port = 0", "bindaddr = 127.0.0.1", "",
                "[admin]", "secret = s3cret", "read = system,call", "write = all", "permit = 127.0.0.1/32", "",
                "[monitor]", "read = all", "write = none", "allowmultiplelogin = no", ""));
        actions = new ActionTable();
        actions.add(new ActionTable.RegisteredAction("Ping", 0, 0, new PingAction()));
        actions.add(new ActionTable.RegisteredAction("Command", Permissions.parse("command"), 0, new ManagerAction() {
            @Override
            public ManagerResponse handle(org.strowger.api.manager.ManagerRequest request,
                    org.strowger.api.manager.ManagerSession session) {
                return ManagerResponse.success();
            }

            @Override
            public String synopsis() {
                return "Execute Asterisk CLI Command.";
            }
        }));
        server = new ManagerServer(new ConfigFilesImpl(etc), new EventBusImpl(), actions, new FakeSystemInfo(true));
    }

    @After
    public void stop() {
        server.deactivate();
    }

    private ManagerShowCommand show(String... words) {
        ManagerShowCommand command = new ManagerShowCommand();
        command.server = server;
        command.actions = actions;
        command.words = new ArrayList<>(List.of(words));
        return command;
    }

    @Test
    public void connectedListsEachSessionWithCFormatColumnsAndCount() throws Exception {
        assertEquals("  Username         IP Address                                               Start       Elapsed     "
                + "FileDes   HttpCnt   ReadPerms   WritePerms\n0 users connected.\n", show("connected").render());

        try (Socket loggedIn = new Socket("127.0.0.1", server.port());
                Socket anonymous = new Socket("127.0.0.1", server.port())) {
            login(loggedIn, "admin", "s3cret");
            readLine(anonymous.getInputStream());
            while (server.connectedSessions().size() < 2) {
                Thread.onSpinWait();
            }
            ManagerServer.ConnectedSession admin = server.connectedSessions().stream()
                    .filter(s -> s.username().equals("admin")).findFirst().orElseThrow();
            long now = admin.startEpochSecond() + 7;
            String[] lines = show("connected").connected(now).split("\n");
            assertEquals(4, lines.length);
            assertEquals("2 users connected.", lines[3]);
            String row = List.of(lines[1], lines[2]).stream().filter(l -> l.startsWith("  admin")).findFirst().orElseThrow();
            // %-15.15s %-55.55s %-10d %-10d %-8d %-8d %-10.10d %-10.10d: system,call = 3, all = 2147483647
            assertEquals(String.format("  %-15s  %-55s  %-10d  %-10d  %-8d  %-8d  %-10s  %-10s", "admin", "127.0.0.1",
                    admin.startEpochSecond(), 7, admin.id(), 0, "0000000003", "2147483647"), row);
            String other = lines[1].startsWith("  admin") ? lines[2] : lines[1];
            assertTrue(other, other.startsWith("  " + " ".repeat(15) + "  127.0.0.1"));
            assertTrue(other, other.endsWith("  0000000000  0000000000"));
        }
    }

    @Test
    public void usersAndUserNeverShowTheSecret() {
        assertEquals("\nusername\n--------\nadmin\nmonitor\n-------------------\n2 manager users configured.\n",
                show("users").render());
        String admin = show("user", "ADMIN").render();
        assertEquals("\n"
                + "          username: admin\n"
                + "            secret: <Set>\n"
                + "               ACL: yes\n"
                + "         read perm: system,call\n"
                + "        write perm: " + allClasses() + ",all\n"
                + "   displayconnects: yes\n"
                + "allowmultiplelogin: yes\n"
                + "         Variables: \n", admin);
        assertFalse(admin.contains("s3cret"));
        String monitor = show("user", "monitor").render();
        assertTrue(monitor, monitor.contains("            secret: (N/A)\n               ACL: no\n"));
        assertTrue(monitor, monitor.contains("        write perm: <none>\n"));
        assertTrue(monitor, monitor.contains("allowmultiplelogin: no\n"));
        assertEquals("There is no manager called nobody\n", show("user", "nobody").render());
        assertEquals(ManagerShowCommand.USAGE_USER, show("user").render());
    }

    private static String allClasses() {
        return String.join(",", List.of(org.strowger.api.event.EventCategory.values()).stream()
                .map(org.strowger.api.event.EventCategory::label).toList());
    }

    @Test
    public void commandsAlignNamesToTheLongestAndCommandShowsPrivilege() {
        assertEquals("  Action   Synopsis\n"
                + "  ------   --------\n"
                + "  Command  Execute Asterisk CLI Command.\n"
                + "  Ping     Keepalive command.\n", show("commands").render());
        assertEquals("Action: Command\nSynopsis: Execute Asterisk CLI Command.\nPrivilege: command,all\n\n"
                + "Action: Ping\nSynopsis: Keepalive command.\nPrivilege: <none>\n\n",
                show("command", "ping", "COMMAND", "nosuch").render());
        assertEquals(ManagerShowCommand.USAGE_COMMAND, show("command").render());
    }

    @Test
    public void settingsShowTheBoundAddress() {
        String settings = show("settings").render();
        assertTrue(settings, settings.startsWith("\nGlobal Settings:\n----------------\n"
                + "  Manager (AMI):             Yes            \n"
                + "  Web Manager (AMI/HTTP):    No             \n"
                + "  TCP Bindaddress:           127.0.0.1:" + server.port()));
        assertTrue(settings, settings.contains("  Allow multiple login:      Yes            \n"));
        assertTrue(settings, settings.endsWith("  Debug:                     No             \n"));
    }

    @Test
    public void unknownTopicAndExtraWordsGiveCliTexts() {
        assertEquals("No such command 'manager show bogus' (type 'core show help manager show' for other possible commands)\n",
                show("bogus").render());
        assertEquals(ManagerShowCommand.USAGE_CONNECTED, show("connected", "x").render());
        assertEquals(ManagerShowCommand.USAGE_SETTINGS, show("settings", "x").render());
    }

    @Test
    public void reloadPicksUpNewUsersSilently() throws IOException {
        Files.writeString(etc.resolve("manager.conf"), String.join("\n",
                "[general]", "enabled = yes", "port = 0", "bindaddr = 127.0.0.1", "", "[third]", "secret = x", ""));
        ManagerReloadCommand reload = new ManagerReloadCommand();
        reload.server = server;
        assertEquals("", reload.render());
        assertEquals("\nusername\n--------\nthird\n-------------------\n1 manager users configured.\n",
                show("users").render());
        reload.extra = List.of("now");
        assertEquals(ManagerReloadCommand.USAGE, reload.render());
    }

    private static void login(Socket socket, String user, String secret) throws IOException {
        InputStream in = socket.getInputStream();
        readLine(in);
        OutputStream out = socket.getOutputStream();
        out.write(("Action: Login\r\nUsername: " + user + "\r\nSecret: " + secret + "\r\nEvents: off\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        String line;
        boolean accepted = false;
        while (!(line = readLine(in)).isEmpty()) {
            accepted |= line.equals("Message: Authentication accepted");
        }
        assertTrue(accepted);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
