package org.strowger.core.internal.local;

import java.util.LinkedHashSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.channel.ChannelServiceImpl;

/**
 * The {@code Local} channel technology: {@code Local/exten@context[/n]} creates a pair of channels,
 * {@code Local/exten@context-<seq>;1} for the requester and {@code ;2}, which runs the dialplan at
 * {@code exten@context} when {@code ;1} is called. Both carry every format, so nothing is translated
 * inside the pair.
 */
@Component(service = ChannelDriver.class, property = ChannelDriver.TECHNOLOGY + "=" + LocalChannelDriver.TECHNOLOGY)
public final class LocalChannelDriver implements ChannelDriver {

    static final String TECHNOLOGY = "Local";

    private static final Set<Format> ALL_FORMATS = new LinkedHashSet<>(Format.known());

    private final ChannelService channels;
    private final Dialplan dialplan;
    private final MediaClock clock;

    @Activate
    public LocalChannelDriver(@Reference ChannelService channels, @Reference Dialplan dialplan,
            @Reference MediaClock clock) {
        this.channels = channels;
        this.dialplan = dialplan;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "Local Proxy Channel Driver";
    }

    @Override
    public Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        LocalDestination destination = LocalDestination.parse(resource);
        String name = TECHNOLOGY + "/" + destination.address() + "-" + ChannelServiceImpl.sequenceSuffix(channels.nextSequence());
        LocalPair pair = new LocalPair(destination, dialplan, clock);
        ChannelLink first = channels.newChannel(NewChannel.builder(TECHNOLOGY, destination.address())
                .name(name + ";1")
                .formats(ALL_FORMATS)
                .state(ChannelState.DOWN)
                .requestor(requestor)
                .build(), pair::first);
        // ;2 is created for ;1, so it joins the same call (linkedid) and inherits _ and __ variables.
        channels.newChannel(NewChannel.builder(TECHNOLOGY, destination.address())
                .name(name + ";2")
                .formats(ALL_FORMATS)
                .state(ChannelState.RING)
                .dialplan(destination.context(), destination.exten())
                .requestor(first.channel())
                .build(), pair::second);
        return first.channel();
    }
}
