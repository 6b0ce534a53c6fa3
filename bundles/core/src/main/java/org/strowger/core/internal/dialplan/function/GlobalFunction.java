package org.strowger.core.internal.dialplan.function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanFunction;

/**
 * {@code GLOBAL(varname)} (func_global.c): reads and writes a global variable whatever the channel
 * has. Writing an empty value leaves the global set to the empty string, as
 * {@code pbx_builtin_setvar_helper} does.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=GLOBAL")
public final class GlobalFunction implements DialplanFunction {

    private final Dialplan dialplan;

    @Activate
    public GlobalFunction(@Reference Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    @Override
    public String read(Channel channel, String arguments) {
        return dialplan.globalVariable(arguments).orElse("");
    }

    @Override
    public void write(Channel channel, String arguments, String value) {
        dialplan.setGlobalVariable(arguments, value == null ? "" : value);
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Gets or sets the global variable specified.";
    }

    @Override
    public String syntax() {
        return "GLOBAL(varname)";
    }
}
