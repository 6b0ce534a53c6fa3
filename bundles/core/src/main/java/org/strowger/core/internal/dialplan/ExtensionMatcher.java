package org.strowger.core.internal.dialplan;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the extension of one context that a dialled number reaches; the snapshot walks the includes.
 */
@FunctionalInterface
public interface ExtensionMatcher {

    /**
     * @param context the context to search (not its includes)
     * @param exten the dialled extension
     * @param callerId the caller's number, empty if unknown
     * @param wanted what the extension must have to count (a priority, a label, a hint); the search
     *     goes on past a matching extension without it, as Asterisk's does
     * @return the best extension of this context for the number, if any
     */
    Optional<Extension> match(DialplanContext context, String exten, String callerId, Predicate<Extension> wanted);
}
