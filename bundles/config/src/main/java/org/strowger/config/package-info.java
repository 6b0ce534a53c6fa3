/**
 * The parser of Asterisk-dialect configuration files ({@link org.strowger.config.ConfigParser}), producing the
 * values of {@code org.strowger.api.config}. A library rather than a service so that code outside OSGi (the
 * community's stand-alone server) reads its files with the same rules as the PBX; inside the PBX, modules use
 * the {@code ConfigFiles} service, which core builds on this parser.
 */
@Export
@Version("1.0.0")
package org.strowger.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
