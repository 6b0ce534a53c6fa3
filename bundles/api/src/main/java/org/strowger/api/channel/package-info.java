/**
 * The channel model: {@code Channel}, the {@code ChannelDriver} SPI through which channel
 * technologies plug in (service property {@code technology}), the core's {@code ChannelService},
 * two-party bridges, Originate, and the Asterisk values channels carry (hangup causes and states).
 */
@Export
@Version("1.0.0")
package org.strowger.api.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
