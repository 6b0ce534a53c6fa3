package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ApplicationArguments;

/**
 * {@code SendDTMF(digits[,timeout_ms[,duration_ms[,channel]]])} as app_senddtmf: sends the digits
 * ({@code 0-9*#A-D}; {@code w} waits half a second, {@code W} a second) to this channel, or to the
 * named one, after 100 ms of quiet, with {@code timeout_ms} (default 250) between digits and each
 * key held {@code duration_ms} (at least 100). A channel that hangs up while digits go out ends the
 * dialplan.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=SendDTMF")
public final class SendDtmfApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SendDtmfApplication.class);

    private final ChannelService channels;

    @Activate
    public SendDtmfApplication(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        if (data.isBlank()) {
            LOG.warn("SendDTMF requires an argument");
            return Result.CONTINUE;
        }
        List<String> arguments = ApplicationArguments.split(data);
        String digits = ApplicationArguments.argument(arguments, 0);
        if (digits.isEmpty()) {
            LOG.warn("The digits argument is required (0-9,*#,a-d,A-D,wfF)");
            return Result.CONTINUE;
        }
        long between = TimeLength.millis(ApplicationArguments.argument(arguments, 1), TimeLength.Unit.MILLISECONDS)
                .orElse(0);
        long duration = TimeLength.millis(ApplicationArguments.argument(arguments, 2), TimeLength.Unit.MILLISECONDS)
                .orElse(0);
        String target = ApplicationArguments.argument(arguments, 3);
        Channel to = channel;
        if (!target.isEmpty()) {
            Optional<Channel> found = channels.find(target);
            if (found.isEmpty()) {
                LOG.warn("No such channel: {}", target);
                return Result.CONTINUE;
            }
            to = found.get();
        }
        boolean stillUp = DtmfSender.send(to, to == channel, digits, between <= 0 ? 250 : between, duration);
        return stillUp || to != channel ? Result.CONTINUE : Result.HANGUP;
    }

    @Override
    public String synopsis() {
        return "Sends arbitrary DTMF digits.";
    }

    @Override
    public String syntax() {
        return "SendDTMF(digits,[timeout_ms,[duration_ms,[channel,[options]]]])";
    }
}
