package org.strowger.manager.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's {@code deny=}/{@code permit=} rules (Asterisk's ast_ha): every address is allowed
 * until a rule matches; the last matching rule decides.
 */
public final class Acl {

    private record Rule(boolean permit, byte[] network, byte[] netmask) {

        boolean matches(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < address.length; i++) {
                if ((address[i] & netmask[i]) != (network[i] & netmask[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /**
     * Adds {@code address[/mask]}, where mask is a prefix length or a dotted IPv4 mask.
     *
     * @throws IllegalArgumentException naming the value when it is not an address
     */
    public void add(boolean permit, String value) {
        String spec = value.strip();
        int slash = spec.indexOf('/');
        String host = slash < 0 ? spec : spec.substring(0, slash);
        byte[] network = literal(host, value);
        byte[] netmask;
        if (slash < 0) {
            netmask = prefixMask(network.length, network.length * 8);
        } else {
            String mask = spec.substring(slash + 1);
            if (mask.chars().allMatch(Character::isDigit) && !mask.isEmpty()) {
                int bits = Integer.parseInt(mask);
                if (bits > network.length * 8) {
                    throw new IllegalArgumentException("invalid netmask in '" + value + "'");
                }
                netmask = prefixMask(network.length, bits);
            } else {
                netmask = literal(mask, value);
                if (netmask.length != network.length) {
                    throw new IllegalArgumentException("invalid netmask in '" + value + "'");
                }
            }
        }
        rules.add(new Rule(permit, network, netmask));
    }

    /** Whether no permit or deny line was given (manager show user's {@code ACL: no}). */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public boolean allows(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean allowed = true;
        for (Rule rule : rules) {
            if (rule.matches(bytes)) {
                allowed = rule.permit();
            }
        }
        return allowed;
    }

    private static byte[] literal(String host, String value) {
        // only literals: a name would mean a DNS lookup while reading the configuration
        if (host.isEmpty() || !(host.contains(":") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.'))) {
            throw new IllegalArgumentException("invalid address in '" + value + "'");
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("invalid address in '" + value + "'");
        }
    }

    private static byte[] prefixMask(int bytes, int bits) {
        byte[] mask = new byte[bytes];
        for (int i = 0; i < bits; i++) {
            mask[i / 8] |= (byte) (0x80 >> (i % 8));
        }
        return mask;
    }
}
