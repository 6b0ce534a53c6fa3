package org.strowger.manager.internal.action;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Redirect} (action_redirect, ast_async_goto): sends a channel, and optionally an
 * ExtraChannel, to another dialplan location.
 *
 * <p>What the API allows: a bridged channel leaves its bridge, so the dialplan that bridged it
 * (Dial) returns and its PBX goes on at the new location; a channel running a dialplan picks
 * the location up when its current application returns. The PBX loop adds 1 after each
 * application, so the location is set one priority early, as ast_explicit_goto does. There is no
 * API to break into a running application (Asterisk's AST_SOFTHANGUP_ASYNCGOTO) or to start a
 * PBX on a channel that has none (Asterisk masquerades it), and no priority label look-up.
 */
@Component(property = {ManagerAction.ACTION + "=Redirect", ManagerAction.PRIVILEGE + "=call"})
public final class RedirectAction implements ManagerAction {

    private final ChannelService channels;

    @Activate
    public RedirectAction(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String name = request.get("Channel");
        String name2 = request.get("ExtraChannel");
        String exten = request.get("Exten");
        String exten2 = request.get("ExtraExten");
        String context = request.get("Context");
        String context2 = request.get("ExtraContext");
        String priority = request.get("Priority");
        String priority2 = request.get("ExtraPriority");
        if (name.isEmpty()) {
            return ManagerResponse.error("Channel not specified");
        }
        if (context.isEmpty()) {
            return ManagerResponse.error("Context not specified");
        }
        if (exten.isEmpty()) {
            return ManagerResponse.error("Exten not specified");
        }
        if (priority.isEmpty()) {
            return ManagerResponse.error("Priority not specified");
        }
        Integer pi = OriginateAction.leadingInt(priority);
        if (pi == null || pi < 1) {
            return ManagerResponse.error("Priority is invalid");
        }
        int pi2 = 0;
        if (!name2.isEmpty() && !context2.isEmpty()) {
            if (exten2.isEmpty()) {
                return ManagerResponse.error("ExtraExten not specified");
            }
            if (priority2.isEmpty()) {
                return ManagerResponse.error("ExtraPriority not specified");
            }
            Integer parsed = OriginateAction.leadingInt(priority2);
            if (parsed == null || parsed < 1) {
                return ManagerResponse.error("ExtraPriority is invalid");
            }
            pi2 = parsed;
        }
        Optional<Channel> channel = channels.find(name);
        if (channel.isEmpty()) {
            return ManagerResponse.error("Channel does not exist: " + name);
        }
        if (channel.get().isHungUp()) {
            return ManagerResponse.error("Redirect failed, channel not up.");
        }
        if (name2.isEmpty()) {
            goTo(channel.get(), context, exten, pi);
            return ManagerResponse.success("Redirect successful");
        }
        Optional<Channel> extra = channels.find(name2);
        if (extra.isEmpty()) {
            return ManagerResponse.error("ExtraChannel does not exist: " + name2);
        }
        if (extra.get().isHungUp()) {
            return ManagerResponse.error("Redirect failed, extra channel not up.");
        }
        // set both locations before either leaves a shared bridge, so neither PBX runs on stale ones
        if (context2.isEmpty()) {
            setLocation(channel.get(), context, exten, pi);
            setLocation(extra.get(), context, exten, pi);
        } else {
            setLocation(channel.get(), context, exten, pi);
            setLocation(extra.get(), context2, exten2, pi2);
        }
        leaveBridge(channel.get());
        leaveBridge(extra.get());
        return ManagerResponse.success("Dual Redirect successful");
    }

    private static void goTo(Channel channel, String context, String exten, int priority) {
        setLocation(channel, context, exten, priority);
        leaveBridge(channel);
    }

    private static void setLocation(Channel channel, String context, String exten, int priority) {
        channel.setDialplanLocation(context, exten, priority - 1);
    }

    private static void leaveBridge(Channel channel) {
        channel.bridge().ifPresent(Bridge::dissolve);
    }

    @Override
    public String synopsis() {
        return "Redirect (transfer) a call.";
    }
}
