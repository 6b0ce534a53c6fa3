package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.MediaClock;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.sounds.Prompt;
import org.strowger.core.internal.sounds.Sounds;

/**
 * {@code Playback(filename[&filename2...][,options])} as app_playback: answers the channel first
 * (unless {@code noanswer}; {@code skip} plays nothing on a channel that is not up), plays each file
 * to its end, and sets {@code PLAYBACKSTATUS} to {@code SUCCESS}, or {@code FAILED} when a file could
 * not be played. A file that is missing does not stop the next one. DTMF does not interrupt. The
 * options are matched as substrings, case-insensitively ({@code strcasestr}); {@code say} and
 * {@code mix} are accepted but the files are played as recordings (there is no say engine).
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Playback")
public final class PlaybackApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PlaybackApplication.class);

    private final Sounds sounds;
    private final MediaClock clock;

    @Activate
    public PlaybackApplication(@Reference Sounds sounds, @Reference MediaClock clock) {
        this.sounds = sounds;
        this.clock = clock;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        if (data.isBlank()) {
            LOG.warn("Playback requires an argument (filename)");
            return Result.HANGUP;
        }
        List<String> arguments = ApplicationArguments.split(data);
        String files = ApplicationArguments.argument(arguments, 0);
        String options = ApplicationArguments.argument(arguments, 1).toLowerCase(Locale.ROOT);
        boolean skip = options.contains("skip");
        boolean noAnswer = options.contains("noanswer");
        if (options.contains("say") || options.contains("mix")) {
            LOG.debug("Playback option '{}' plays the files as recordings: there is no say engine", options);
        }
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
                Optional<Prompt> prompt = sounds.find(file, channel.language());
                int result = prompt.isPresent() ? ChannelMedia.play(channel, clock, prompt.get().source(), "") : 1;
                if (result != 0) {
                    if (!channel.isHungUp()) {
                        LOG.warn("Playback failed on {} for {}", channel.name(), data);
                    }
                    failed = true;
                    if (channel.isHungUp()) {
                        break;
                    }
                }
            }
        }
        channel.setVariable("PLAYBACKSTATUS", failed ? "FAILED" : "SUCCESS");
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Play a file.";
    }

    @Override
    public String syntax() {
        return "Playback(filenames,[options])";
    }
}
