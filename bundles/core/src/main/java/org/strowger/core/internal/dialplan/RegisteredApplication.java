package org.strowger.core.internal.dialplan;

import org.strowger.api.dialplan.DialplanApplication;

/**
 * A {@link DialplanApplication} service as the dialplan knows it.
 *
 * @param name the name it registered with, as users see it ({@code Dial}); looked up ignoring case
 * @param application the service
 * @param ranking its {@code service.ranking}: the highest wins when two register the same name
 * @param serviceId its {@code service.id}: the older wins a tie
 */
public record RegisteredApplication(String name, DialplanApplication application, int ranking, long serviceId) {

    /** Whether this one should be used rather than {@code other} of the same name. */
    boolean beats(RegisteredApplication other) {
        return ranking != other.ranking ? ranking > other.ranking : serviceId < other.serviceId;
    }
}
