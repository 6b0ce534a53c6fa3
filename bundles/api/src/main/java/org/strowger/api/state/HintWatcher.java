package org.strowger.api.state;

import org.osgi.annotation.versioning.ConsumerType;

/** Told of every change of a watched hint, once and in order. Must not block. */
@ConsumerType
@FunctionalInterface
public interface HintWatcher {

    /** @param hint the hint after the change */
    void changed(Hint hint);
}
