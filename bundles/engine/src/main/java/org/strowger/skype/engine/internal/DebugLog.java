package org.strowger.skype.engine.internal;

import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debug output that the {@code skype set debug|vedebug} toggles (manual 4.2.4-4.2.12) switch on
 * without touching the log configuration: while a toggle is on, what is normally DEBUG is written at
 * INFO, so it shows with Karaf's default levels; with the toggles off it stays DEBUG, so
 * {@code log:set DEBUG org.strowger.skype.engine.user.james_bond} works as well.
 */
final class DebugLog {

    /** The engine's category. */
    static final String ENGINE_CATEGORY = "org.strowger.skype.engine";
    /** Each account's category is this plus its name. */
    static final String USER_CATEGORY_PREFIX = ENGINE_CATEGORY + ".user.";

    private final Logger logger;
    private final BooleanSupplier on;

    DebugLog(String category, BooleanSupplier on) {
        this.logger = LoggerFactory.getLogger(category);
        this.on = on;
    }

    Logger logger() {
        return logger;
    }

    /** Whether a call would write anything (to skip building expensive arguments). */
    boolean enabled() {
        return on.getAsBoolean() || logger.isDebugEnabled();
    }

    void debug(String format, Object... arguments) {
        if (on.getAsBoolean()) {
            logger.info(format, arguments);
        } else {
            logger.debug(format, arguments);
        }
    }
}
