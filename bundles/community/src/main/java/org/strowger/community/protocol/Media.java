package org.strowger.community.protocol;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The media words of CALL and ALTER CALL ... ANSWER: {@code MEDIA <ip:port|TCP> CODECS <pt,...>}, and the codec
 * negotiation rule (protocol sections 7 and 8).
 */
public final class Media {
    private Media() {
    }

    /**
     * Parses {@code a.b.c.d:port} or {@code [v6]:port}; null for {@code TCP}. Literal addresses only (no DNS:
     * the server never resolves names a client sends).
     */
    public static InetSocketAddress parseAddress(String word) throws ProtocolException {
        if (Protocol.MEDIA_TCP.equals(word)) {
            return null;
        }
        ProtocolException bad = new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                "invalid MEDIA " + word + " (ip:port, [ipv6]:port or TCP)");
        int colon = word.lastIndexOf(':');
        if (colon <= 0) {
            throw bad;
        }
        String host = word.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
            if (!host.contains(":")) {
                throw bad;
            }
        } else if (!isIpv4(host)) {
            throw bad;
        }
        int port;
        try {
            port = Integer.parseInt(word.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw bad;
        }
        if (port < 1 || port > 65535) {
            throw bad;
        }
        try {
            // literal only: getByName does not resolve an IP literal
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw bad;
        }
    }

    /** Dotted quad with each part 0-255: anything else could make getByName ask DNS. */
    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The MEDIA word for an address: {@code a.b.c.d:port} or {@code [v6]:port}. */
    public static String formatAddress(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return host + ":" + address.getPort();
    }

    /** Parses {@code 0,8,18}: at least one, each negotiable, no duplicates. */
    public static List<Integer> parseCodecs(String word) throws ProtocolException {
        List<Integer> list = new ArrayList<>();
        for (String part : word.split(",", -1)) {
            int pt;
            try {
                pt = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid CODECS " + word + " (e.g. 0,8,18)");
            }
            if (!Protocol.isNegotiablePayloadType(pt)) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                        "unsupported payload type " + pt + " in CODECS (0 PCMU, 8 PCMA, 18 G729)");
            }
            if (list.contains(pt)) {
                throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "payload type " + pt + " twice in CODECS");
            }
            list.add(pt);
        }
        return List.copyOf(list);
    }

    public static String formatCodecs(List<Integer> codecs) {
        StringJoiner j = new StringJoiner(",");
        codecs.forEach(c -> j.add(Integer.toString(c)));
        return j.toString();
    }

    /** The first payload type of the caller's list that the answerer also lists, or -1. */
    public static int negotiate(List<Integer> callerCodecs, List<Integer> answererCodecs) {
        for (int pt : callerCodecs) {
            if (answererCodecs.contains(pt)) {
                return pt;
            }
        }
        return -1;
    }
}
