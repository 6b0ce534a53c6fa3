package org.strowger.api.channel;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.media.Format;

/**
 * A channel technology ({@code Skype}, {@code Local}): Asterisk's {@code ast_channel_tech}.
 * Register as a service with the property {@value #TECHNOLOGY}. When the service goes away the
 * core hangs up every channel of that technology with cause {@code NORMAL_CLEARING}.
 */
@ConsumerType
public interface ChannelDriver {

    /** Service property: the technology name users dial, e.g. {@code Skype}. */
    String TECHNOLOGY = "technology";

    /** One line for {@code core show channeltypes}. */
    String description();

    /**
     * Creates an outgoing channel (Asterisk's {@code requester}), not yet called. The driver
     * creates it with {@link ChannelService#newChannel}.
     *
     * @param resource what follows {@code Tech/} in the dial string
     * @param formats the formats the requestor would like, best first; may be empty
     * @param requestor the channel on whose behalf the call is made (its variables with {@code _}
     *     and {@code __} are inherited), or {@code null}
     * @throws ChannelRequestException with the cause to report, e.g. a malformed resource or a
     *     busy account
     */
    Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException;
}
