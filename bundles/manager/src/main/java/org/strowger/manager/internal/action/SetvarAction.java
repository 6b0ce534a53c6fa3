package org.strowger.manager.internal.action;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Setvar} (action_setvar, pbx_builtin_setvar_helper): sets a channel variable, or a global
 * one when no Channel is given; a missing Value sets the empty string. Writing a function
 * ({@code NAME(args)}) needs a function-write entry point the Dialplan API does not offer, so it
 * is refused with {@code Variable not set}.
 */
@Component(property = {ManagerAction.ACTION + "=Setvar", ManagerAction.PRIVILEGE + "=call"})
public final class SetvarAction implements ManagerAction {

    private static final Logger LOG = LoggerFactory.getLogger(SetvarAction.class);

    private final ChannelService channels;
    private final Dialplan dialplan;

    @Activate
    public SetvarAction(@Reference ChannelService channels, @Reference Dialplan dialplan) {
        this.channels = channels;
        this.dialplan = dialplan;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String name = request.get("Channel");
        String variable = request.get("Variable");
        String value = request.get("Value");
        if (variable.isEmpty()) {
            return ManagerResponse.error("No variable specified");
        }
        Channel channel = null;
        if (!name.isEmpty()) {
            Optional<Channel> found = channels.find(name);
            if (found.isEmpty()) {
                return ManagerResponse.error("No such channel");
            }
            channel = found.get();
        }
        if (variable.endsWith(")")) {
            LOG.warn("Setvar of function {} is not supported", variable);
            return ManagerResponse.error("Variable not set");
        }
        if (channel != null) {
            channel.setVariable(variable, value);
        } else {
            dialplan.setGlobalVariable(variable, value);
        }
        return ManagerResponse.success("Variable Set");
    }

    @Override
    public String synopsis() {
        return "Sets a channel variable or function value.";
    }
}
