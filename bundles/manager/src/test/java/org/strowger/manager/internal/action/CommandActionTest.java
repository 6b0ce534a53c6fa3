package org.strowger.manager.internal.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.strowger.api.manager.ManagerHeader;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;

/** action_command: refusals, and the Asterisk 14+ Output lines. */
public class CommandActionTest {

    private final List<String> ran = new ArrayList<>();
    private final CommandAction action = new CommandAction(line -> {
        ran.add(line);
        return line.startsWith("core") ? "Asterisk 22\n" : "No such command '" + line + "' (type 'core show help' for other possible commands)\n";
    });

    private ManagerResponse run(String command) {
        return action.handle(ManagerRequest.of("Action", "Command", "Command", command), null);
    }

    @Test
    public void refusesModuleLoadingAndRestart() {
        for (String line : List.of("module load chan_skype.so", "Module  Unload x", "restart gracefully")) {
            assertEquals("Command blacklisted", run(line).message().orElseThrow());
        }
        assertEquals("No command provided", run("").message().orElseThrow());
        assertEquals(List.of(), ran);
    }

    @Test
    public void usageTextsAndFailuresAreErrorsAsCliShowusageAndCliFailure() {
        assertTrue(CommandAction.succeeded("Strowger 0.1.0 built by ...\n"));
        assertFalse(CommandAction.succeeded("Usage: core show uptime [seconds]\n       Shows Asterisk uptime information.\n"));
        assertFalse(CommandAction.succeeded("Unable to load module x.so\nCommand 'module load x.so' failed.\n"));
        assertFalse(CommandAction.succeeded("No such command 'bogus' (type 'core show help bogus' for other possible commands)\n"));
        assertTrue("only the handler's last line marks a failure",
                CommandAction.succeeded("Command 'x' failed.\nbut then more\n"));
    }

    @Test
    public void outputLinesAndErrorForUnknownCommands() {
        ManagerResponse ok = run("core show version");
        assertEquals("Success", ok.status());
        assertEquals(List.of(new ManagerHeader("Output", "Asterisk 22")), ok.headers());
        ManagerResponse unknown = run("bogus");
        assertEquals("Error", unknown.status());
        assertEquals("Command output follows", unknown.message().orElseThrow());
    }
}
