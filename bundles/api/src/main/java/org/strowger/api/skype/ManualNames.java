package org.strowger.api.skype;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one lookup behind the {@code parse} methods of this package: the manual's strings are matched ignoring
 * case and surrounding blanks, because dialplans and manager actions write them either way.
 */
final class ManualNames {

    private ManualNames() {
    }

    /** The value whose name (null: has none) equals {@code text} ignoring case and surrounding blanks. */
    static <E> Optional<E> find(E[] values, Function<E, String> name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E value : values) {
            String candidate = name.apply(value);
            if (candidate != null && candidate.equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
