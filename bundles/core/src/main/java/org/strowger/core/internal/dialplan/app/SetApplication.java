package org.strowger.core.internal.dialplan.app;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code Set(name=value)} (pbx_variables.c {@code pbx_builtin_setvar}): the name runs to the first
 * {@code =} and the value is everything after it, commas included. {@code _X} and {@code __X} are
 * inherited, {@code FUNC(args)} writes a function ({@code GLOBAL(x)} a global), and an empty value
 * leaves the variable empty. A missing {@code =} is Asterisk's warning, and the dialplan goes on.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Set")
public final class SetApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SetApplication.class);

    private final DialplanEngine engine;

    @Activate
    public SetApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        if (data == null || data.isEmpty()) {
            LOG.warn("Set requires one variable name/value pair.");
            return Result.CONTINUE;
        }
        int equals = data.indexOf('=');
        if (equals < 0) {
            LOG.warn("Set requires an '=' to be a valid assignment.");
            return Result.CONTINUE;
        }
        String name = data.substring(0, equals);
        String value = data.substring(equals + 1);
        if (name.indexOf(' ') >= 0) {
            LOG.warn("Please avoid unnecessary spaces on variables as it may lead to unexpected results ('{}' set to '{}').",
                    name, value);
        }
        engine.functionCalls().assign(channel, name, value);
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Set channel variable or function value.";
    }

    @Override
    public String syntax() {
        return "Set(name=value)";
    }
}
