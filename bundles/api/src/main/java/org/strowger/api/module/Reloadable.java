package org.strowger.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module bundle that supports {@code module reload <name>} (Asterisk's
 * {@code reload} callback). The module registry finds it through the bundle that registered it.
 *
 * <p>A reload re-reads the module's configuration and swaps it in only when it is valid; it never
 * throws: a refusal or an error is a {@link ReloadResult} with the reason for the operator.
 */
@ConsumerType
public interface Reloadable {

    ReloadResult reload();
}
