package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.sounds.Prompt;
import org.strowger.core.internal.sounds.Sounds;

/**
 * {@code Background(filename[&filename2...][,options[,langoverride[,context]]])} as
 * {@code pbx_builtin_background}: plays the files while listening for DTMF. A key stops the playing;
 * if that one digit is an extension of {@code context} that no longer number could extend, the channel
 * goes there at once; otherwise, as the PBX loop does with the digit, more digits are collected in the
 * channel's context and the channel goes to what was dialled. Options: {@code s} (skip when not up),
 * {@code n} (do not answer), {@code m} (only a digit that can begin an extension of the context stops
 * the playing), {@code p} (play to the end, keys ignored); {@code skip} and {@code noanswer} spelled
 * out also work. Sets {@code BACKGROUNDSTATUS} to {@code SUCCESS} or {@code FAILED}.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=BackGround")
public final class BackgroundApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundApplication.class);

    private final Sounds sounds;
    private final MediaClock clock;
    private final ExtensionLookup lookup;

    @Activate
    public BackgroundApplication(@Reference Sounds sounds, @Reference MediaClock clock, @Reference Dialplan dialplan) {
        this.sounds = sounds;
        this.clock = clock;
        this.lookup = new ExtensionLookup(dialplan);
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        if (data.isBlank()) {
            LOG.warn("Background requires an argument (filename)");
            return Result.HANGUP;
        }
        List<String> arguments = ApplicationArguments.split(data);
        String files = ApplicationArguments.argument(arguments, 0);
        String optionText = ApplicationArguments.argument(arguments, 1);
        String language = ApplicationArguments.argument(arguments, 2);
        if (language.isEmpty()) {
            language = channel.language();
        }
        String context = ApplicationArguments.argument(arguments, 3);
        if (context.isEmpty()) {
            context = channel.variable("MACRO_CONTEXT").orElse(channel.context());
        }
        boolean skip;
        boolean noAnswer;
        AppOptions options = AppOptions.parse("", "", "");
        if (optionText.equalsIgnoreCase("skip")) {
            skip = true;
            noAnswer = false;
        } else if (optionText.equalsIgnoreCase("noanswer")) {
            skip = false;
            noAnswer = true;
        } else {
            options = AppOptions.parse(optionText, "snmp", "");
            skip = options.has('s');
            noAnswer = options.has('n');
        }

        int result = 0;
        boolean failed = false;
        boolean play = true;
        if (channel.state() != ChannelState.UP) {
            if (skip) {
                play = false;
            } else if (!noAnswer) {
                channel.answer();
            }
        }
        if (play) {
            for (String file : files.split("&", -1)) {
                Optional<Prompt> prompt = sounds.find(file.strip(), language);
                if (prompt.isEmpty()) {
                    LOG.warn("ast_streamfile failed on {} for {}", channel.name(), data);
                    failed = true;
                    break;
                }
                result = ChannelMedia.play(channel, clock, prompt.get().source(),
                        breakDigits(options, context, caller(channel)));
                if (result != 0) {
                    break;
                }
            }
        }
        channel.setVariable("BACKGROUNDSTATUS", failed ? "FAILED" : "SUCCESS");
        if (result < 0) {
            return Result.HANGUP;
        }
        if (result > 0) {
            String digit = Character.toString((char) result);
            if (lookup.canMatch(context, digit, caller(channel)) && !lookup.matchMore(context, digit, caller(channel))) {
                channel.setDialplanLocation(context, digit, 0);
                return Result.CONTINUE;
            }
            if (!DigitCollector.dialFrom(channel, lookup, (char) result, ChannelMedia.DIGIT_TIMEOUT_MILLIS)) {
                return Result.HANGUP;
            }
        }
        return Result.CONTINUE;
    }

    /** The keys that stop the playing: any, none ({@code p}), or those that begin an extension ({@code m}). */
    private String breakDigits(AppOptions options, String context, String callerId) {
        if (options.has('p')) {
            return "";
        }
        if (!options.has('m')) {
            return ChannelMedia.ANY_DIGIT;
        }
        StringBuilder digits = new StringBuilder();
        for (char digit : ChannelMedia.ANY_DIGIT.toCharArray()) {
            if (lookup.canMatch(context, Character.toString(digit), callerId)) {
                digits.append(digit);
            }
        }
        return digits.toString();
    }

    private static String caller(Channel channel) {
        return channel.callerId().number();
    }

    @Override
    public String synopsis() {
        return "Play an audio file while waiting for digits of an extension to go to.";
    }

    @Override
    public String syntax() {
        return "BackGround(filename1[&filename2...],[options,[langoverride,[context]]])";
    }
}
