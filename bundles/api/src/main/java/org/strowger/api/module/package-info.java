/**
 * The module model: Asterisk modules are bundles carrying a {@code Strowger-Module} header; they
 * report use counts and reload themselves through the services of this package.
 */
@Export
@Version("1.0.0")
package org.strowger.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
