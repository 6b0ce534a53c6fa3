package org.strowger.community.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One side of a relation, stored under "owner other": what {@code owner} did about {@code other}.
 * The other side lives under "other owner"; the facts a user sees combine both.
 *
 * @param list NEVER, DELETED or LISTED: whether {@code other} is in owner's buddy list
 * @param grant owner authorised other to see its presence
 * @param blocked owner blocked other
 * @param request the text of owner's pending authorisation request to other, {@code null} when none
 */
record Link(int list, boolean grant, boolean blocked, String request) {

    static final int NEVER = 0;
    static final int DELETED = 1;
    static final int LISTED = 2;
    static final Link NONE = new Link(NEVER, false, false, null);

    Link withList(int value) {
        return new Link(value, grant, blocked, request);
    }

    Link withGrant(boolean value) {
        return new Link(list, value, blocked, request);
    }

    Link withBlocked(boolean value) {
        return new Link(list, grant, value, request);
    }

    Link withRequest(String value) {
        return new Link(list, grant, blocked, value);
    }

    /** One flags byte, then the request text: a relation costs a few bytes plus its key. */
    byte[] encode() {
        byte[] text = request == null ? new byte[0] : request.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[1 + text.length];
        bytes[0] = (byte) (list | (grant ? 4 : 0) | (blocked ? 8 : 0) | (request != null ? 16 : 0));
        System.arraycopy(text, 0, bytes, 1, text.length);
        return bytes;
    }

    static Link decode(byte[] bytes) {
        if (bytes == null) {
            return NONE;
        }
        int flags = bytes[0];
        String request = (flags & 16) != 0
                ? new String(Arrays.copyOfRange(bytes, 1, bytes.length), StandardCharsets.UTF_8) : null;
        return new Link(flags & 3, (flags & 4) != 0, (flags & 8) != 0, request);
    }
}
