package org.strowger.manager.internal.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerHeader;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code CoreShowChannels} (action_coreshowchannels): one {@code CoreShowChannel} per channel with
 * the snapshot fields, Application, ApplicationData, Duration (HH:MM:SS) and BridgeId.
 */
@Component(property = {ManagerAction.ACTION + "=CoreShowChannels", ManagerAction.PRIVILEGE + "=system,reporting"})
public final class CoreShowChannelsAction implements ManagerAction {

    private final ChannelService channels;

    @Activate
    public CoreShowChannelsAction(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        Instant now = Instant.now();
        List<ListItem> items = new ArrayList<>();
        for (Channel channel : channels.channels()) {
            List<ManagerHeader> fields = ChannelFields.snapshot(channel);
            ChannelFields.add(fields, "Application", channel.application());
            ChannelFields.add(fields, "ApplicationData", channel.applicationData());
            ChannelFields.add(fields, "Duration", duration(ChannelFields.ageSeconds(channel, now)));
            ChannelFields.add(fields, "BridgeId", channel.bridge().map(Bridge::id).orElse(""));
            items.add(new ListItem("CoreShowChannel", fields));
        }
        return ManagerResponse.list("Channels will follow", items, "CoreShowChannelsComplete");
    }

    /** %02d:%02d:%02d of hours, minutes and seconds. */
    static String duration(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }

    @Override
    public String synopsis() {
        return "List currently active channels.";
    }
}
