package org.strowger.api.state;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The dialplan's hints with their extension and presence states (Asterisk's extension_state.c). */
@ProviderType
public interface Hints {

    /** Every hint, ordered by context then extension. */
    List<Hint> hints();

    /** The hint of {@code exten@context}, if it has one. */
    Optional<Hint> hint(String context, String exten);

    /**
     * Watches a hint: the watcher hears every later change of its extension or presence state.
     *
     * @return closing it stops the watch; empty if the extension has no hint
     */
    Optional<AutoCloseable> watch(String context, String exten, HintWatcher watcher);
}
