package org.strowger.core.internal.dialplan.app;

import java.util.OptionalInt;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * {@code Hangup([cause])}: hangs the channel up, with the cause given by name ({@code USER_BUSY}) or
 * number ({@code 17}); without one, or with one that means nothing, {@code NORMAL_CLEARING}.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Hangup")
public final class HangupApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(HangupApplication.class);

    @Override
    public Result execute(Channel channel, String data) {
        channel.hangup(cause(data.strip()));
        return Result.HANGUP;
    }

    /** Asterisk's {@code pbx_builtin_hangup}: a cause name first, then a positive number. */
    static int cause(String text) {
        if (text.isEmpty()) {
            return HangupCause.NORMAL_CLEARING.code();
        }
        var named = HangupCause.byName(text);
        if (named.isPresent()) {
            return named.get().code();
        }
        OptionalInt number = AsteriskNumbers.leadingInt(text);
        if (number.isPresent() && number.getAsInt() > 0) {
            return number.getAsInt();
        }
        LOG.warn("Invalid cause given to Hangup(): \"{}\"", text);
        return HangupCause.NORMAL_CLEARING.code();
    }

    @Override
    public String synopsis() {
        return "Hang up the calling channel.";
    }
}
