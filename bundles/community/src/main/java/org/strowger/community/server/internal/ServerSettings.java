package org.strowger.community.server.internal;

import java.util.Map;

import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.protocol.Protocol;

/**
 * What the server needs to run, from community.conf's {@code [general]} and {@code [pstn]} plus the protocol's
 * fixed limits (overridable for tests, which cannot wait 60 s for a lock to end).
 *
 * @param loginDelayMillis the delay of the first failed login; doubled per consecutive failure
 * @param maxLoginDelayMillis the longest delay
 * @param maxFailures failures within {@code failureWindowMillis} that lock account+address
 * @param lockMillis how long the lock lasts
 */
public record ServerSettings(String bindAddress, int port, String rtpAddress, int rtpPortMin, int rtpPortMax,
        int noAnswerTimeoutSeconds, Map<String, PstnBehaviour> pstn, String serverVersion, int idleTimeoutSeconds,
        int loginTimeoutSeconds, long loginDelayMillis, long maxLoginDelayMillis, int maxFailures,
        long failureWindowMillis, long lockMillis) {

    public ServerSettings {
        pstn = Map.copyOf(pstn);
        if (rtpPortMin < 1 || rtpPortMax > 65535 || rtpPortMin > rtpPortMax) {
            throw new IllegalArgumentException("rtp_ports " + rtpPortMin + "-" + rtpPortMax + " is not a port range");
        }
    }

    /** The settings of a configuration file, with the protocol's limits. */
    public static ServerSettings of(CommunityConfig config, String serverVersion) {
        CommunityConfig.General g = config.general();
        return new ServerSettings(g.bindAddress(), g.port(), g.rtpAddress(), g.rtpPortMin(), g.rtpPortMax(),
                g.noAnswerTimeoutSeconds(), config.pstn(), serverVersion, Protocol.IDLE_TIMEOUT_SECONDS,
                Protocol.LOGIN_TIMEOUT_SECONDS, 1000, 8000, 5, 60_000, 60_000);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bindAddress, newPort, rtpAddress, rtpPortMin, rtpPortMax, noAnswerTimeoutSeconds, pstn,
                serverVersion, idleTimeoutSeconds, loginTimeoutSeconds, loginDelayMillis, maxLoginDelayMillis,
                maxFailures, failureWindowMillis, lockMillis);
    }

    public ServerSettings withRtpPorts(int min, int max) {
        return new ServerSettings(bindAddress, port, rtpAddress, min, max, noAnswerTimeoutSeconds, pstn, serverVersion,
                idleTimeoutSeconds, loginTimeoutSeconds, loginDelayMillis, maxLoginDelayMillis, maxFailures,
                failureWindowMillis, lockMillis);
    }

    public ServerSettings withNoAnswerTimeout(int seconds) {
        return new ServerSettings(bindAddress, port, rtpAddress, rtpPortMin, rtpPortMax, seconds, pstn, serverVersion,
                idleTimeoutSeconds, loginTimeoutSeconds, loginDelayMillis, maxLoginDelayMillis, maxFailures,
                failureWindowMillis, lockMillis);
    }

    /** Shorter silence and login limits (tests). */
    public ServerSettings withTimeouts(int idleSeconds, int loginSeconds) {
        return new ServerSettings(bindAddress, port, rtpAddress, rtpPortMin, rtpPortMax, noAnswerTimeoutSeconds, pstn,
                serverVersion, idleSeconds, loginSeconds, loginDelayMillis, maxLoginDelayMillis, maxFailures,
                failureWindowMillis, lockMillis);
    }

    public ServerSettings withLoginLimits(long delayMillis, long maxDelayMillis, int failures, long windowMillis,
            long lock) {
        return new ServerSettings(bindAddress, port, rtpAddress, rtpPortMin, rtpPortMax, noAnswerTimeoutSeconds, pstn,
                serverVersion, idleTimeoutSeconds, loginTimeoutSeconds, delayMillis, maxDelayMillis, failures,
                windowMillis, lock);
    }
}
