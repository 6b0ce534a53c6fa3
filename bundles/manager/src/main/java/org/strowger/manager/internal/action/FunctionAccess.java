package org.strowger.manager.internal.action;

import org.strowger.api.event.EventCategory;

/**
 * function_capable_string_allowed_with_auths: a session without {@code system} write permission
 * may not read anything that mentions SHELL or EVAL, which could run a shell command.
 */
final class FunctionAccess {

    private FunctionAccess() {
    }

    static boolean allowed(String text, int writeMask) {
        return (writeMask & EventCategory.SYSTEM.bit()) != 0 || !(text.contains("SHELL") || text.contains("EVAL"));
    }
}
