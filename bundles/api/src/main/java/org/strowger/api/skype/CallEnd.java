package org.strowger.api.skype;

import java.time.Duration;
import java.util.Objects;

import org.strowger.api.channel.HangupCause;

/**
 * How a call leg ended: its final status, the Q.850 cause chan_skype hangs its channel up with
 * ({@code HANGUPCAUSE}, {@code DIALSTATUS}), the community's failure reason and the call's duration.
 *
 * @param status the terminal status
 * @param cause the hangup cause derived from status and failure reason ({@link #causeFor})
 * @param failureCode the community's {@code FAILUREREASON} code, 0 when none
 * @param failureText its text (e.g. {@code user offline}), empty when none
 * @param duration the answered time; zero when never answered
 */
public record CallEnd(CallStatus status, HangupCause cause, int failureCode, String failureText, Duration duration) {

    /** {@code FAILUREREASON} codes of the community protocol. */
    public static final int FAILURE_MISCELLANEOUS = 1;
    public static final int FAILURE_NO_SUCH_USER = 2;
    public static final int FAILURE_USER_OFFLINE = 3;
    public static final int FAILURE_INSUFFICIENT_FUNDS = 4;
    public static final int FAILURE_INVALID_NUMBER = 5;
    public static final int FAILURE_NO_COMMON_CODEC = 6;
    public static final int FAILURE_CONNECTION_LOST = 7;
    public static final int FAILURE_TRANSFER_FAILED = 8;

    public CallEnd {
        Objects.requireNonNull(status, "status");
        if (!status.isTerminal()) {
            throw new IllegalArgumentException("a call does not end in status " + status);
        }
        Objects.requireNonNull(cause, "cause");
        failureText = failureText == null ? "" : failureText;
        duration = duration == null ? Duration.ZERO : duration;
    }

    /** An end whose cause is derived from the status and failure reason. */
    public static CallEnd of(CallStatus status, int failureCode, String failureText, Duration duration) {
        return new CallEnd(status, causeFor(status, failureCode), failureCode, failureText, duration);
    }

    /**
     * The Q.850 cause for a final status: {@code FINISHED}, {@code CANCELLED} and {@code TRANSFERRED}
     * clear normally, {@code BUSY} is user busy, {@code NOANSWER} and {@code MISSED} are no answer,
     * {@code REFUSED} is call rejected; {@code FAILED} by its reason: user offline is subscriber absent,
     * insufficient funds is outgoing call barred, an invalid number or no such user is unallocated, a lost
     * connection is destination out of order, no common codec is
     * bearer capability not available, anything else a temporary failure.
     */
    public static HangupCause causeFor(CallStatus status, int failureCode) {
        switch (status) {
            case BUSY:
                return HangupCause.USER_BUSY;
            case NOANSWER:
            case MISSED:
                return HangupCause.NO_ANSWER;
            case REFUSED:
                return HangupCause.CALL_REJECTED;
            case FAILED:
                switch (failureCode) {
                    case FAILURE_USER_OFFLINE:
                        return HangupCause.SUBSCRIBER_ABSENT;
                    case FAILURE_INSUFFICIENT_FUNDS:
                        return HangupCause.OUTGOING_CALL_BARRED;
                    case FAILURE_INVALID_NUMBER:
                    case FAILURE_NO_SUCH_USER:
                        return HangupCause.UNALLOCATED;
                    case FAILURE_CONNECTION_LOST:
                        return HangupCause.DESTINATION_OUT_OF_ORDER;
                    case FAILURE_NO_COMMON_CODEC:
                        return HangupCause.BEARERCAPABILITY_NOTAVAIL;
                    default:
                        return HangupCause.NORMAL_TEMPORARY_FAILURE;
                }
            default:
                return HangupCause.NORMAL_CLEARING;
        }
    }
}
