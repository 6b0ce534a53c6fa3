/**
 * The PBX's internal event bus: what happened (a channel appeared, a module loaded), with the
 * exact names and fields that the manager interface (AMI) prints.
 */
@Export
@Version("1.0.0")
package org.strowger.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
