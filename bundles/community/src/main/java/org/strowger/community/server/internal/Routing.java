package org.strowger.community.server.internal;

import java.util.Optional;

import org.strowger.community.directory.DebitResult;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.protocol.FailureReason;

/**
 * The routing decisions of protocol section 7 as pure functions of the facts, so that they can be tested
 * without sockets; the server gathers the facts and carries the decision out.
 */
final class Routing {
    private Routing() {
    }

    enum Action {
        /** Ring every session of the callee. */
        RING,
        /** Forward at once to the CALL_FORWARD target. */
        FORWARD_NOW,
        /** echo123 (or a PSTN echo): answer and echo. */
        ECHO,
        /** A simulated PSTN number: carry out its behaviour. */
        PSTN,
        /** A SkypeIn number of the community: ring its account as INCOMING_PSTN. */
        SKYPEIN,
        /** End the call at once with {@link Decision#status} and {@link Decision#reason}. */
        END
    }

    enum EndStatus { REFUSED, BUSY, FAILED }

    record Decision(Action action, EndStatus status, FailureReason reason, String reasonText) {
        static Decision of(Action a) {
            return new Decision(a, null, null, null);
        }

        static Decision end(EndStatus status) {
            return new Decision(Action.END, status, null, null);
        }

        static Decision failed(FailureReason reason, String text) {
            return new Decision(Action.END, EndStatus.FAILED, reason, text == null ? reason.text() : text);
        }
    }

    /** What is known about an account callee when the call is placed. */
    record AccountFacts(boolean exists, boolean callerBlocked, int sessions, boolean dnd, boolean forwardSet,
            boolean voicemail, boolean forwarded) {
    }

    /**
     * Account-to-account: blocked -> REFUSED; no session -> forward at once, or FAILED 3 (with voicemail text);
     * DND -> BUSY; otherwise ring. A call that was already forwarded is not forwarded again (one hop).
     */
    static Decision toAccount(AccountFacts f) {
        if (!f.exists()) {
            return Decision.failed(FailureReason.NO_SUCH_USER, null);
        }
        if (f.callerBlocked()) {
            return Decision.end(EndStatus.REFUSED);
        }
        if (f.sessions() == 0) {
            if (f.forwardSet() && !f.forwarded()) {
                return Decision.of(Action.FORWARD_NOW);
            }
            return Decision.failed(FailureReason.USER_OFFLINE,
                    f.voicemail() ? FailureReason.USER_OFFLINE_VOICEMAIL : null);
        }
        if (f.dnd()) {
            return Decision.end(EndStatus.BUSY);
        }
        return Decision.of(Action.RING);
    }

    /**
     * A +E.164 target: a SkypeIn number of the community rings its account (billed like SkypeOut); otherwise the
     * tariff and credit are checked, then the number's [pstn] behaviour decides; unknown numbers are invalid.
     */
    static Decision toNumber(boolean skypeIn, Optional<DebitResult.Refused> creditRefusal,
            Optional<PstnBehaviour> behaviour) {
        if (creditRefusal.isPresent()) {
            return switch (creditRefusal.get().refusal()) {
                case INSUFFICIENT_FUNDS, WRONG_CURRENCY -> Decision.failed(FailureReason.INSUFFICIENT_FUNDS, null);
                case NO_TARIFF -> Decision.failed(FailureReason.INVALID_NUMBER, null);
                case NO_SUCH_ACCOUNT -> Decision.failed(FailureReason.MISC, null);
            };
        }
        if (skypeIn) {
            return Decision.of(Action.SKYPEIN);
        }
        if (behaviour.isEmpty()) {
            return Decision.failed(FailureReason.INVALID_NUMBER, null);
        }
        return switch (behaviour.get().kind()) {
            case BUSY -> Decision.end(EndStatus.BUSY);
            case INVALID -> Decision.failed(FailureReason.INVALID_NUMBER, null);
            default -> Decision.of(Action.PSTN);
        };
    }
}
