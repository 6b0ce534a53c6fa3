package org.strowger.core.internal.local;

import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.HangupCause;

/**
 * Where a {@code Local} channel goes: {@code exten@context[/options]}, the context {@code default}
 * when none is given.
 *
 * @param exten the extension the {@code ;2} half starts at
 * @param context its context
 * @param options the letters after {@code /} ({@code n}); none changes anything, since this
 *     {@code Local} channel never optimizes itself away
 */
record LocalDestination(String exten, String context, String options) {

    static final String DEFAULT_CONTEXT = "default";

    static LocalDestination parse(String resource) throws ChannelRequestException {
        String text = resource == null ? "" : resource.strip();
        String options = "";
        int slash = text.indexOf('/');
        if (slash >= 0) {
            options = text.substring(slash + 1);
            text = text.substring(0, slash);
        }
        int at = text.indexOf('@');
        String exten = (at < 0 ? text : text.substring(0, at)).strip();
        String context = at < 0 ? DEFAULT_CONTEXT : text.substring(at + 1).strip();
        if (exten.isEmpty()) {
            throw new ChannelRequestException(HangupCause.INVALID_NUMBER_FORMAT,
                    "Local/" + resource + " names no extension: use Local/exten@context");
        }
        if (context.isEmpty()) {
            throw new ChannelRequestException(HangupCause.INVALID_NUMBER_FORMAT,
                    "Local/" + resource + " has nothing after '@': use Local/exten@context, or Local/exten for context '"
                            + DEFAULT_CONTEXT + "'");
        }
        return new LocalDestination(exten, context, options);
    }

    /** {@code exten@context}, as the channel name shows it. */
    String address() {
        return exten + "@" + context;
    }
}
