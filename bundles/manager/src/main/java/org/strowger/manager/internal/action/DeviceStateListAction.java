package org.strowger.manager.internal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStates;

/**
 * {@code DeviceStateList} (res_manager_devicestate.c): a {@code DeviceStateChange} per cached
 * device with its parseable state name ({@code NOT_INUSE}).
 */
@Component(property = {ManagerAction.ACTION + "=DeviceStateList", ManagerAction.PRIVILEGE + "=call,reporting"})
public final class DeviceStateListAction implements ManagerAction {

    private final DeviceStates devices;

    @Activate
    public DeviceStateListAction(@Reference DeviceStates devices) {
        this.devices = devices;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        List<ListItem> items = new ArrayList<>();
        for (Map.Entry<String, DeviceState> device : devices.cached().entrySet()) {
            items.add(ListItem.of("DeviceStateChange", "Device", device.getKey(),
                    "State", device.getValue().parseableName()));
        }
        return ManagerResponse.list("Device State Changes will follow", items, "DeviceStateListComplete");
    }

    @Override
    public String synopsis() {
        return "List the current known device states.";
    }
}
