/**
 * TEST ONLY: drive and inspect channels of the {@code Test} technology from integration tests and
 * benchmarks. {@code TestChannels} is the service, {@code ChannelProbe} one channel's recorder and
 * remote control, {@code AudioCheck} and {@code G711} decode and measure what was received.
 */
@Export
@Version("1.0.0")
package org.strowger.chantest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
