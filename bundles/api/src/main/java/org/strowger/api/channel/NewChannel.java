package org.strowger.api.channel;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.strowger.api.media.Format;

/**
 * What a channel driver asks {@link ChannelService#newChannel} to create. Build with
 * {@link #builder(String, String)}.
 *
 * @param technology the technology, e.g. {@code Skype}
 * @param resource the resource; the name becomes {@code technology/resource-<seq>}
 * @param name a full name chosen by the driver instead (the {@code Local} pair's {@code ;1} and
 *     {@code ;2}), or {@code null}
 * @param nativeFormats the formats the technology carries, best first; never empty
 * @param state the first state: {@code DOWN} for an outgoing channel, {@code RING} for an incoming one
 * @param callerId the caller ID
 * @param context where the dialplan starts for an incoming channel
 * @param exten the extension it starts at
 * @param requestor the channel this one is created for (linkedid, inherited variables), or {@code null}
 */
public record NewChannel(String technology, String resource, String name, Set<Format> nativeFormats,
        ChannelState state, CallerId callerId, String context, String exten, Channel requestor) {

    public NewChannel {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(resource, "resource");
        nativeFormats = Collections.unmodifiableSet(new LinkedHashSet<>(nativeFormats));
        if (nativeFormats.isEmpty()) {
            throw new IllegalArgumentException("a channel needs at least one native format");
        }
        Objects.requireNonNull(state, "state");
        callerId = Objects.requireNonNullElse(callerId, CallerId.UNKNOWN);
        context = Objects.requireNonNullElse(context, "default");
        exten = Objects.requireNonNullElse(exten, "s");
    }

    public static Builder builder(String technology, String resource) {
        return new Builder(technology, resource);
    }

    /** Builds a {@link NewChannel}; only technology, resource and a format are required. */
    public static final class Builder {

        private final String technology;
        private final String resource;
        private String name;
        private final Set<Format> formats = new LinkedHashSet<>();
        private ChannelState state = ChannelState.DOWN;
        private CallerId callerId = CallerId.UNKNOWN;
        private String context = "default";
        private String exten = "s";
        private Channel requestor;

        private Builder(String technology, String resource) {
            this.technology = technology;
            this.resource = resource;
        }

        public Builder name(String fullName) {
            this.name = fullName;
            return this;
        }

        public Builder formats(Set<Format> nativeFormats) {
            formats.addAll(nativeFormats);
            return this;
        }

        public Builder format(Format nativeFormat) {
            formats.add(nativeFormat);
            return this;
        }

        public Builder state(ChannelState initial) {
            this.state = initial;
            return this;
        }

        public Builder callerId(CallerId id) {
            this.callerId = id;
            return this;
        }

        public Builder dialplan(String startContext, String startExten) {
            this.context = startContext;
            this.exten = startExten;
            return this;
        }

        public Builder requestor(Channel creator) {
            this.requestor = creator;
            return this;
        }

        public NewChannel build() {
            return new NewChannel(technology, resource, name, formats, state, callerId, context, exten, requestor);
        }
    }
}
