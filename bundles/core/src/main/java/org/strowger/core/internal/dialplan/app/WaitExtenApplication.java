package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.PbxChannelState;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.ToneZone;

/**
 * {@code WaitExten([seconds[,options]])} as {@code pbx_builtin_waitexten}: waits for the caller to
 * dial. A first digit within the time (default: the response timeout, 10 s) is followed by more, as the
 * PBX loop collects them, and the channel goes to what was dialled. Without a digit: the next priority
 * if there is one, else {@code t}, else {@code e}, else Asterisk's warning and the end of the call.
 * Options: {@code m(class)} music on hold while waiting, {@code d} dial tone.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=WaitExten")
public final class WaitExtenApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(WaitExtenApplication.class);

    private final MediaClock clock;
    private final ExtensionLookup lookup;
    private final Dialplan dialplan;

    @Activate
    public WaitExtenApplication(@Reference MediaClock clock, @Reference Dialplan dialplan) {
        this.clock = clock;
        this.lookup = new ExtensionLookup(dialplan);
        this.dialplan = dialplan;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        List<String> arguments = ApplicationArguments.split(data);
        AppOptions options = AppOptions.parse(ApplicationArguments.argument(arguments, 1), "md", "m");
        boolean music = false;
        Player dialTone = null;
        if (options.has('m') && options.argument('m').isEmpty()) {
            LOG.warn("The 'm' option has been specified for WaitExten without a class.");
        } else if (options.has('m')) {
            channel.indicate(ControlFrame.Control.HOLD, options.argument('m').get());
            music = true;
        } else if (options.has('d')) {
            dialTone = Player.start(clock, channel,
                    ToneZone.US.toneList("dial").orElseThrow().generator());
        }
        try {
            long millis = TimeLength.millis(ApplicationArguments.argument(arguments, 0), TimeLength.Unit.SECONDS)
                    .orElse(0);
            if (millis <= 0) {
                millis = ChannelMedia.RESPONSE_TIMEOUT_MILLIS;
            }
            int digit = ChannelMedia.waitForDigit(channel, millis);
            if (dialTone != null) {
                dialTone.close();
            }
            if (digit < 0) {
                return Result.HANGUP;
            }
            if (digit > 0) {
                return DigitCollector.dialFrom(channel, lookup, (char) digit, ChannelMedia.DIGIT_TIMEOUT_MILLIS)
                        ? Result.CONTINUE : Result.HANGUP;
            }
            return timedOut(channel);
        } finally {
            if (music) {
                channel.indicate(ControlFrame.Control.UNHOLD, "");
            }
            if (dialTone != null) {
                dialTone.close();
            }
        }
    }

    private Result timedOut(Channel channel) {
        if (channel.isHungUp()) {
            return Result.HANGUP;
        }
        String context = channel.context();
        String caller = channel.callerId().number();
        if (lookup.exists(context, channel.exten(), channel.priority() + 1, caller)) {
            LOG.info("Timeout on {}, continuing...", channel.name());
            return Result.CONTINUE;
        }
        if (lookup.exists(context, "t", 1, caller)) {
            LOG.info("Timeout on {}, going to 't'", channel.name());
            channel.setDialplanLocation(context, "t", 0);
            return Result.CONTINUE;
        }
        if (lookup.exists(context, "e", 1, caller)) {
            // raise_exception(chan, "RESPONSETIMEOUT", 0): EXCEPTION(reason) tells why
            if (dialplan instanceof DialplanEngine engine) {
                engine.state(channel).setException(new PbxChannelState.Exception("RESPONSETIMEOUT", context,
                        channel.exten(), channel.priority()));
            }
            channel.setDialplanLocation(context, "e", 0);
            return Result.CONTINUE;
        }
        LOG.warn("Timeout but no rule 't' or 'e' in context '{}'", context);
        return Result.HANGUP;
    }

    @Override
    public String synopsis() {
        return "Waits for an extension to be entered.";
    }

    @Override
    public String syntax() {
        return "WaitExten([seconds,[options]])";
    }
}
