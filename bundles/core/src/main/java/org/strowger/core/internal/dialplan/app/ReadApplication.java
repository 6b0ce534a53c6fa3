package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

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
import org.strowger.core.internal.dialplan.AsteriskNumbers;
import org.strowger.core.internal.sounds.FrameSource;
import org.strowger.core.internal.sounds.Player;
import org.strowger.core.internal.sounds.Prompt;
import org.strowger.core.internal.sounds.Sounds;
import org.strowger.core.internal.sounds.ToneList;
import org.strowger.core.internal.sounds.ToneZone;

/**
 * {@code Read(variable[,filename[&filename2...][,maxdigits[,options[,attempts[,timeout]]]]])} as
 * app_read: plays the prompts (a key interrupts them and counts as the first digit), then collects
 * up to {@code maxdigits} digits (1-255, default 255) until the terminator ({@code #}, or the keys of
 * {@code t(...)}), each within the timeout (default: 10 s for the first, 5 s between digits, as in a
 * PBX), and stores them, without the terminator, in the variable. Nothing entered is retried up to
 * {@code attempts} times. Options: {@code s} skip when not up, {@code n} read without answering,
 * {@code i} the filename is an indication tone of the tone zone, {@code t(keys)} terminators.
 * {@code READSTATUS} is {@code OK}, {@code ERROR}, {@code HANGUP}, {@code INTERRUPTED},
 * {@code SKIPPED} or {@code TIMEOUT}.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Read")
public final class ReadApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ReadApplication.class);
    private static final int MAX_DIGITS = 255;

    private final Sounds sounds;
    private final MediaClock clock;

    @Activate
    public ReadApplication(@Reference Sounds sounds, @Reference MediaClock clock) {
        this.sounds = sounds;
        this.clock = clock;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        List<String> arguments = ApplicationArguments.split(data);
        String variable = ApplicationArguments.argument(arguments, 0);
        if (variable.isEmpty()) {
            LOG.warn("Invalid! Usage: Read(variable[,filename][,maxdigits][,option][,attempts][,timeout])");
            channel.setVariable("READSTATUS", "ERROR");
            return Result.CONTINUE;
        }
        String filename = ApplicationArguments.argument(arguments, 1);
        AppOptions options = AppOptions.parse(ApplicationArguments.argument(arguments, 3), "sint", "t");
        int tries = 1;
        String attempts = ApplicationArguments.argument(arguments, 4);
        if (!attempts.isEmpty()) {
            tries = Math.max(1, AsteriskNumbers.leadingInt(attempts).orElse(0));
        }
        long timeoutMillis = 0;
        String timeout = ApplicationArguments.argument(arguments, 5);
        if (!timeout.isEmpty()) {
            OptionalDouble seconds = AsteriskNumbers.leadingDouble(timeout);
            timeoutMillis = seconds.isPresent() && seconds.getAsDouble() > 0 ? (long) (seconds.getAsDouble() * 1000) : 0;
        }
        int maxDigits = MAX_DIGITS;
        String max = ApplicationArguments.argument(arguments, 2);
        if (!max.isEmpty()) {
            OptionalInt parsed = AsteriskNumbers.leadingInt(max);
            int value = parsed.orElse(0);
            maxDigits = value < 1 || value > MAX_DIGITS ? MAX_DIGITS : value;
        }
        String terminators = options.has('t') ? options.argument('t').orElse("") : "#";
        Optional<ToneList> tone = options.has('i') && !filename.isEmpty()
                ? ToneZone.US.toneList(filename) : Optional.empty();

        if (channel.state() != ChannelState.UP) {
            if (options.has('s')) {
                channel.setVariable(variable, "");
                channel.setVariable("READSTATUS", "SKIPPED");
                return Result.CONTINUE;
            }
            if (!options.has('n')) {
                channel.answer();
            }
        }
        String status = "ERROR";
        while (tries > 0 && !channel.isHungUp()) {
            Entry entry = tone.isPresent()
                    ? readWithTone(channel, tone.get(), maxDigits, timeoutMillis, terminators)
                    : readWithPrompts(channel, options.has('i') ? "" : filename, maxDigits, timeoutMillis, terminators);
            if (entry.status != null) {
                status = entry.status;
            }
            channel.setVariable(variable, entry.digits);
            if (entry.hungUp) {
                break;
            }
            if (!entry.digits.isEmpty()) {
                LOG.debug("User entered '{}'", entry.digits);
                break;
            }
            tries--;
        }
        if (channel.isHungUp()) {
            status = "HANGUP";
        }
        channel.setVariable("READSTATUS", status);
        return Result.CONTINUE;
    }

    /** What one attempt read; {@code status} stays null where Asterisk leaves the previous one. */
    private record Entry(String digits, String status, boolean hungUp) {
    }

    /** {@code ast_app_getdata_terminator} and {@code ast_readstring_full}. */
    private Entry readWithPrompts(Channel channel, String prompts, int maxDigits, long timeoutMillis, String enders)
            throws InterruptedException {
        long first = timeoutMillis > 0 ? timeoutMillis : ChannelMedia.RESPONSE_TIMEOUT_MILLIS;
        long between = timeoutMillis > 0 ? timeoutMillis : ChannelMedia.DIGIT_TIMEOUT_MILLIS;
        int pressed = 0;
        if (!prompts.isEmpty()) {
            for (String file : prompts.split("&", -1)) {
                if (file.isEmpty()) {
                    continue;
                }
                Optional<Prompt> prompt = sounds.find(file, channel.language());
                if (prompt.isEmpty()) {
                    continue;
                }
                pressed = ChannelMedia.play(channel, clock, prompt.get().source(), ChannelMedia.ANY_DIGIT);
                if (pressed != 0) {
                    break;
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        long wait = first;
        while (true) {
            int digit = pressed != 0 ? pressed : ChannelMedia.waitForDigit(channel, wait);
            pressed = 0;
            if (digit < 0) {
                return new Entry(digits.toString(), null, true);
            }
            if (digit == 0) {
                return new Entry(digits.toString(), "TIMEOUT", false);
            }
            boolean ender = enders.indexOf(digit) >= 0;
            if (ender && digits.isEmpty()) {
                return new Entry("", "OK", false);
            }
            if (!ender) {
                digits.append((char) digit);
            }
            if (ender || digits.length() >= maxDigits) {
                return new Entry(digits.toString(), "OK", false);
            }
            wait = between;
        }
    }

    /** The {@code i} option: the tone plays until the first key. */
    private Entry readWithTone(Channel channel, ToneList tone, int maxDigits, long timeoutMillis, String enders)
            throws InterruptedException {
        long wait = timeoutMillis > 0 ? timeoutMillis : ChannelMedia.RESPONSE_TIMEOUT_MILLIS;
        FrameSource generator = tone.generator();
        Player player = Player.start(clock, channel, generator);
        StringBuilder digits = new StringBuilder();
        String status = null;
        try {
            while (digits.length() < maxDigits) {
                int digit = ChannelMedia.waitForDigit(channel, wait);
                player.close();
                if (digit < 1) {
                    if (digit == 0) {
                        status = "TIMEOUT";
                    }
                    return new Entry(digits.toString(), status, digit < 0);
                }
                if (enders.indexOf(digit) >= 0) {
                    return new Entry(digits.toString(), "OK", false);
                }
                digits.append((char) digit);
                if (digits.length() >= maxDigits) {
                    status = "OK";
                }
            }
            return new Entry(digits.toString(), status, false);
        } finally {
            player.close();
        }
    }

    @Override
    public String synopsis() {
        return "Read a variable.";
    }

    @Override
    public String syntax() {
        return "Read(variable,[filename[&filename2[&...]],[maxdigits,[options,[attempts,[timeout]]]]])";
    }
}
