package org.strowger.community.client;

import java.util.List;

import org.strowger.community.media.PayloadType;

/**
 * How to place or answer a call.
 *
 * @param codecs audio payload types in order of preference (telephone-event is implicit)
 * @param media  UDP or relayed through the connection
 * @param topic  the call's topic, or null (only when placing)
 */
public record CallOptions(List<PayloadType> codecs, MediaMode media, String topic) {

    public CallOptions {
        codecs = List.copyOf(codecs);
        if (codecs.isEmpty()) {
            throw new IllegalArgumentException("a call needs at least one codec");
        }
        for (PayloadType type : codecs) {
            if (!type.isAudio()) {
                throw new IllegalArgumentException(type + " is not an audio codec");
            }
        }
        if (media == null) {
            throw new IllegalArgumentException("media mode missing");
        }
        if (topic != null && (topic.indexOf('\n') >= 0 || topic.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("a topic cannot contain line breaks");
        }
    }

    /** PCMU then PCMA over UDP, no topic. */
    public static CallOptions defaults() {
        return new CallOptions(List.of(PayloadType.PCMU, PayloadType.PCMA), MediaMode.UDP, null);
    }

    public CallOptions withCodecs(List<PayloadType> newCodecs) {
        return new CallOptions(newCodecs, media, topic);
    }

    public CallOptions withMedia(MediaMode newMedia) {
        return new CallOptions(codecs, newMedia, topic);
    }

    public CallOptions withTopic(String newTopic) {
        return new CallOptions(codecs, media, newTopic);
    }
}
