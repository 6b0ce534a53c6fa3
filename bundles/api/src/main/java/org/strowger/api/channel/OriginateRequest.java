package org.strowger.api.channel;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A call to place: dial {@link #channel()} and, when it answers, send it to a dialplan extension or
 * an application (AMI's {@code Originate}, CLI {@code channel originate}).
 *
 * @param channel the dial string, {@code Tech/data}
 * @param context the dialplan context (extension target), or {@code null} for an application
 * @param exten the extension (extension target)
 * @param priority the priority (extension target), 1 by default
 * @param application the application to run (application target), or {@code null}
 * @param data the application's data
 * @param timeout how long to wait for an answer (AMI's default is 30 s)
 * @param callerId the caller ID of the originated channel
 * @param variables channel variables to set before dialing, in order
 * @param account the account code, or empty
 */
public record OriginateRequest(String channel, String context, String exten, int priority, String application,
        String data, Duration timeout, CallerId callerId, Map<String, String> variables, String account) {

    /** AMI's default answer timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public OriginateRequest {
        Objects.requireNonNull(channel, "channel");
        if ((application == null) == (exten == null)) {
            throw new IllegalArgumentException("an originate goes to an extension or to an application, not both");
        }
        data = Objects.requireNonNullElse(data, "");
        timeout = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
        callerId = Objects.requireNonNullElse(callerId, CallerId.UNKNOWN);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        account = Objects.requireNonNullElse(account, "");
    }

    /** Dials {@code channel} and on answer runs {@code exten@context} from {@code priority}. */
    public static OriginateRequest toExtension(String channel, String context, String exten, int priority) {
        return new OriginateRequest(channel, context, exten, priority, null, "", DEFAULT_TIMEOUT, CallerId.UNKNOWN,
                Map.of(), "");
    }

    /** Dials {@code channel} and on answer runs {@code application(data)}. */
    public static OriginateRequest toApplication(String channel, String application, String data) {
        return new OriginateRequest(channel, null, null, 1, application, data, DEFAULT_TIMEOUT, CallerId.UNKNOWN,
                Map.of(), "");
    }

    public boolean isApplication() {
        return application != null;
    }

    public OriginateRequest withTimeout(Duration answerTimeout) {
        return new OriginateRequest(channel, context, exten, priority, application, data, answerTimeout, callerId,
                variables, account);
    }

    public OriginateRequest withCallerId(CallerId id) {
        return new OriginateRequest(channel, context, exten, priority, application, data, timeout, id, variables,
                account);
    }

    /** @param vars variables in the order they are to be set */
    public OriginateRequest withVariables(Map<String, String> vars) {
        return new OriginateRequest(channel, context, exten, priority, application, data, timeout, callerId, vars,
                account);
    }

    public OriginateRequest withAccount(String accountCode) {
        return new OriginateRequest(channel, context, exten, priority, application, data, timeout, callerId,
                variables, accountCode);
    }
}
