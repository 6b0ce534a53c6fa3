/**
 * Facts about the running PBX: version, uptime, boot state.
 */
@Export
@Version("1.0.0")
package org.strowger.api.system;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
