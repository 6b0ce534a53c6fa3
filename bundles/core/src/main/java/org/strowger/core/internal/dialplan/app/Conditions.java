package org.strowger.core.internal.dialplan.app;

import org.strowger.core.internal.dialplan.expr.AsteriskExpression;

/**
 * {@code pbx_checkcondition} (main/pbx.c), the one truth test of GotoIf, While, ExecIf and friends:
 * empty is false, a number at the start is its value, any other text is true. The argument has been
 * substituted already, so a {@code $[...]} has become its value by the time it gets here.
 */
final class Conditions {

    private Conditions() {
    }

    static boolean isTrue(String condition) {
        return AsteriskExpression.isTrue(condition);
    }
}
