package org.strowger.manager.internal.action;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.system.SystemInfo;

/**
 * {@code CoreStatus} (action_corestatus): start and last reload as local date and time,
 * the channels up now (ast_active_channels counts channels, not calls) and the calls processed.
 */
@Component(property = {ManagerAction.ACTION + "=CoreStatus", ManagerAction.PRIVILEGE + "=system,reporting"})
public final class CoreStatusAction implements ManagerAction {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SystemInfo system;
    private final ChannelService channels;
    private final ZoneId zone;

    @Activate
    public CoreStatusAction(@Reference SystemInfo system, @Reference ChannelService channels) {
        this(system, channels, ZoneId.systemDefault());
    }

    CoreStatusAction(SystemInfo system, ChannelService channels, ZoneId zone) {
        this.system = system;
        this.channels = channels;
        this.zone = zone;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        ZonedDateTime started = local(system.startupTime());
        ZonedDateTime reloaded = local(system.lastReloadTime());
        return ManagerResponse.success()
                .with("CoreStartupDate", DATE.format(started))
                .with("CoreStartupTime", TIME.format(started))
                .with("CoreReloadDate", DATE.format(reloaded))
                .with("CoreReloadTime", TIME.format(reloaded))
                .with("CoreCurrentCalls", channels.channels().size())
                .with("CoreProcessedCalls", channels.processedCalls());
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    @Override
    public String synopsis() {
        return "Show PBX core status variables.";
    }
}
