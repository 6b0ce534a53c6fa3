package org.strowger.manager.internal.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerHeader;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.media.Format;
import org.strowger.manager.internal.Permissions;

/**
 * {@code Status} (action_status, generate_status): a {@code Status} event per channel, or for the
 * one named, written as Asterisk writes it by hand: a literal {@code Privilege: Call}, the snapshot
 * fields, the technology's details, the asked-for variables and the ActionID last. Then
 * {@code StatusComplete} with ListItems and Items.
 *
 * <p>Strowger keeps no dialed number, effective connected line apart from the connected line,
 * absolute hangup time, translation path text or call/pickup groups, so DNID, Readtrans and
 * Writetrans are empty and TimeToHangup, Callgroup and Pickupgroup are 0.
 */
@Component(property = {ManagerAction.ACTION + "=Status", ManagerAction.PRIVILEGE + "=system,call,reporting"})
public final class StatusAction implements ManagerAction {

    private final ChannelService channels;
    private final Dialplan dialplan;

    @Activate
    public StatusAction(@Reference ChannelService channels, @Reference Dialplan dialplan) {
        this.channels = channels;
        this.dialplan = dialplan;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String name = request.get("Channel");
        String variables = request.get("Variables");
        if (!FunctionAccess.allowed(variables, session.writeMask())) {
            return ManagerResponse.error("Status Access Forbidden: Variables");
        }
        List<Channel> selected;
        if (name.isEmpty()) {
            selected = channels.channels();
        } else {
            Optional<Channel> found = channels.find(name);
            if (found.isEmpty()) {
                return ManagerResponse.error("No such channel");
            }
            selected = List.of(found.get());
        }
        boolean allVariables = Permissions.isTrue(request.get("AllVariables"));
        Instant now = Instant.now();
        List<ListItem> items = new ArrayList<>();
        for (Channel channel : selected) {
            items.add(status(channel, variables, allVariables, now));
        }
        return ManagerResponse.list("Channel status will follow", items, "StatusComplete")
                .withComplete("Items", items.size());
    }

    private ListItem status(Channel channel, String variables, boolean allVariables, Instant now) {
        List<ManagerHeader> fields = new ArrayList<>(40);
        ChannelFields.add(fields, "Privilege", "Call");
        fields.addAll(ChannelFields.snapshot(channel));
        ChannelFields.add(fields, "Type", channel.technology());
        ChannelFields.add(fields, "DNID", "");
        ChannelFields.add(fields, "EffectiveConnectedLineNum", ChannelFields.orUnknown(channel.connectedLine().number()));
        ChannelFields.add(fields, "EffectiveConnectedLineName", ChannelFields.orUnknown(channel.connectedLine().name()));
        ChannelFields.add(fields, "TimeToHangup", 0);
        ChannelFields.add(fields, "BridgeID", channel.bridge().map(Bridge::id).orElse(""));
        ChannelFields.add(fields, "Application", channel.application());
        ChannelFields.add(fields, "Data", channel.applicationData());
        ChannelFields.add(fields, "Nativeformats", formatNames(channel));
        ChannelFields.add(fields, "Readformat", channel.readFormat().name());
        ChannelFields.add(fields, "Readtrans", "");
        ChannelFields.add(fields, "Writeformat", channel.writeFormat().name());
        ChannelFields.add(fields, "Writetrans", "");
        ChannelFields.add(fields, "Callgroup", 0);
        ChannelFields.add(fields, "Pickupgroup", 0);
        ChannelFields.add(fields, "Seconds", ChannelFields.ageSeconds(channel, now));
        if (!variables.isEmpty()) {
            for (String variable : variables.split(",")) {
                String value = variable.isEmpty() ? "" : dialplan.substitute(channel, "${" + variable + "}");
                ChannelFields.add(fields, "Variable", variable + "=" + value);
            }
        }
        if (allVariables) {
            for (Map.Entry<String, String> variable : channel.variables().entrySet()) {
                ChannelFields.add(fields, "Variable", variable.getKey() + "=" + variable.getValue());
            }
        }
        return new ListItem("Status", fields).withActionIdLast();
    }

    /** ast_format_cap_get_names: {@code (ulaw|alaw)}, {@code (nothing)} when there are none. */
    static String formatNames(Channel channel) {
        if (channel.nativeFormats().isEmpty()) {
            return "(nothing)";
        }
        return channel.nativeFormats().stream().map(Format::name).collect(Collectors.joining("|", "(", ")"));
    }

    @Override
    public String synopsis() {
        return "List channel status.";
    }
}
