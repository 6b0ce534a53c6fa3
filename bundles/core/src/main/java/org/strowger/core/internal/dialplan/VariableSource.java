package org.strowger.core.internal.dialplan;

import java.util.Optional;

/** Where {@code ${NAME}} and {@code ${FUNC(args)}} get their values. */
@FunctionalInterface
public interface VariableSource {

    /**
     * @param name a variable name, or a function call such as {@code CALLERID(num)}
     * @return the value, empty when there is no such variable
     */
    Optional<String> lookup(String name);
}
