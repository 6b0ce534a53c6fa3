package org.strowger.manager.internal.action;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.cli.CliRunner;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Command} (action_command): runs a CLI line and returns its output in Asterisk 14+ form,
 * one {@code Output:} header per line. Lines that load or unload modules or restart are refused
 * (check_blacklist).
 */
@Component(property = {ManagerAction.ACTION + "=Command", ManagerAction.PRIVILEGE + "=command"})
public final class CommandAction implements ManagerAction {

    private static final List<List<String>> BLACKLIST = List.of(
            List.of("module", "load"), List.of("module", "unload"), List.of("restart", "gracefully"));

    private final CliRunner cli;

    @Activate
    public CommandAction(@Reference CliRunner cli) {
        this.cli = cli;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String command = request.get("Command");
        if (command.isEmpty()) {
            return ManagerResponse.error("No command provided");
        }
        if (blacklisted(command)) {
            return ManagerResponse.error("Command blacklisted");
        }
        String output = cli.run(command);
        return ManagerResponse.commandOutput(succeeded(output), output);
    }

    /**
     * Whether the CLI handler succeeded, read from its text as the CliRunner gives only text: Asterisk
     * answers Error for an unknown command, a usage text (CLI_SHOWUSAGE) and a failure (CLI_FAILURE).
     */
    static boolean succeeded(String output) {
        return !(output.startsWith("No such command '") || output.startsWith("Usage")
                || output.matches("(?s).*Command '[^\\n]*' failed\\.\\n?$"));
    }

    static boolean blacklisted(String command) {
        List<String> words = List.of(command.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return BLACKLIST.stream().anyMatch(entry -> words.size() >= entry.size() && words.subList(0, entry.size()).equals(entry));
    }

    @Override
    public String synopsis() {
        return "Execute Asterisk CLI Command.";
    }
}
