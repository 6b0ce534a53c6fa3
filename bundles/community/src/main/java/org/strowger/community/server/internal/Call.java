package org.strowger.community.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.strowger.community.directory.PstnBehaviour;

/**
 * A call between two sides. The caller is a client leg, or the simulated PSTN (SkypeIn: {@link #pstnCaller});
 * the callee is a client leg or a server endpoint (echo123, a simulated PSTN number).
 */
final class Call {
    enum Endpoint { NONE, ECHO, PSTN }

    /** The calling client's leg, or null for a SkypeIn call from the simulated PSTN. */
    CallLeg caller;
    /** The PSTN number of a SkypeIn caller, null otherwise. */
    String pstnCaller;
    /** The SkypeIn number the PSTN caller dialled. */
    String skypeInNumber;
    /** The called account's leg, or null when the callee is a server endpoint. */
    CallLeg callee;
    Endpoint endpoint = Endpoint.NONE;
    PstnBehaviour behaviour;
    /** The number of a SkypeOut call (billing and PSTN behaviour), null otherwise. */
    String skypeOutNumber;
    /** The account that pays the SkypeOut minutes (the caller, or the forwarding account). */
    String payer;
    String topic = "";
    String token = "";
    /** One forwarding hop at most. */
    boolean forwarded;
    boolean answered;
    boolean ended;
    /** Server-side media (echo, tone) of this call, stopped at the end. */
    EndpointMedia media;
    final List<ScheduledFuture<?>> timers = new ArrayList<>();

    void cancelTimers() {
        timers.forEach(t -> t.cancel(false));
        timers.clear();
    }

    String describe() {
        String from = caller != null ? caller.account + " (" + caller.id + ")" : pstnCaller;
        String to = callee != null ? callee.account + " (" + callee.id + ")"
                : endpoint == Endpoint.ECHO ? "echo123" : skypeOutNumber;
        CallLeg leg = caller != null ? caller : callee;
        return from + " -> " + to + " " + (leg == null ? "" : leg.status);
    }
}
