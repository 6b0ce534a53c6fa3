package org.strowger.core.internal.dialplan.app;

import org.strowger.api.dialplan.Dialplan;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * What collecting dialled digits asks of the dialplan: Asterisk's {@code ast_exists_extension},
 * {@code ast_canmatch_extension} and {@code ast_matchmore_extension}, answered by the core's
 * dialplan; another {@link Dialplan} can only say whether an extension exists.
 */
final class ExtensionLookup {

    private final Dialplan dialplan;

    ExtensionLookup(Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    boolean exists(String context, String exten, int priority, String callerId) {
        return dialplan.exists(context, exten, priority, callerId);
    }

    /** Whether the digits are an extension or the start of one. */
    boolean canMatch(String context, String exten, String callerId) {
        return dialplan instanceof DialplanEngine engine ? engine.snapshot().canMatch(context, exten, callerId)
                : dialplan.exists(context, exten, 1, callerId);
    }

    /** Whether more digits could make an extension (the digits alone may or may not be one). */
    boolean matchMore(String context, String exten, String callerId) {
        return dialplan instanceof DialplanEngine engine && engine.snapshot().matchMore(context, exten, callerId);
    }
}
