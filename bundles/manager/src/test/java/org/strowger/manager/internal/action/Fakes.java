package org.strowger.manager.internal.action;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Hand-written fakes of the core services: each answers the methods a test names and fails loudly
 * on any other, so a test shows exactly what an action uses.
 */
final class Fakes {

    private Fakes() {
    }

    static final class Answers {
        private final Map<String, Function<Object[], Object>> methods = new HashMap<>();

        Answers on(String method, Function<Object[], Object> answer) {
            methods.put(method, answer);
            return this;
        }

        Answers value(String method, Object value) {
            return on(method, args -> value);
        }
    }

    static <T> T fake(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Function<Object[], Object> answer = answers.methods.get(method.getName());
                    if (answer == null) {
                        if (method.getName().equals("toString")) {
                            return type.getSimpleName() + " fake";
                        }
                        throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
                    }
                    return answer.apply(args == null ? new Object[0] : args);
                }));
    }
}
