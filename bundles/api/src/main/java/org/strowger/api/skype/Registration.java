package org.strowger.api.skype;

import org.osgi.annotation.versioning.ProviderType;

/** A listener's registration; closing it stops the calls to the listener. Closing twice does nothing. */
@ProviderType
@FunctionalInterface
public interface Registration extends AutoCloseable {

    @Override
    void close();
}
