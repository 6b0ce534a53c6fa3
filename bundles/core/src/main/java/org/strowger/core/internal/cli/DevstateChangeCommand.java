package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.state.DeviceState;
import org.strowger.core.internal.state.CustomDeviceStates;

/** {@code devstate change <device> <state>} with the texts of funcs/func_devstate.c {@code handle_cli_devstate_change}. */
@Service
@Command(scope = "devstate", name = "change", description = "Change a custom device state (Asterisk: devstate change <device> <state>)")
public class DevstateChangeCommand extends AsteriskCommand {

    @Reference
    CustomDeviceStates custom;

    @Argument(index = 0, name = "device", description = "a Custom: device, e.g. Custom:lamp1")
    String device;

    // The completion list of handle_cli_devstate_change: INVALID is left out there too.
    @Argument(index = 1, name = "state", description = "the new state", multiValued = true)
    @Completion(value = StringsCompleter.class,
            values = {"UNKNOWN", "NOT_INUSE", "INUSE", "BUSY", "UNAVAILABLE", "RINGING", "RINGINUSE", "ONHOLD"})
    List<String> rest = new ArrayList<>();

    @Override
    String render() {
        if (device == null || rest.size() != 1) {
            return Usage.DEVSTATE_CHANGE;
        }
        String state = rest.get(0);
        if (!CustomDeviceStates.isCustom(device)) {
            return "The devstate command can only be used to set 'Custom:' device state!\n" + Usage.failed(asteriskLine());
        }
        String name = device.substring(CustomDeviceStates.PREFIX.length());
        if (name.isEmpty() || DeviceState.parse(state) == DeviceState.UNKNOWN) {
            return Usage.DEVSTATE_CHANGE;
        }
        custom.set(name, state);
        return "Changing " + name + " to " + state + "\n";
    }

    @Override
    String asteriskLine() {
        List<String> words = new ArrayList<>(List.of("devstate", "change"));
        if (device != null) {
            words.add(device);
        }
        words.addAll(rest);
        return String.join(" ", words);
    }
}
