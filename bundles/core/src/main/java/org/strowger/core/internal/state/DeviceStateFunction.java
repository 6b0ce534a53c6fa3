package org.strowger.core.internal.state;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStates;

/**
 * {@code DEVICE_STATE(device)} of Asterisk's func_devstate.c: reads any device's state (its parseable
 * name), writes only {@code Custom:} devices.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=DEVICE_STATE")
public final class DeviceStateFunction implements DialplanFunction {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStateFunction.class);

    private final DeviceStates devices;
    private final CustomDeviceStates custom;

    @Activate
    public DeviceStateFunction(@Reference DeviceStates devices, @Reference CustomDeviceStates custom) {
        this.devices = devices;
        this.custom = custom;
    }

    @Override
    public String read(Channel channel, String arguments) {
        return devices.state(arguments).parseableName();
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        if (!CustomDeviceStates.isCustom(arguments)) {
            throw new DialplanFunctionException("The DEVICE_STATE function can only be used to set 'Custom:' device state!");
        }
        String name = arguments.substring(CustomDeviceStates.PREFIX.length());
        if (name.isEmpty()) {
            throw new DialplanFunctionException("DEVICE_STATE function called with no custom device name!");
        }
        if (DeviceState.parse(value) == DeviceState.UNKNOWN) {
            // Asterisk logs this one as an ERROR, not a WARNING.
            LOG.error("DEVICE_STATE function given invalid state value '{}'", value);
            throw new DialplanFunctionException("DEVICE_STATE function given invalid state value '" + value + "'");
        }
        custom.set(name, value);
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Get or Set a device state.";
    }

    @Override
    public String syntax() {
        return "DEVICE_STATE(device)";
    }
}
