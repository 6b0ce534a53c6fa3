package org.strowger.core.internal.dialplan;

import org.strowger.api.dialplan.DialplanFunction;

/**
 * A {@link DialplanFunction} service as the dialplan knows it.
 *
 * @param name the name it registered with, as users see it ({@code CHANNEL}); looked up ignoring case
 * @param function the service
 * @param ranking its {@code service.ranking}: the highest wins when two register the same name
 * @param serviceId its {@code service.id}: the older wins a tie
 */
public record RegisteredFunction(String name, DialplanFunction function, int ranking, long serviceId) {

    /** Whether this one should be used rather than {@code other} of the same name. */
    boolean beats(RegisteredFunction other) {
        return ranking != other.ranking ? ranking > other.ranking : serviceId < other.serviceId;
    }
}
