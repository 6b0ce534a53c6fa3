package org.strowger.manager.internal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Hangup} (action_hangup): one channel by name, or every channel whose name a
 * {@code /regex/} finds (a search, as regexec does), listed as {@code ChannelHungup} events with
 * the ActionID after the channel. A bad {@code Cause} is logged and ignored: better to hang up
 * without a cause than not at all.
 */
@Component(property = {ManagerAction.ACTION + "=Hangup", ManagerAction.PRIVILEGE + "=system,call"})
public final class HangupAction implements ManagerAction {

    private static final Logger LOG = LoggerFactory.getLogger(HangupAction.class);

    private final ChannelService channels;

    @Activate
    public HangupAction(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String nameOrRegex = request.get("Channel");
        if (nameOrRegex.isEmpty()) {
            return ManagerResponse.error("No channel specified");
        }
        int cause = cause(request.get("Cause"));
        if (nameOrRegex.charAt(0) != '/') {
            Optional<Channel> channel = channels.find(nameOrRegex);
            if (channel.isEmpty()) {
                LOG.info("Request to hangup non-existent channel: {}", nameOrRegex);
                return ManagerResponse.error("No such channel");
            }
            LOG.info("Manager '{}' hanging up channel: {}", session.username(), channel.get().name());
            channel.get().hangup(cause);
            return ManagerResponse.success("Channel Hungup");
        }
        // ast_regex_string_to_regex_pattern: the text must be /pattern/
        if (nameOrRegex.length() < 2 || nameOrRegex.charAt(nameOrRegex.length() - 1) != '/') {
            return ManagerResponse.error("Regex format invalid, Channel param should be /regex/");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(nameOrRegex.substring(1, nameOrRegex.length() - 1));
        } catch (PatternSyntaxException e) {
            return ManagerResponse.error("Regex compile failed on: " + nameOrRegex);
        }
        List<ListItem> hungUp = new ArrayList<>();
        for (Channel channel : channels.channels()) {
            if (pattern.matcher(channel.name()).find()) {
                LOG.info("Manager '{}' hanging up channel: {}", session.username(), channel.name());
                channel.hangup(cause);
                hungUp.add(ListItem.of("ChannelHungup", "Channel", channel.name()).withActionIdLast());
            }
        }
        return ManagerResponse.list("Channels hung up will follow", hungUp, "ChannelsHungupListComplete");
    }

    /**
     * The Cause header as a Q.850 number 0..127; anything else is 0. Asterisk leaves the cause
     * unset for 0; a Strowger channel needs one, so it hangs up with Normal Clearing then.
     */
    static int cause(String text) {
        if (text.isEmpty()) {
            return HangupCause.NORMAL_CLEARING.code();
        }
        int code;
        try {
            code = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            code = -1;
        }
        if (code < 0 || code > 127) {
            LOG.info("Invalid 'Cause: {}' in manager action Hangup", text);
            code = 0;
        }
        return code == 0 ? HangupCause.NORMAL_CLEARING.code() : code;
    }

    @Override
    public String synopsis() {
        return "Hangup channel.";
    }
}
