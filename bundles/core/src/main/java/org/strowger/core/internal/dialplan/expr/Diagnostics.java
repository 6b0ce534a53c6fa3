package org.strowger.core.internal.dialplan.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The log lines one evaluation produced, in Asterisk's words. Collected rather than logged on the spot
 * so that tests can assert them and the caller logs them once, with its own logger.
 */
final class Diagnostics {

    enum Level { NOTICE, WARNING, ERROR }

    record Message(Level level, String text) {
    }

    private List<Message> messages = Collections.emptyList();

    void warning(String text) {
        add(Level.WARNING, text);
    }

    void error(String text) {
        add(Level.ERROR, text);
    }

    private void add(Level level, String text) {
        if (messages.isEmpty()) {
            messages = new ArrayList<>(2);
        }
        messages.add(new Message(level, text));
    }

    List<Message> messages() {
        return Collections.unmodifiableList(messages);
    }
}
