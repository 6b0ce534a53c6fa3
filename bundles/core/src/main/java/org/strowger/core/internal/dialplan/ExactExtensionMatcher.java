package org.strowger.core.internal.dialplan;

import java.util.List;
import java.util.Optional;

/**
 * Asterisk's matching for extensions that are not patterns: equal after removing dashes. Of the
 * extensions of that name, one limited to the caller's number wins over one for any caller.
 */
public final class ExactExtensionMatcher implements ExtensionMatcher {

    @Override
    public Optional<Extension> match(DialplanContext context, String exten, String callerId) {
        List<Extension> candidates = context.extensionsNamed(normalize(exten));
        Extension forAnyCaller = null;
        for (Extension candidate : candidates) {
            if (candidate.matchesAnyCaller()) {
                if (forAnyCaller == null) {
                    forAnyCaller = candidate;
                }
            } else if (candidate.callerIdMatch().equals(normalize(callerId))) {
                return Optional.of(candidate);
            }
        }
        return Optional.ofNullable(forAnyCaller);
    }

    /** Dashes are only there to help people read numbers; Asterisk ignores them when matching. */
    static String normalize(String number) {
        return number == null ? "" : number.replace("-", "");
    }
}
