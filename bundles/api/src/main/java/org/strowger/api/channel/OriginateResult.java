package org.strowger.api.channel;

import java.util.Optional;

/**
 * How an originate ended: AMI's {@code OriginateResponse}.
 *
 * @param success whether the channel answered and went on to its extension or application
 * @param reason Asterisk's {@code AST_CONTROL_*} number: {@value #ANSWERED} answered,
 *     {@value #BUSY} busy, {@value #RINGING} no answer, {@value #CONGESTION} congestion,
 *     {@value #HANGUP} hung up, {@value #FAILED} failed to dial
 * @param channel the originated channel's name, empty if it was never created
 * @param uniqueId the originated channel's uniqueid, empty if it was never created
 * @param message what happened, for an operator
 */
public record OriginateResult(boolean success, int reason, String channel, String uniqueId, String message) {

    public static final int FAILED = 0;
    public static final int HANGUP = 1;
    public static final int RINGING = 3;
    public static final int ANSWERED = 4;
    public static final int BUSY = 5;
    public static final int CONGESTION = 8;

    public Optional<String> channelName() {
        return channel.isEmpty() ? Optional.empty() : Optional.of(channel);
    }
}
