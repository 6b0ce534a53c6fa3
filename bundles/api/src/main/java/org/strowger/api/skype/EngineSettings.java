package org.strowger.api.skype;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The engine's settings from the {@code [general]} section of chan_skype.conf (manual 3.1), read once
 * when the engine starts. As the manual says, a reload does not change them: the module must be
 * unloaded and loaded again. {@code skype show settings} (4.2.8) prints them.
 *
 * @param engineDirectory {@code engine_directory}: the engine's working directory (default {@code /tmp})
 * @param bindAddress {@code bind_address}: the local address the engine's community connections
 *     start from ({@code 0.0.0.0}: any)
 * @param bindPort {@code bind_port}: a suggested local port; 0 or an unusable port means a random one
 * @param disableTcpAuto {@code disable_tcpauto}: kept and shown; the engine listens on no TCP port (it connects out to
 *     the community), so there are no automatic ports 80/443 to disable
 * @param disableUdp {@code disable_udp}: media go through the community connection instead of UDP
 * @param rtpAddress {@code rtp_address}: the local address RTP is sent from and received on
 * @param communityHost the host of the Skype community ({@code community = host:port}, Strowger's own
 *     setting; default {@code 127.0.0.1})
 * @param communityPort its port (default {@code 2729})
 * @param databaseDirectory where the engine keeps its per-user database: {@code skype/} under the
 *     spool directory (manual 4.3)
 */
public record EngineSettings(Path engineDirectory, String bindAddress, int bindPort, boolean disableTcpAuto,
        boolean disableUdp, String rtpAddress, String communityHost, int communityPort, Path databaseDirectory) {

    /** The community's default port. */
    public static final int DEFAULT_COMMUNITY_PORT = 2729;

    public EngineSettings {
        Objects.requireNonNull(engineDirectory, "engineDirectory");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(rtpAddress, "rtpAddress");
        Objects.requireNonNull(communityHost, "communityHost");
        Objects.requireNonNull(databaseDirectory, "databaseDirectory");
        if (bindPort < 0 || bindPort > 65535) {
            throw new IllegalArgumentException("bind_port must be 0 to 65535, not " + bindPort);
        }
        if (communityPort < 1 || communityPort > 65535) {
            throw new IllegalArgumentException("the community port must be 1 to 65535, not " + communityPort);
        }
    }

    /** {@code host:port} of the community. */
    public String community() {
        return communityHost + ":" + communityPort;
    }
}
