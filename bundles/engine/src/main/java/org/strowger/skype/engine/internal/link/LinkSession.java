package org.strowger.skype.engine.internal.link;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.strowger.api.media.Format;

/** A logged-in community session of one account. */
public interface LinkSession {

    /**
     * Sends a command (the line without {@code #id}) and completes with the reply without its {@code #id}
     * ({@code USER x FULLNAME James Bond}), or fails with a {@link LinkException} ({@code ERROR <code>
     * <text>}, timeout, connection lost).
     */
    CompletionStage<String> command(String command);

    /**
     * Places a call with its media opened ({@code CALL <target> MEDIA <ip:port|TCP> CODECS ... [TOPIC ...]});
     * completes once the community gave it an id.
     *
     * @param tcp RTP through the community connection ({@code disable_udp=yes}) instead of UDP
     */
    CompletionStage<LinkCall> call(String target, List<Format> formats, String topic, boolean tcp);

    /** An incoming call the session was offered, by its id. */
    Optional<LinkCall> incoming(String id);

    /** Closes the connection (the community ends the session's calls). */
    void close();
}
