package org.strowger.manager.internal.action;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Getvar} (action_getvar): a channel variable, a builtin such as {@code EXTEN} or a function
 * such as {@code CHANNEL(state)}, read through the dialplan's substitution; without a Channel the
 * globals (Asterisk reads functions on a dummy channel then). Success with no Message, then
 * {@code Variable} and {@code Value}.
 */
@Component(property = {ManagerAction.ACTION + "=Getvar", ManagerAction.PRIVILEGE + "=call,reporting"})
public final class GetvarAction implements ManagerAction {

    private final ChannelService channels;
    private final Dialplan dialplan;

    @Activate
    public GetvarAction(@Reference ChannelService channels, @Reference Dialplan dialplan) {
        this.channels = channels;
        this.dialplan = dialplan;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String name = request.get("Channel");
        String variable = request.get("Variable");
        if (variable.isEmpty()) {
            return ManagerResponse.error("No variable specified");
        }
        if (!FunctionAccess.allowed(variable, session.writeMask())) {
            return ManagerResponse.error("GetVar Access Forbidden: Variable");
        }
        Channel channel = null;
        if (!name.isEmpty()) {
            Optional<Channel> found = channels.find(name);
            if (found.isEmpty()) {
                return ManagerResponse.error("No such channel");
            }
            channel = found.get();
        }
        String value = dialplan.substitute(channel, "${" + variable + "}");
        return ManagerResponse.success().with("Variable", variable).with("Value", value);
    }

    @Override
    public String synopsis() {
        return "Gets a channel variable or function value.";
    }
}
