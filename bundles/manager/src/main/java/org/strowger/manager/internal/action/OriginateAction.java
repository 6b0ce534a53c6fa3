package org.strowger.manager.internal.action;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.manager.internal.Permissions;

/**
 * {@code Originate} (action_originate, fast_originate): dials Channel and sends it to
 * Context/Exten/Priority or Application/Data. Synchronous by default: the reply waits for the
 * answer or the failure. With {@code Async: true} the reply comes at once and an
 * {@code OriginateResponse} event follows to this session.
 *
 * <p>Not supported: Codecs, EarlyMedia, ChannelId/OtherChannelId, PreDialGoSub (OriginateRequest
 * has no place for them), and a named Priority label (the Dialplan API cannot look labels up).
 */
@Component(property = {ManagerAction.ACTION + "=Originate", ManagerAction.PRIVILEGE + "=originate"})
public final class OriginateAction implements ManagerAction {

    private static final Logger LOG = LoggerFactory.getLogger(OriginateAction.class);
    /** is_originate_app_permitted: applications that can reach a shell need system permission. */
    private static final List<String> SYSTEM_APPS = List.of("agi", "dbdeltree", "exec", "externalivr", "mixmonitor",
            "originate", "reload", "system");
    private static final int QUEUE_AGI_ARGUMENT = 5;

    private final Originator originator;
    private final Dialplan dialplan;

    @Activate
    public OriginateAction(@Reference Originator originator, @Reference Dialplan dialplan) {
        this.originator = originator;
        this.dialplan = dialplan;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String name = request.get("Channel");
        String exten = request.get("Exten");
        String context = request.get("Context");
        String priorityText = request.get("Priority");
        String timeoutText = request.get("Timeout");
        String application = request.get("Application");
        String data = request.get("Data");
        if (name.isEmpty()) {
            return ManagerResponse.error("Channel not specified");
        }
        int priority = 0;
        if (!priorityText.isEmpty()) {
            Integer parsed = leadingInt(priorityText);
            if (parsed == null) {
                // a label would need ast_findlabel_extension, which the Dialplan API lacks
                return ManagerResponse.error("Invalid priority");
            }
            priority = parsed;
        }
        long timeoutMillis = OriginateRequest.DEFAULT_TIMEOUT.toMillis();
        if (!timeoutText.isEmpty()) {
            Integer parsed = leadingInt(timeoutText);
            if (parsed == null) {
                return ManagerResponse.error("Invalid timeout");
            }
            timeoutMillis = parsed;
        }
        if (name.indexOf('/') < 0) {
            return ManagerResponse.error("Invalid channel");
        }
        CallerId callerId = CallerId.parse(request.get("CallerID"));
        if (!application.isEmpty() && !permitted(application, data, session.writeMask())) {
            return ManagerResponse.error("Originate Access Forbidden: app or data blacklisted");
        }
        boolean toExtension = application.isEmpty();
        if (toExtension && !exten.isEmpty() && !context.isEmpty() && priority != 0
                && !dialplan.exists(context, exten, priority, callerId.number())) {
            return ManagerResponse.error("Extension does not exist.");
        }
        if (toExtension && (exten.isEmpty() || context.isEmpty() || priority == 0)) {
            return ManagerResponse.error("Originate with 'Exten' requires 'Context' and 'Priority'");
        }
        OriginateRequest originate = (toExtension
                ? OriginateRequest.toExtension(name, context, exten, priority)
                : OriginateRequest.toApplication(name, application, data))
                .withTimeout(Duration.ofMillis(timeoutMillis))
                .withCallerId(callerId)
                .withVariables(variables(request.getAll("Variable")))
                .withAccount(request.get("Account"));
        CompletionStage<OriginateResult> outcome;
        try {
            outcome = originator.originate(originate);
        } catch (OriginateException e) {
            return ManagerResponse.error(e.getMessage());
        }
        if (Permissions.isTrue(request.get("Async"))) {
            String actionId = request.actionId();
            outcome.whenComplete((result, failure) -> session.send(originateResponse(actionId, originate,
                    failure == null ? result : failed(failure))));
            return ManagerResponse.success("Originate successfully queued");
        }
        OriginateResult result;
        try {
            result = outcome.toCompletableFuture().join();
        } catch (CompletionException e) {
            result = failed(e);
        }
        return result.success() ? ManagerResponse.success("Originate successfully queued")
                : ManagerResponse.error("Originate failed");
    }

    private static OriginateResult failed(Throwable failure) {
        LOG.warn("Originate failed: {}", failure.toString());
        return new OriginateResult(false, OriginateResult.FAILED, "", "", failure.toString());
    }

    /** The event fast_originate sends when an asynchronous originate has ended. */
    static PbxEvent originateResponse(String actionId, OriginateRequest request, OriginateResult result) {
        PbxEvent.Builder event = PbxEvent.builder("OriginateResponse", EventCategory.CALL);
        if (!actionId.isEmpty()) {
            event.field("ActionID", actionId);
        }
        event.field("Response", result.success() ? "Success" : "Failure")
                .field("Channel", result.channelName().orElse(request.channel()));
        if (request.isApplication()) {
            event.field("Application", request.application()).field("Data", request.data());
        } else {
            event.field("Context", request.context()).field("Exten", request.exten());
        }
        return event.field("Reason", result.reason())
                .field("Uniqueid", result.uniqueId().isEmpty() ? "<null>" : result.uniqueId())
                .field("CallerIDNum", ChannelFields.orUnknown(request.callerId().number()))
                .field("CallerIDName", ChannelFields.orUnknown(request.callerId().name()))
                .build();
    }

    /** Every {@code Variable} header, each a comma-separated list of {@code name=value} (astman_get_variables). */
    static Map<String, String> variables(List<String> headers) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String header : headers) {
            for (String assignment : header.split(",")) {
                int equals = assignment.indexOf('=');
                if (equals > 0) {
                    variables.put(assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
                }
            }
        }
        return variables;
    }

    /**
     * Whether the session may originate to this application: without {@code system} write
     * permission no application whose name contains a dangerous one, no Queue with an AGI argument,
     * and no data that calls SHELL or EVAL.
     */
    static boolean permitted(String application, String data, int writeMask) {
        if ((writeMask & EventCategory.SYSTEM.bit()) != 0) {
            return true;
        }
        String app = application.toLowerCase(Locale.ROOT);
        if (SYSTEM_APPS.stream().anyMatch(app::contains)) {
            return false;
        }
        if (app.contains("queue")) {
            String[] arguments = data.split(",", -1);
            if (arguments.length > QUEUE_AGI_ARGUMENT && !arguments[QUEUE_AGI_ARGUMENT].isEmpty()) {
                return false;
            }
        }
        return !(data.contains("SHELL") || data.contains("EVAL"));
    }

    /** sscanf("%30d"): the leading integer, or null if the text does not start with one. */
    static Integer leadingInt(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^\\s*([+-]?\\d{1,9})").matcher(text);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    @Override
    public String synopsis() {
        return "Originate a call.";
    }
}
