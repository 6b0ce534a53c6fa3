package org.strowger.community.protocol;

/**
 * Constants of the community protocol, version 1 ({@code docs/community-protocol.md}).
 */
public final class Protocol {
    /** The protocol version in the server's greeting. */
    public static final int VERSION = 1;
    /** The product word of the greeting: {@code HELLO STROWGER-COMMUNITY 1 <server-version>}. */
    public static final String PRODUCT = "STROWGER-COMMUNITY";
    public static final int DEFAULT_PORT = 2729;
    /** Longest line in bytes of UTF-8, without the LF. */
    public static final int MAX_LINE_BYTES = 16384;
    /** A connection silent for this long is closed by the server. */
    public static final int IDLE_TIMEOUT_SECONDS = 90;
    /** Clients ping this often so that the server never sees them idle. */
    public static final int PING_INTERVAL_SECONDS = 30;
    /** Time a connection has to complete its login after the greeting. */
    public static final int LOGIN_TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_NO_ANSWER_TIMEOUT_SECONDS = 60;
    public static final int MAX_CALLS_PER_ACCOUNT = 64;
    public static final int MAX_FORWARD_SECONDS = 600;
    /** RTP packets carried in {@code RTP} lines: at least the fixed header, at most an Ethernet MTU. */
    public static final int MIN_RTP_PACKET = 12;
    public static final int MAX_RTP_PACKET = 1500;
    /** The built-in sound-test account. */
    public static final String ECHO_ACCOUNT = "echo123";
    /** Payload types of the negotiation; telephone-event 101 is implied and never listed. */
    public static final int PT_PCMU = 0;
    public static final int PT_PCMA = 8;
    public static final int PT_G729 = 18;
    public static final int PT_TELEPHONE_EVENT = 101;
    /** The media word of a side that carries its RTP on the TCP connection. */
    public static final String MEDIA_TCP = "TCP";
    /** The media word the server gives to a side that said {@link #MEDIA_TCP}. */
    public static final String MEDIA_RELAY = "RELAY";

    private Protocol() {
    }

    /** The greeting line the server sends on connect. */
    public static String hello(String serverVersion) {
        return "HELLO " + PRODUCT + " " + VERSION + " " + serverVersion;
    }

    /** True for the payload types a CODECS list may name. */
    public static boolean isNegotiablePayloadType(int pt) {
        return pt == PT_PCMU || pt == PT_PCMA || pt == PT_G729;
    }
}
