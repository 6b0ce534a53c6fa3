package org.strowger.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module bundle to report how many things it is holding right now (channels, AMI
 * sessions, calls): Asterisk's module use count. While it is above 0, {@code module unload} without
 * {@code -f} or {@code -h} is refused and {@code module show} prints the number.
 *
 * <p>A bundle may register several; the registry adds them up. Must be cheap and never block.
 */
@ConsumerType
public interface UseCount {

    int useCount();
}
