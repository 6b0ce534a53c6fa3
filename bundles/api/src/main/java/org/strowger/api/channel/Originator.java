package org.strowger.api.channel;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** Places calls for the CLI and AMI ({@code channel originate}, {@code Originate}). */
@ProviderType
public interface Originator {

    /**
     * Validates the request, then dials in the background.
     *
     * @return completes when the channel answered (and went on to its target) or failed; a caller
     *     that wants AMI's synchronous behaviour waits for it, an asynchronous one does not
     * @throws OriginateException when the request is refused before dialing (no {@code /} in the
     *     channel, a missing extension, an unknown application)
     */
    CompletionStage<OriginateResult> originate(OriginateRequest request) throws OriginateException;
}
