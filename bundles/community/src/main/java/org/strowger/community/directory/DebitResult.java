package org.strowger.community.directory;

import java.util.List;

/** The outcome of charging one started minute of a SkypeOut call. Expected outcomes are values, not exceptions. */
public sealed interface DebitResult {

    /**
     * The minute was charged.
     *
     * @param balanceCents the balance after the charge
     * @param currency its currency
     * @param chargedCents what this minute cost
     * @param events {@code PROFILE PSTN_BALANCE <n>} for the account's sessions
     */
    record Debited(long balanceCents, String currency, int chargedCents, List<DirectoryEvent> events) implements DebitResult {
        public Debited {
            events = List.copyOf(events);
        }
    }

    /** Nothing was charged; the call must not start or must be cut off. */
    record Refused(Refusal refusal, String message) implements DebitResult {
    }

    enum Refusal {
        /** The balance does not cover the next minute ({@code FAILED 4 insufficient funds}). */
        INSUFFICIENT_FUNDS,
        /** No [tariffs] prefix matches the number ({@code FAILED 5 invalid number}). */
        NO_TARIFF,
        /** The account's credit is in another currency than the tariffs. */
        WRONG_CURRENCY,
        /** The account does not exist (any more). */
        NO_SUCH_ACCOUNT
    }
}
