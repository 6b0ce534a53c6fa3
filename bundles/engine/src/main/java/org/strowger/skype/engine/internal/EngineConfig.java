package org.strowger.skype.engine.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;
import org.strowger.api.skype.EngineSettings;

/**
 * The engine's part of chan_skype.conf's {@code [general]} section (manual 3.1): {@code engine_directory},
 * {@code bind_address}, {@code bind_port}, {@code disable_tcpauto}, {@code disable_udp},
 * {@code rtp_address}, the initial {@code debug}, and Strowger's own {@code community = host:port}.
 * Other keys of the section belong to chan_skype and are left alone.
 *
 * @param settings the settings as the API shows them
 * @param debug the initial engine-wide debug toggle
 */
record EngineConfig(EngineSettings settings, boolean debug) {

    static final String FILE = "chan_skype.conf";

    static final String DEFAULT_ENGINE_DIRECTORY = "/tmp";
    static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";
    static final String DEFAULT_RTP_ADDRESS = "127.0.0.1";
    static final String DEFAULT_COMMUNITY_HOST = "127.0.0.1";

    /** The defaults of manual 3.1, used when chan_skype.conf or its {@code [general]} section is missing. */
    static EngineConfig defaults(Path databaseDirectory) {
        return new EngineConfig(new EngineSettings(Path.of(DEFAULT_ENGINE_DIRECTORY), DEFAULT_BIND_ADDRESS, 0, false,
                false, DEFAULT_RTP_ADDRESS, DEFAULT_COMMUNITY_HOST, EngineSettings.DEFAULT_COMMUNITY_PORT,
                databaseDirectory), false);
    }

    /**
     * Reads the {@code [general]} section.
     *
     * @throws IllegalArgumentException naming file, line and key of the first bad value
     */
    static EngineConfig from(ConfigFile file, Path databaseDirectory) {
        Optional<ConfigSection> general = file.section("general");
        if (general.isEmpty()) {
            return defaults(databaseDirectory);
        }
        ConfigSection section = general.get();
        Path engineDirectory = section.entry("engine_directory").map(EngineConfig::path)
                .orElse(Path.of(DEFAULT_ENGINE_DIRECTORY));
        String bindAddress = section.entry("bind_address").map(EngineConfig::address).orElse(DEFAULT_BIND_ADDRESS);
        int bindPort = section.entry("bind_port").map(e -> port(e, 0)).orElse(0);
        boolean disableTcpAuto = section.entry("disable_tcpauto").map(EngineConfig::yesNo).orElse(false);
        boolean disableUdp = section.entry("disable_udp").map(EngineConfig::yesNo).orElse(false);
        String rtpAddress = section.entry("rtp_address").map(EngineConfig::address).orElse(DEFAULT_RTP_ADDRESS);
        boolean debug = section.entry("debug").map(EngineConfig::yesNo).orElse(false);
        String communityHost = DEFAULT_COMMUNITY_HOST;
        int communityPort = EngineSettings.DEFAULT_COMMUNITY_PORT;
        Optional<ConfigEntry> community = section.entry("community");
        if (community.isPresent()) {
            ConfigEntry entry = community.get();
            String value = entry.value().strip();
            int colon = value.lastIndexOf(':');
            boolean bracketed = value.startsWith("[");
            if (colon < 0 || (bracketed && value.lastIndexOf(']') > colon)) {
                communityHost = value;
            } else {
                communityHost = value.substring(0, colon);
                communityPort = port(new ConfigEntry(entry.key(), value.substring(colon + 1), entry.object(),
                        entry.file(), entry.line()), 1);
            }
            if (communityHost.startsWith("[") && communityHost.endsWith("]")) {
                communityHost = communityHost.substring(1, communityHost.length() - 1);
            }
            if (communityHost.isBlank()) {
                throw bad(entry, "community needs a host: host:port, e.g. 127.0.0.1:2729");
            }
        }
        return new EngineConfig(new EngineSettings(engineDirectory, bindAddress, bindPort, disableTcpAuto, disableUdp,
                rtpAddress, communityHost, communityPort, databaseDirectory), debug);
    }

    /** The manual's wording for a setting that a reload does not change, when the file now says otherwise. */
    String differencesFrom(EngineConfig other) {
        StringBuilder changed = new StringBuilder();
        EngineSettings a = settings;
        EngineSettings b = other.settings;
        append(changed, "engine_directory", a.engineDirectory().equals(b.engineDirectory()));
        append(changed, "bind_address", a.bindAddress().equals(b.bindAddress()));
        append(changed, "bind_port", a.bindPort() == b.bindPort());
        append(changed, "disable_tcpauto", a.disableTcpAuto() == b.disableTcpAuto());
        append(changed, "disable_udp", a.disableUdp() == b.disableUdp());
        append(changed, "rtp_address", a.rtpAddress().equals(b.rtpAddress()));
        append(changed, "community", a.community().equals(b.community()));
        return changed.toString();
    }

    private static void append(StringBuilder changed, String key, boolean same) {
        if (!same) {
            changed.append(changed.length() == 0 ? "" : ", ").append(key);
        }
    }

    private static Path path(ConfigEntry entry) {
        try {
            if (entry.value().isBlank()) {
                throw bad(entry, "engine_directory needs a directory");
            }
            return Path.of(entry.value().strip());
        } catch (InvalidPathException e) {
            throw bad(entry, "engine_directory is not a valid path: " + e.getMessage());
        }
    }

    private static String address(ConfigEntry entry) {
        String value = entry.value().strip();
        // only literal addresses: a host name here would make activation wait on DNS
        if (value.isEmpty() || !value.matches("[0-9a-fA-F.:]+")) {
            throw bad(entry, entry.key() + " must be an IP address, e.g. 127.0.0.1 (not '" + value + "')");
        }
        try {
            InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw bad(entry, entry.key() + " must be an IP address, e.g. 127.0.0.1 (not '" + value + "')");
        }
        return value;
    }

    private static int port(ConfigEntry entry, int lowest) {
        String value = entry.value().strip();
        try {
            int port = Integer.parseInt(value);
            if (port >= lowest && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(entry, entry.key() + " must be a port number " + lowest + "-65535 (not '" + value + "')");
    }

    /** Asterisk's {@code ast_true}/{@code ast_false}. */
    private static boolean yesNo(ConfigEntry entry) {
        String value = entry.value().strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "yes": case "true": case "y": case "t": case "1": case "on":
                return true;
            case "no": case "false": case "n": case "f": case "0": case "off":
                return false;
            default:
                throw bad(entry, entry.key() + " must be yes or no (not '" + entry.value().strip() + "')");
        }
    }

    private static IllegalArgumentException bad(ConfigEntry entry, String message) {
        return new IllegalArgumentException(entry.location() + ": " + message);
    }
}
