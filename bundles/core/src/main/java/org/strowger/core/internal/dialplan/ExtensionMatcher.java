package org.strowger.core.internal.dialplan;

import java.util.Optional;

/**
 * Finds the extension of one context that a dialled number reaches. Exact matching is all there is
 * today; Asterisk's patterns ({@code _NXX.}) plug in here without touching the PBX loop.
 */
@FunctionalInterface
public interface ExtensionMatcher {

    /**
     * @param context the context to search (not its includes: the snapshot walks those)
     * @param exten the dialled extension
     * @param callerId the caller's number, empty if unknown
     * @return the best extension of this context for the number, if any
     */
    Optional<Extension> match(DialplanContext context, String exten, String callerId);
}
