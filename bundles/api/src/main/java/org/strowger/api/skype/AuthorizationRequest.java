package org.strowger.api.skype;

import java.time.Instant;
import java.util.Objects;

/**
 * Another user asks an account for authorisation to add it to its buddy list and see its presence.
 * chan_skype's {@code auth_policy} (manual 3.1: {@code accept}, {@code accept.<password>} matched
 * against {@link #message()}, {@code deny}, {@code block}, {@code ignore}) answers it with
 * {@link SkypeAccount#authorize}, {@link SkypeAccount#deny}, {@link SkypeAccount#block} or
 * {@link SkypeAccount#ignore}.
 *
 * @param account the engine account that was asked
 * @param from the Skype name asking
 * @param message the request's text, exactly as the requester wrote it (may be empty)
 * @param received when the engine learnt of it
 */
public record AuthorizationRequest(String account, String from, String message, Instant received) {

    public AuthorizationRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        message = message == null ? "" : message;
        Objects.requireNonNull(received, "received");
    }
}
