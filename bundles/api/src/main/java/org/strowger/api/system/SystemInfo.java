package org.strowger.api.system;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What {@code core show version}, {@code core show uptime} and the AMI {@code CoreSettings} /
 * {@code CoreStatus} actions report.
 */
@ProviderType
public interface SystemInfo {

    /** The product name, {@code Strowger}. */
    String productName();

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    String version();

    /**
     * The {@code core show version} line: {@code Strowger <ver> built by <user> @ <host> on a
     * <machine> running <os> on <date>}, Asterisk's layout.
     */
    String versionLine();

    /** When the PBX core started. */
    Instant startupTime();

    /** When the configuration was last reloaded (the startup time until the first reload). */
    Instant lastReloadTime();

    /** Whether every module that modules.conf loads at boot has been started. */
    boolean fullyBooted();
}
