package org.strowger.core.internal.dialplan.function;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/** {@code ISNULL(data)} (func_logic.c {@code isnull}): {@code 1} for an empty text, else {@code 0}. */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=ISNULL")
public final class IsNullFunction implements DialplanFunction {

    @Override
    public String read(Channel channel, String arguments) {
        return arguments.isEmpty() ? "1" : "0";
    }

    @Override
    public String synopsis() {
        return "Check if a value is NULL.";
    }

    @Override
    public String syntax() {
        return "ISNULL(data)";
    }
}
