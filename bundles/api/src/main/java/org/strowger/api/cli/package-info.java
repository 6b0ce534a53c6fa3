/**
 * Running Asterisk CLI lines ({@code module show}) as Karaf commands ({@code module:show}).
 */
@Export
@Version("1.0.0")
package org.strowger.api.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
