package org.strowger.manager.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.manager.internal.ActionTable;
import org.strowger.manager.internal.ActionTable.RegisteredAction;
import org.strowger.manager.internal.ManagerConfig;
import org.strowger.manager.internal.ManagerServer;
import org.strowger.manager.internal.ManagerServer.ConnectedSession;
import org.strowger.manager.internal.Permissions;

/**
 * {@code manager show connected|commands|command|users|user|settings}: Karaf has one command per
 * scope and name, so {@code manager:show} dispatches on its first word to the texts of Asterisk's
 * main/manager.c handlers.
 */
@Service
@Command(scope = "manager", name = "show", description = "Show manager connections, actions, users and settings "
        + "(Asterisk: manager show connected|commands|command|users|user|settings)")
public class ManagerShowCommand extends ManagerCliCommand {

    static final String USAGE_CONNECTED = "Usage: manager show connected\n"
            + "\tPrints a listing of the users that are currently connected to the\n"
            + "Asterisk manager interface.\n";
    static final String USAGE_COMMANDS = "Usage: manager show commands\n"
            + "\tPrints a listing of all the available Asterisk manager interface commands.\n";
    static final String USAGE_COMMAND = "Usage: manager show command <actionname> [<actionname> [<actionname> [...]]]\n"
            + "\tShows the detailed description for a specific Asterisk manager interface command.\n";
    static final String USAGE_USERS = "Usage: manager show users\n"
            + "       Prints a listing of all managers that are currently configured on that\n"
            + " system.\n";
    static final String USAGE_USER = " Usage: manager show user <user>\n"
            + "        Display all information related to the manager user specified.\n";
    static final String USAGE_SETTINGS = "Usage: manager show settings\n"
            + "       Provides detailed list of the configuration of the Manager.\n";

    /** MGR_SHOW_TERMINAL_WIDTH: manager show commands cuts synopses to fit. */
    private static final int TERMINAL_WIDTH = 80;

    @Reference
    ManagerServer server;

    @Reference
    ActionTable actions;

    @Argument(index = 0, name = "what", description = "connected, commands, command <action>..., users, user <name> or settings",
            multiValued = true)
    List<String> words = new ArrayList<>();

    @Override
    String render() {
        String topic = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return switch (topic) {
            case "connected" -> rest.isEmpty() ? connected(System.currentTimeMillis() / 1000) : USAGE_CONNECTED;
            case "commands" -> rest.isEmpty() ? commands() : USAGE_COMMANDS;
            case "command" -> rest.isEmpty() ? USAGE_COMMAND : command(rest);
            case "users" -> rest.isEmpty() ? users() : USAGE_USERS;
            case "user" -> rest.size() == 1 ? user(rest.get(0)) : USAGE_USER;
            case "settings" -> rest.isEmpty() ? settings() : USAGE_SETTINGS;
            // the CLI's answer to a line no command matches (cli.c ast_cli_command_full)
            default -> "No such command 'manager show" + (words.isEmpty() ? "" : " " + String.join(" ", words))
                    + "' (type 'core show help manager show' for other possible commands)\n";
        };
    }

    /** handle_showmanconn. C's {@code %-10.10d} pads the perms with zeros to ten digits. */
    String connected(long now) {
        String heading = "  %-15.15s  %-55.55s  %-10.10s  %-10.10s  %-8.8s  %-8.8s  %-10.10s  %-10.10s\n";
        StringBuilder out = new StringBuilder(String.format(heading,
                "Username", "IP Address", "Start", "Elapsed", "FileDes", "HttpCnt", "ReadPerms", "WritePerms"));
        List<ConnectedSession> sessions = server.connectedSessions();
        for (ConnectedSession session : sessions) {
            out.append(String.format("  %-15.15s  %-55.55s  %-10d  %-10d  %-8d  %-8d  %-10s  %-10s\n",
                    session.username(), session.address(), session.startEpochSecond(),
                    now - session.startEpochSecond(), session.id(), 0,
                    zeroPadded(session.readPerm()), zeroPadded(session.writePerm())));
        }
        return out.append(sessions.size()).append(" users connected.\n").toString();
    }

    private static String zeroPadded(int value) {
        return value < 0 ? "-" + String.format("%010d", -(long) value) : String.format("%010d", value);
    }

    /** handle_showmancmds: the name column as wide as the longest name, synopses cut at the terminal width. */
    private String commands() {
        List<RegisteredAction> sorted = actions.sorted();
        int nameWidth = 1;
        for (RegisteredAction action : sorted) {
            nameWidth = Math.max(nameWidth, action.name().length());
        }
        int room = Math.max(0, TERMINAL_WIDTH - nameWidth - 4);
        StringBuilder out = new StringBuilder();
        commandRow(out, nameWidth, room, "Action", "Synopsis");
        commandRow(out, nameWidth, room, "------", "--------");
        for (RegisteredAction action : sorted) {
            commandRow(out, nameWidth, room, action.name(), action.action().synopsis());
        }
        return out.toString();
    }

    private static void commandRow(StringBuilder out, int nameWidth, int room, String name, String synopsis) {
        out.append("  ").append(String.format("%-" + nameWidth + "s", cut(name, nameWidth))).append("  ")
                .append(cut(synopsis, room)).append('\n');
    }

    private static String cut(String text, int width) {
        return text.length() > width ? text.substring(0, width) : text;
    }

    /**
     * handle_showmancmd without XML documentation: every action named (case-insensitively) gets
     * its name, synopsis, privilege and an empty description line, in action-list order.
     */
    private String command(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (RegisteredAction action : actions.sorted()) {
            for (String name : names) {
                if (action.name().equalsIgnoreCase(name)) {
                    out.append("Action: ").append(action.name()).append('\n')
                            .append("Synopsis: ").append(action.action().synopsis()).append('\n')
                            .append("Privilege: ").append(Permissions.toText(action.privilege())).append('\n')
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /** handle_showmanagers, users in manager.conf order (here: sorted by name). */
    private String users() {
        List<ManagerConfig.ManagerUser> users = users(server.config());
        if (users.isEmpty()) {
            return "There are no manager users.\n";
        }
        StringBuilder out = new StringBuilder("\nusername\n--------\n");
        for (ManagerConfig.ManagerUser user : users) {
            out.append(user.name()).append('\n');
        }
        return out.append("-------------------\n").append(users.size()).append(" manager users configured.\n").toString();
    }

    private static List<ManagerConfig.ManagerUser> users(ManagerConfig config) {
        List<ManagerConfig.ManagerUser> users = new ArrayList<>(config.users().values());
        users.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return users;
    }

    /** handle_showmanager: the secret only as {@code <Set>}; Strowger has no setvar, so no variables. */
    private String user(String name) {
        ManagerConfig.ManagerUser user = server.config().user(name);
        if (user == null) {
            return "There is no manager called " + name + "\n";
        }
        return "\n"
                + "          username: " + user.name() + "\n"
                + "            secret: " + (user.secret() == null ? "(N/A)" : "<Set>") + "\n"
                + "               ACL: " + (user.acl().isEmpty() ? "no" : "yes") + "\n"
                + "         read perm: " + Permissions.toUserText(user.readMask()) + "\n"
                + "        write perm: " + Permissions.toUserText(user.writeMask()) + "\n"
                + "   displayconnects: " + (user.displayConnects() ? "yes" : "no") + "\n"
                + "allowmultiplelogin: " + (user.allowMultipleLogin() ? "yes" : "no") + "\n"
                + "         Variables: \n";
    }

    /** handle_manager_show_settings; the HTTP and TLS transports do not exist here, so they show as off. */
    private String settings() {
        ManagerConfig config = server.config();
        int port = server.port();
        StringBuilder out = new StringBuilder("\nGlobal Settings:\n----------------\n");
        setting(out, "Manager (AMI):", yesNo(config.enabled()));
        setting(out, "Web Manager (AMI/HTTP):", yesNo(false));
        setting(out, "TCP Bindaddress:", config.enabled()
                ? config.bindAddress() + ":" + (port > 0 ? port : config.port()) : "Disabled");
        out.append(String.format("  %-25.25s  %-15d\n", "HTTP Timeout (seconds):", 60));
        setting(out, "TLS Enable:", yesNo(false));
        setting(out, "TLS Bindaddress:", "Disabled");
        setting(out, "TLS Certfile:", "");
        setting(out, "TLS Privatekey:", "");
        setting(out, "TLS Cipher:", "");
        setting(out, "Allow multiple login:", yesNo(config.allowMultipleLogin()));
        setting(out, "Display connects:", yesNo(config.displayConnects()));
        setting(out, "Timestamp events:", yesNo(false));
        out.append(String.format("  %-25.25s  %s\n", "Channel vars:", ""));
        out.append(String.format("  %-25.25s  %s\n", "Disabled events:", ""));
        setting(out, "Debug:", yesNo(false));
        return out.toString();
    }

    /** FORMAT {@code "  %-25.25s  %-15.55s\n"}: the value padded to 15, cut at 55. */
    private static void setting(StringBuilder out, String label, String value) {
        out.append(String.format("  %-25.25s  %-15.55s\n", label, value));
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
