package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.core.internal.state.CustomDeviceStates;

/** {@code devstate list} with the texts of funcs/func_devstate.c {@code handle_cli_devstate_list}. */
@Service
@Command(scope = "devstate", name = "list", description = "List currently known custom device states (Asterisk: devstate list)")
public class DevstateListCommand extends AsteriskCommand {

    static final String RULE = "---------------------------------------------------------------------\n";

    @Reference
    CustomDeviceStates custom;

    @Argument(index = 0, name = "extra", description = "nothing: devstate list takes no arguments", multiValued = true)
    List<String> extra = new ArrayList<>();

    @Override
    String render() {
        if (!extra.isEmpty()) {
            return Usage.DEVSTATE_LIST;
        }
        StringBuilder out = new StringBuilder("\n")
                .append(RULE)
                .append("--- Custom Device States --------------------------------------------\n")
                .append(RULE)
                .append("---\n");
        // The states as they were typed, as astdb holds them, sorted by name as astdb lists its keys.
        custom.stored().forEach((name, state) -> out.append("--- Name: 'Custom:").append(name).append("'  State: '")
                .append(state).append("'\n---\n"));
        return out.append(RULE).append(RULE).append("\n").toString();
    }
}
