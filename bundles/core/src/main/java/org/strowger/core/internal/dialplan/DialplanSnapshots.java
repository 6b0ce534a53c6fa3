package org.strowger.core.internal.dialplan;

import java.util.function.Consumer;

/**
 * The dialplan as immutable snapshots, for parts of the core that follow {@code dialplan reload}
 * (the hints of {@code exten => 100,hint,...}).
 */
public interface DialplanSnapshots {

    /** The dialplan now. */
    DialplanSnapshot snapshot();

    /**
     * Tells the listener of every dialplan installed from now on, on the installing thread; it must
     * return quickly.
     *
     * @return closing it stops the notifications
     */
    AutoCloseable onInstall(Consumer<DialplanSnapshot> listener);
}
