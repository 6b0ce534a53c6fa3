package org.strowger.core.internal.state;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStateProvider;

/** The {@code Custom} device state provider: {@code custom_devstate_callback} of func_devstate.c, read from astdb. */
@Component(property = DeviceStateProvider.PROVIDER + "=" + CustomDeviceStates.PROVIDER)
public final class CustomDeviceStateProvider implements DeviceStateProvider {

    private final AstDb db;

    @Activate
    public CustomDeviceStateProvider(@Reference AstDb db) {
        this.db = db;
    }

    @Override
    public DeviceState state(String name) {
        return DeviceState.parse(db.get(CustomDeviceStates.FAMILY, name).orElse(""));
    }
}
