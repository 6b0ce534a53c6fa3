package org.strowger.core.internal.dialplan.function;

import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * The dialplan's truth test, {@code pbx_checkcondition} (main/pbx.c): empty is false, a leading
 * integer is its value, any other text is true.
 */
final class Conditions {

    private Conditions() {
    }

    static boolean isTrue(String condition) {
        if (condition == null || condition.isEmpty()) {
            return false;
        }
        return AsteriskNumbers.leadingInt(condition).stream().allMatch(value -> value != 0);
    }
}
