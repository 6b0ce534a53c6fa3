package org.strowger.api.channel;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.media.Format;

/** The core's channels: creating, finding and counting them. */
@ProviderType
public interface ChannelService {

    /**
     * Requests an outgoing channel from its technology (Asterisk's {@code ast_request}). The
     * channel is created but not called; see {@link Channel#call}.
     *
     * @param dialString {@code Tech/resource}
     * @param formats the formats wanted, best first; may be empty
     * @param requestor the channel the call is made for, or {@code null}
     * @throws ChannelRequestException with a cause: malformed dial string, unknown technology
     *     ({@code CHANNEL_UNACCEPTABLE} as Asterisk reports it), or the driver's refusal
     */
    Channel request(String dialString, Set<Format> formats, Channel requestor) throws ChannelRequestException;

    /**
     * Creates a channel for a driver (for an outgoing request or an incoming call) and publishes
     * {@code Newchannel}.
     *
     * @param spec what to create
     * @param tech builds the driver's side of the channel from the link it will report through
     * @return the link; {@link ChannelLink#channel()} is the new channel
     */
    ChannelLink newChannel(NewChannel spec, Function<ChannelLink, TechChannel> tech);

    /** The next number for a channel name's {@code -<seq>} suffix (drivers that name their own channels). */
    int nextSequence();

    /** The channel with this name (case-insensitive, as Asterisk looks names up). */
    Optional<Channel> find(String name);

    Optional<Channel> findByUniqueId(String uniqueId);

    /** The live channels, oldest first. */
    List<Channel> channels();

    /** Calls up now, as {@code core show channels} counts them. */
    int activeCalls();

    /** Calls handled since start. */
    long processedCalls();

    /** The technologies a driver is registered for, sorted. */
    List<String> technologies();
}
