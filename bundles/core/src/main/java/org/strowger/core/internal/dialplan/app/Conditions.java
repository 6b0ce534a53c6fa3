package org.strowger.core.internal.dialplan.app;

import org.strowger.core.internal.dialplan.AsteriskNumbers;

/**
 * {@code pbx_checkcondition} (main/pbx.c), the one truth test of GotoIf, While, ExecIf and friends:
 * empty is false, a number at the start is its value, any other text is true. The argument has been
 * substituted already, so a {@code $[...]} has become its value by the time it gets here.
 */
final class Conditions {

    private Conditions() {
    }

    static boolean isTrue(String condition) {
        if (condition == null || condition.isEmpty()) {
            return false;
        }
        var number = AsteriskNumbers.leadingInt(condition);
        return number.isEmpty() || number.getAsInt() != 0;
    }
}
