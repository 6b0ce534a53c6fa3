package org.strowger.community.client;

/** How a call leg carries its RTP: its own UDP socket, or relayed through the community connection. */
public enum MediaMode {
    /** RTP over UDP directly with the peer (or a server port). */
    UDP,
    /** RTP packets as {@code RTP <callId> <base64>} lines on the TCP connection ({@code MEDIA TCP}). */
    TCP
}
