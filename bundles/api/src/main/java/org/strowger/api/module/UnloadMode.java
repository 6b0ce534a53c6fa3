package org.strowger.api.module;

/** How hard {@code module unload} tries, as Asterisk's {@code ast_module_unload_mode}. */
public enum UnloadMode {
    /** No flag: refused while the module's use count is above 0. */
    SOFT,
    /** {@code -f}: ignores the use count; the module hangs up what it holds. */
    FIRM,
    /** {@code -h}: unloads even if the module's stop fails. Dangerous. */
    HARD
}
