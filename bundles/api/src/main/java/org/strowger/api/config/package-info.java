/**
 * Asterisk-dialect configuration files ({@code etc/pbx/*.conf}) as immutable values, and the one
 * service that reads them for every module.
 */
@Export
@Version("1.0.0")
package org.strowger.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
