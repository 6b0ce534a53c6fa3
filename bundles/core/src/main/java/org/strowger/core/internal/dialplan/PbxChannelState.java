package org.strowger.core.internal.dialplan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the PBX keeps about one channel besides its variables, as Asterisk keeps it in channel flags
 * and datastores: whether the channel is in the PBX loop ({@code AST_FLAG_IN_AUTOLOOP}), whether its
 * {@code h} extension has run ({@code AST_FLAG_BRIDGE_HANGUP_RUN}), its Gosub return stack and the
 * last exception. Guarded by its own monitor; one PBX thread uses it at a time.
 */
public final class PbxChannelState {

    private boolean inAutoloop;
    private boolean hangupExtensionRan;
    private boolean gosubAllocated;
    private final Deque<GosubFrame> gosubStack = new ArrayDeque<>();
    private Exception exception;

    /** The place a {@code Gosub} returns to and the variables its arguments hid. */
    public static final class GosubFrame {

        private final String context;
        private final String exten;
        private final int priority;
        private final int arguments;
        /** Variable name to the value it had before this frame set it ({@code null}: unset). */
        private final Map<String, String> hidden = new LinkedHashMap<>();

        public GosubFrame(String context, String exten, int priority, int arguments) {
            this.context = context;
            this.exten = exten;
            this.priority = priority;
            this.arguments = arguments;
        }

        public String context() {
            return context;
        }

        public String exten() {
            return exten;
        }

        /** The priority to return to (the one after the Gosub). */
        public int priority() {
            return priority;
        }

        /** How many ARGn variables this frame set (at least as many as the frame below). */
        public int arguments() {
            return arguments;
        }

        /** Whether this frame already owns the variable (LOCAL). */
        public boolean owns(String name) {
            return hidden.containsKey(name);
        }

        /** Records that this frame owns the variable, which had {@code previous} before ({@code null}: unset). */
        public void own(String name, String previous) {
            hidden.putIfAbsent(name, previous);
        }

        /** The owned variables and what each had before, in the order they were set. */
        public Map<String, String> hidden() {
            return hidden;
        }
    }

    /** {@code EXCEPTION()}: why the channel went to {@code e} and where it was. */
    public record Exception(String reason, String context, String exten, int priority) {
    }

    public synchronized boolean inAutoloop() {
        return inAutoloop;
    }

    public synchronized void setInAutoloop(boolean inAutoloop) {
        this.inAutoloop = inAutoloop;
    }

    public synchronized boolean hangupExtensionRan() {
        return hangupExtensionRan;
    }

    public synchronized void setHangupExtensionRan(boolean ran) {
        this.hangupExtensionRan = ran;
    }

    public synchronized void pushGosub(GosubFrame frame) {
        gosubAllocated = true;
        gosubStack.push(frame);
    }

    /** Whether a Gosub ever ran on the channel (Asterisk allocates the stack datastore then). */
    public synchronized boolean gosubAllocated() {
        return gosubAllocated;
    }

    public synchronized Optional<GosubFrame> popGosub() {
        return Optional.ofNullable(gosubStack.poll());
    }

    public synchronized Optional<GosubFrame> topGosub() {
        return Optional.ofNullable(gosubStack.peek());
    }

    public synchronized int gosubDepth() {
        return gosubStack.size();
    }

    public synchronized Optional<Exception> exception() {
        return Optional.ofNullable(exception);
    }

    public synchronized void setException(Exception exception) {
        this.exception = exception;
    }
}
