package org.strowger.api.channel;

import java.util.Objects;
import java.util.Optional;

/**
 * Asterisk's hangup causes: the Q.850 cause values of {@code include/asterisk/causes.h}
 * ({@code AST_CAUSE_*}) that the cause table in {@code main/channel.c} names and describes. Each
 * constant is named as that table names it, which is also the {@code AST_CAUSE_} suffix; the
 * constants are declared in the table's order.
 *
 * <p>A channel's cause is a plain number in Asterisk ({@code ${HANGUPCAUSE}}, the AMI {@code Cause}
 * header), and drivers may set numbers the table does not know, such as {@code 0}
 * ({@code AST_CAUSE_NOTDEFINED}, no cause set). So {@link #fromCode} answers with an
 * {@code Optional} rather than folding those into a catch-all constant that would lose the number,
 * and {@link #textOf} gives Asterisk's text for any number, {@code Unknown} for those.
 */
public enum HangupCause {
    UNALLOCATED(1, "Unallocated (unassigned) number"),
    NO_ROUTE_TRANSIT_NET(2, "No route to specified transmit network"),
    NO_ROUTE_DESTINATION(3, "No route to destination"),
    MISDIALLED_TRUNK_PREFIX(5, "Misdialed trunk prefix"),
    CHANNEL_UNACCEPTABLE(6, "Channel unacceptable"),
    CALL_AWARDED_DELIVERED(7, "Call awarded and being delivered in an established channel"),
    PRE_EMPTED(8, "Pre-empted"),
    NUMBER_PORTED_NOT_HERE(14, "Number ported elsewhere"),
    NORMAL_CLEARING(16, "Normal Clearing"),
    USER_BUSY(17, "User busy"),
    NO_USER_RESPONSE(18, "No user responding"),
    NO_ANSWER(19, "User alerting, no answer"),
    SUBSCRIBER_ABSENT(20, "Subscriber absent"),
    CALL_REJECTED(21, "Call Rejected"),
    NUMBER_CHANGED(22, "Number changed"),
    REDIRECTED_TO_NEW_DESTINATION(23, "Redirected to new destination"),
    ANSWERED_ELSEWHERE(26, "Answered elsewhere"),
    DESTINATION_OUT_OF_ORDER(27, "Destination out of order"),
    INVALID_NUMBER_FORMAT(28, "Invalid number format"),
    FACILITY_REJECTED(29, "Facility rejected"),
    RESPONSE_TO_STATUS_ENQUIRY(30, "Response to STATus ENQuiry"),
    NORMAL_UNSPECIFIED(31, "Normal, unspecified"),
    NORMAL_CIRCUIT_CONGESTION(34, "Circuit/channel congestion"),
    NETWORK_OUT_OF_ORDER(38, "Network out of order"),
    NORMAL_TEMPORARY_FAILURE(41, "Temporary failure"),
    SWITCH_CONGESTION(42, "Switching equipment congestion"),
    ACCESS_INFO_DISCARDED(43, "Access information discarded"),
    REQUESTED_CHAN_UNAVAIL(44, "Requested channel not available"),
    FACILITY_NOT_SUBSCRIBED(50, "Facility not subscribed"),
    OUTGOING_CALL_BARRED(52, "Outgoing call barred"),
    INCOMING_CALL_BARRED(54, "Incoming call barred"),
    BEARERCAPABILITY_NOTAUTH(57, "Bearer capability not authorized"),
    BEARERCAPABILITY_NOTAVAIL(58, "Bearer capability not available"),
    BEARERCAPABILITY_NOTIMPL(65, "Bearer capability not implemented"),
    CHAN_NOT_IMPLEMENTED(66, "Channel not implemented"),
    FACILITY_NOT_IMPLEMENTED(69, "Facility not implemented"),
    INVALID_CALL_REFERENCE(81, "Invalid call reference value"),
    INCOMPATIBLE_DESTINATION(88, "Incompatible destination"),
    INVALID_MSG_UNSPECIFIED(95, "Invalid message unspecified"),
    MANDATORY_IE_MISSING(96, "Mandatory information element is missing"),
    MESSAGE_TYPE_NONEXIST(97, "Message type nonexist."),
    WRONG_MESSAGE(98, "Wrong message"),
    IE_NONEXIST(99, "Info. element nonexist or not implemented"),
    INVALID_IE_CONTENTS(100, "Invalid information element contents"),
    WRONG_CALL_STATE(101, "Message not compatible with call state"),
    RECOVERY_ON_TIMER_EXPIRE(102, "Recover on timer expiry"),
    MANDATORY_IE_LENGTH_ERROR(103, "Mandatory IE length error"),
    PROTOCOL_ERROR(111, "Protocol error, unspecified"),
    INTERWORKING(127, "Interworking, unspecified");

    /** What {@code ast_cause2str} says for a number that is not in the table. */
    public static final String UNKNOWN_TEXT = "Unknown";

    private static final HangupCause[] ALL = values();

    private final int code;
    private final String text;

    HangupCause(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The Q.850 cause value ({@code ${HANGUPCAUSE}}, the AMI {@code Cause} header). */
    public int code() {
        return code;
    }

    /** Asterisk's name for the cause ({@code NORMAL_CLEARING}), which {@link #byName} accepts. */
    public String asteriskName() {
        return name();
    }

    /** The description {@code ast_cause2str} gives ({@code Normal Clearing}, the AMI {@code Cause-txt}). */
    public String text() {
        return text;
    }

    /** The cause with this number; empty for numbers Asterisk's table does not have, 0 among them. */
    public static Optional<HangupCause> fromCode(int code) {
        for (HangupCause cause : ALL) {
            if (cause.code == code) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** What {@code ast_cause2str} gives for any number: the cause's text, else {@value #UNKNOWN_TEXT}. */
    public static String textOf(int code) {
        return fromCode(code).map(HangupCause::text).orElse(UNKNOWN_TEXT);
    }

    /**
     * The cause a name stands for, read as {@code ast_str2cause} reads it: the first cause, in
     * table order, whose name the text starts with, ignoring case. So {@code user_busy} is
     * {@link #USER_BUSY}, and so is {@code USER_BUSY_TONE} (Asterisk compares only as many
     * characters as the cause's name has); {@code BUSY} or {@code 17} are nothing, and neither is
     * text with leading blanks.
     */
    public static Optional<HangupCause> byName(String name) {
        Objects.requireNonNull(name, "name");
        for (HangupCause cause : ALL) {
            if (startsWithIgnoringAsciiCase(name, cause.name())) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** Like C's {@code strncasecmp} in the C locale: only ASCII letters are folded. */
    private static boolean startsWithIgnoringAsciiCase(String text, String prefix) {
        if (text.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (asciiUpper(text.charAt(i)) != asciiUpper(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
}
