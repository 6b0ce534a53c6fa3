package org.strowger.core.internal.dialplan;

import org.strowger.api.channel.HangupCause;

/**
 * Asterisk's {@code DIALSTATUS} values, and how a dial attempt counts destinations that failed
 * (app_dial's {@code handle_cause}) and names a destination's end in DialEnd
 * ({@code ast_hangup_cause_to_dial_status}).
 */
public final class DialStatus {

    public static final String ANSWER = "ANSWER";
    public static final String BUSY = "BUSY";
    public static final String NOANSWER = "NOANSWER";
    public static final String CANCEL = "CANCEL";
    public static final String CONGESTION = "CONGESTION";
    public static final String CHANUNAVAIL = "CHANUNAVAIL";
    public static final String INVALIDARGS = "INVALIDARGS";

    private int busy;
    private int congestion;
    private int unavailable;

    private DialStatus() {
    }

    public static DialStatus counting() {
        return new DialStatus();
    }

    /** Counts a destination that ended with this cause ({@code handle_cause}); no answer and normal clearing count as nothing. */
    public void count(int cause) {
        if (cause == HangupCause.USER_BUSY.code()) {
            busy++;
        } else if (cause == HangupCause.NORMAL_CIRCUIT_CONGESTION.code()) {
            congestion++;
        } else if (cause != HangupCause.NO_ANSWER.code() && cause != HangupCause.NORMAL_CLEARING.code()) {
            unavailable++;
        }
    }

    public void countBusy() {
        busy++;
    }

    public void countCongestion() {
        congestion++;
    }

    public int counted() {
        return busy + congestion + unavailable;
    }

    /** When every destination failed in a way that was counted: busy wins over congestion over unavailable. */
    public String everyoneFailed(String otherwise) {
        if (busy > 0) {
            return BUSY;
        }
        if (congestion > 0) {
            return CONGESTION;
        }
        return unavailable > 0 ? CHANUNAVAIL : otherwise;
    }

    /** The {@code DialStatus} of a DialEnd for a destination that hung up ({@code ast_hangup_cause_to_dial_status}). */
    public static String ofHangupCause(int cause) {
        if (cause == HangupCause.USER_BUSY.code()) {
            return BUSY;
        }
        if (cause == HangupCause.NORMAL_CIRCUIT_CONGESTION.code()) {
            return CONGESTION;
        }
        if (cause == HangupCause.NO_ROUTE_DESTINATION.code() || cause == HangupCause.SUBSCRIBER_ABSENT.code()) {
            return CHANUNAVAIL;
        }
        return NOANSWER;
    }
}
