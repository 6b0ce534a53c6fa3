package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.PbxChannelState;
import org.strowger.core.internal.dialplan.PbxChannelState.GosubFrame;

/**
 * The Gosub stack of apps/app_stack.c. Asterisk pushes a frame with the return address and sets
 * {@code ARG1..ARGn} and {@code ARGC} as frame-local variables that hide the caller's; Return pops
 * it, which brings the caller's values back. Channel variables here hold one value each, so a frame
 * remembers what it hid and puts it back.
 */
public final class Gosub {

    private static final Logger LOG = LoggerFactory.getLogger(Gosub.class);

    /** {@code AST_APP_ARG(argval)[100]}: at most 100 arguments. */
    private static final int MAX_ARGUMENTS = 100;

    private Gosub() {
    }

    /** {@code gosub_exec}. */
    static Result call(DialplanEngine engine, Channel channel, String data) {
        if (data.isEmpty()) {
            LOG.error("Gosub requires an argument: Gosub([[context,]exten,]priority[(arg1[,...][,argN])])");
            return Result.HANGUP;
        }
        int open = data.indexOf('(');
        String label = open < 0 ? data : data.substring(0, open);
        List<String> arguments = List.of();
        if (open >= 0) {
            String rest = data.substring(open + 1);
            int close = rest.lastIndexOf(')');
            if (close < 0) {
                LOG.warn("Ouch.  No closing paren: '{}'?", data);
            } else {
                rest = rest.substring(0, close);
            }
            arguments = ApplicationArguments.separate(rest, ',', MAX_ARGUMENTS, false);
        }
        String origContext = channel.context();
        String origExten = channel.exten();
        int origPriority = channel.priority();
        PbxChannelState state = engine.state(channel);

        if (!engine.parseableGoto(channel, label)) {
            LOG.error("Gosub address is invalid: '{}'", data);
            channel.setDialplanLocation(origContext, origExten, origPriority);
            return Result.HANGUP;
        }
        String destContext = channel.context();
        String destExten = channel.exten();
        int destPriority = channel.priority() + (state.inAutoloop() ? 1 : 0);
        if (!engine.exists(destContext, destExten, destPriority, channel.callerId().number())) {
            LOG.error("Attempt to reach a non-existent destination for Gosub: (Context:{}, Extension:{}, Priority:{})",
                    destContext, destExten, destPriority);
            channel.setDialplanLocation(origContext, origExten, origPriority);
            return Result.HANGUP;
        }
        // Arguments of the frame below stay hidden even if this call passes fewer.
        int count = Math.max(arguments.size(), state.topGosub().map(GosubFrame::arguments).orElse(0));
        GosubFrame frame = new GosubFrame(origContext, origExten, origPriority + 1, count);
        for (int i = 0; i < count; i++) {
            setLocal(channel, frame, "ARG" + (i + 1), i < arguments.size() ? arguments.get(i) : "");
        }
        setLocal(channel, frame, "ARGC", Integer.toString(arguments.size()));
        state.pushGosub(frame);
        return Result.CONTINUE;
    }

    /** {@code return_exec}: back to the place after the Gosub, with {@code GOSUB_RETVAL} set. */
    static Result ret(DialplanEngine engine, Channel channel, String value) {
        PbxChannelState state = engine.state(channel);
        if (!state.gosubAllocated()) {
            LOG.error("Return without Gosub: stack is unallocated");
            return Result.HANGUP;
        }
        var popped = state.popGosub();
        if (popped.isEmpty()) {
            LOG.error("Return without Gosub: stack is empty");
            return Result.HANGUP;
        }
        GosubFrame frame = popped.get();
        // Not ast_explicit_goto: the old location comes back as it was, one before it in the PBX loop.
        int priority = frame.priority() - (state.inAutoloop() ? 1 : 0);
        channel.setDialplanLocation(frame.context(), frame.exten(), priority);
        release(channel, frame);
        channel.setVariable("GOSUB_RETVAL", value == null ? "" : value);
        return Result.CONTINUE;
    }

    /**
     * {@code LOCAL(name)=value} ({@code frame_set_var}): sets a variable local to the innermost
     * Gosub; the caller's value comes back on Return.
     *
     * @return {@code false} when the channel is not in a Gosub (Asterisk logs an error then)
     */
    public static boolean setLocal(DialplanEngine engine, Channel channel, String name, String value) {
        var frame = engine.state(channel).topGosub();
        if (frame.isEmpty()) {
            LOG.error("Tried to set LOCAL({}), but we aren't within a Gosub routine", name);
            return false;
        }
        setLocal(channel, frame.get(), name, value);
        return true;
    }

    private static void setLocal(Channel channel, GosubFrame frame, String name, String value) {
        if (!frame.owns(name)) {
            frame.own(name, channel.variable(name).orElse(null));
        }
        channel.setVariable(name, value);
    }

    private static void release(Channel channel, GosubFrame frame) {
        for (Map.Entry<String, String> hidden : frame.hidden().entrySet()) {
            channel.setVariable(hidden.getKey(), hidden.getValue());
        }
    }
}
