package org.strowger.skype.engine.internal.link;

import java.util.concurrent.CompletionStage;

/**
 * How the engine reaches the community: opens one logged-in session per account. The engine's state
 * machines only see this seam, so unit tests drive them with a fake community and the bundle uses
 * {@link ClientLink} over the community client library.
 */
public interface CommunityLink {

    /**
     * Connects and logs one account in (mode {@code PBX}). Progress is reported to the listener as it
     * happens; the stage completes once the community said {@code LOGIN OK}, or fails with a
     * {@link LinkException} (a refused login carries the community's error code).
     */
    CompletionStage<LinkSession> open(String username, String secret, LinkListener listener);
}
