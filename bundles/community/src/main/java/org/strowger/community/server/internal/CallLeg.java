package org.strowger.community.server.internal;

import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.strowger.community.protocol.CallStatus;
import org.strowger.community.protocol.CallType;

/**
 * One account's side of a call, with its own id. Changed on the logic thread only, except the media fields that
 * the I/O threads read (volatile).
 */
final class CallLeg {
    final long id;
    final String account;
    CallType type;
    CallStatus status;
    /** The session that owns the leg (the caller's, or the callee's that answered); null while it rings. */
    Session owner;
    /** While an incoming leg rings: the account's sessions that ring. */
    final Set<Session> ringing = new LinkedHashSet<>();
    String partnerHandle;
    String partnerDispname;
    String targetIdentity = "";
    String forwardedBy = "";
    String transferredBy = "";
    String failureReason = "";
    List<Integer> codecs = List.of();
    /** Where the client receives RTP over UDP; null for MEDIA TCP. */
    InetSocketAddress mediaAddress;
    int codec = -1;
    long answeredAtMillis;
    long endedAtMillis;
    boolean localHold;
    boolean remoteHold;
    /** The server port facing this leg's UDP client when the server is in the media path. */
    volatile MediaPorts.Port port;
    Call call;

    CallLeg(long id, String account) {
        this.id = id;
        this.account = account;
    }

    boolean tcp() {
        return mediaAddress == null;
    }

    long durationSeconds(long now) {
        if (answeredAtMillis == 0) {
            return 0;
        }
        return ((endedAtMillis == 0 ? now : endedAtMillis) - answeredAtMillis) / 1000;
    }

    /** The sessions that get this leg's notifications. */
    Set<Session> audience() {
        if (owner != null) {
            return Set.of(owner);
        }
        return ringing;
    }
}
