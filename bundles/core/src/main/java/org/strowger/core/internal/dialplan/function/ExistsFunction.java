package org.strowger.core.internal.dialplan.function;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/** {@code EXISTS(data)} (func_logic.c {@code exists}): {@code 1} for a non-empty text, else {@code 0}. */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=EXISTS")
public final class ExistsFunction implements DialplanFunction {

    @Override
    public String read(Channel channel, String arguments) {
        return arguments.isEmpty() ? "0" : "1";
    }

    @Override
    public String synopsis() {
        return "Test the existence of a value.";
    }

    @Override
    public String syntax() {
        return "EXISTS(data)";
    }
}
