package org.strowger.core.internal.dialplan;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asterisk's extension search in one context ({@code pbx_find_extension} with the default matcher,
 * {@code extenpatternmatchnew=no}): the extensions in {@code ext_cmp} order, so an exact extension
 * beats any pattern and a more specific pattern beats a looser one; the first that matches the
 * number and the caller and has what is asked for wins.
 */
public final class PatternExtensionMatcher implements ExtensionMatcher {

    @Override
    public Optional<Extension> match(DialplanContext context, String exten, String callerId,
            Predicate<Extension> wanted) {
        String number = exten == null ? "" : exten;
        for (Extension candidate : context.extensions()) {
            if (!ExtensionPattern.matches(candidate.name(), number)) {
                continue;
            }
            if (!candidate.matchesAnyCaller()
                    && !ExtensionPattern.matchesCallerId(candidate.callerIdMatch(), callerId)) {
                continue;
            }
            if (wanted.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
