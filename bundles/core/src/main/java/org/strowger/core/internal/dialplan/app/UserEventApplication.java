package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.core.internal.channel.ChannelEvents;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code UserEvent(eventname[,key1: value1[,...]])} (apps/app_userevent.c): publishes {@code UserEvent}
 * of class user with the channel's snapshot fields, then {@code UserEvent: <name>}, then each
 * {@code key: value} argument in order (the value stripped; an argument without a colon is skipped).
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=UserEvent")
public final class UserEventApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(UserEventApplication.class);

    /** {@code AST_APP_ARG(extra)[100]} after the name. */
    private static final int MAX_ARGUMENTS = 101;

    private final DialplanEngine engine;

    @Activate
    public UserEventApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        if (data.isEmpty()) {
            LOG.warn("UserEvent requires an argument (eventname,optional event body)");
            return Result.HANGUP;
        }
        List<String> args = ApplicationArguments.separate(data, ',', MAX_ARGUMENTS, true);
        PbxEvent.Builder event = ChannelEvents.snapshot(PbxEvent.builder("UserEvent", EventCategory.USER), channel, "")
                .field("UserEvent", args.get(0));
        for (String extra : args.subList(1, args.size())) {
            int colon = extra.indexOf(':');
            if (colon < 0) {
                continue;
            }
            event.field(extra.substring(0, colon), extra.substring(colon + 1).strip());
        }
        engine.publish(event.build());
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Send an arbitrary user-defined event to parties interested in a channel (AMI users and relevant"
                + " res_stasis applications).";
    }

    @Override
    public String syntax() {
        return "UserEvent(eventname[,body])";
    }
}
