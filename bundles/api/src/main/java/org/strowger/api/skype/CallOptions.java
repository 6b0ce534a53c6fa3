package org.strowger.api.skype;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.strowger.api.media.Format;

/**
 * How to place a call ({@link SkypeAccount#call}): the formats to offer, best first (chan_skype's
 * {@code allow}/{@code disallow}, manual 3.1), and the call's {@code topic} and {@code token}
 * (manual 3.3.2, set with {@code SKYPE_CALL_PROPERTY} or {@code setvar} before the {@code Dial}).
 *
 * @param formats the formats to offer, best first: {@code ulaw}, {@code alaw}, {@code g729}
 * @param topic the call topic; empty for none
 * @param token the access call token; empty for none
 */
public record CallOptions(List<Format> formats, String topic, String token) {

    /** The formats the Skype community carries (RTP payload types 0, 8 and 18). */
    public static final List<Format> SUPPORTED_FORMATS = List.of(Format.ULAW, Format.ALAW, Format.G729);

    public CallOptions {
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a call needs at least one format to offer (ulaw, alaw or g729)");
        }
        for (Format format : formats) {
            if (!SUPPORTED_FORMATS.contains(format)) {
                throw new IllegalArgumentException("Skype calls cannot carry " + format + "; use ulaw, alaw or g729");
            }
        }
        formats = List.copyOf(new LinkedHashSet<>(formats));
        topic = topic == null ? "" : topic;
        token = token == null ? "" : token;
        if (topic.indexOf('\n') >= 0 || topic.indexOf('\r') >= 0 || token.indexOf('\n') >= 0
                || token.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a call topic or token must be one line");
        }
    }

    /** ulaw, alaw and g729, no topic, no token: the manual's default {@code allow}. */
    public static CallOptions defaults() {
        return new CallOptions(SUPPORTED_FORMATS, "", "");
    }

    public static CallOptions of(List<Format> formats) {
        return new CallOptions(formats, "", "");
    }

    public CallOptions withTopic(String value) {
        return new CallOptions(formats, value, token);
    }

    public CallOptions withToken(String value) {
        return new CallOptions(formats, topic, value);
    }
}
