/**
 * The channel model's Asterisk values: the hangup causes a channel ends with and the states it
 * passes through, with the numbers and texts Asterisk uses for them.
 */
@Export
@Version("1.0.0")
package org.strowger.api.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
