package org.strowger.core.internal.state;

import java.util.Locale;
import java.util.SortedMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStates;

/**
 * The {@code Custom:} device states of Asterisk's func_devstate.c: states set by
 * {@code Set(DEVICE_STATE(Custom:lamp1)=INUSE)} or {@code devstate change Custom:lamp1 INUSE}, kept
 * in astdb family {@code CustomDevstate} as typed, so they survive a restart. The
 * {@link CustomDeviceStateProvider} answers lookups; this side writes, lists, and fills the cache at
 * start. Two components, so that the provider the device states bind needs nothing of them.
 */
@Component(service = CustomDeviceStates.class)
public final class CustomDeviceStates {

    public static final String PROVIDER = "Custom";
    /** What a device name starts with, compared without regard to case as Asterisk's strncasecmp does. */
    public static final String PREFIX = PROVIDER + ":";
    static final String FAMILY = "CustomDevstate";

    private final AstDb db;
    private final DeviceStates devices;

    @Activate
    public CustomDeviceStates(@Reference AstDb db, @Reference DeviceStates devices) {
        this.db = db;
        this.devices = devices;
        // load_module: fill the device state cache with every state known from before the restart.
        db.family(FAMILY).forEach((name, value) -> devices.changed(PREFIX + name, DeviceState.parse(value)));
    }

    /**
     * Stores a state as typed and announces it ({@code devstate_write}, {@code handle_cli_devstate_change}).
     *
     * @param name the device name after {@code Custom:}
     * @param value the state as typed, e.g. {@code inuse}; must parse to something other than UNKNOWN
     */
    public void set(String name, String value) {
        db.put(FAMILY, name, value);
        devices.changed(PREFIX + name, DeviceState.parse(value));
    }

    /** Every stored custom state, by name, sorted: what {@code devstate list} prints. */
    public SortedMap<String, String> stored() {
        return db.family(FAMILY);
    }

    /** Whether a device is a {@code Custom:} one; the name after the prefix may still be empty. */
    public static boolean isCustom(String device) {
        return device.length() >= PREFIX.length()
                && device.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX.toLowerCase(Locale.ROOT));
    }
}
