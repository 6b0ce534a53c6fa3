package org.strowger.core.internal.dialplan.app;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.Priority;

/**
 * apps/app_while.c, kept in channel variables exactly as Asterisk keeps it (dialplans read them):
 * {@code WHILE_<n>} is the {@code context,exten,priority} of the n-th open loop's While,
 * {@code END_WHILE_<n>} the place after its EndWhile once known, and {@code <context>_<exten>_<priority>}
 * of a While the loop number it got.
 */
final class WhileLoops {

    private static final Logger LOG = LoggerFactory.getLogger(WhileLoops.class);

    private static final String PREFIX = "WHILE";

    /** What {@code _while_exec} was called as. */
    enum Kind { WHILE, END_WHILE, EXIT_WHILE }

    private WhileLoops() {
    }

    /** {@code _while_exec}. */
    static void run(DialplanEngine engine, Channel channel, String condition, Kind kind) {
        int used = -1;
        for (int x = 0; channel.variable(PREFIX + "_" + x).isPresent(); x++) {
            used = x;
        }
        String context = channel.context();
        String exten = channel.exten();
        int priority = channel.priority();
        String myName = context + "_" + exten + "_" + priority;

        String label;
        if (kind != Kind.WHILE) {
            label = Integer.toString(used);
        } else {
            Optional<String> mine = channel.variable(myName);
            if (mine.isPresent()) {
                label = mine.get();
            } else {
                label = Integer.toString(used + 1);
                channel.setVariable(myName, label);
            }
        }
        String varName = PREFIX + "_" + label;
        String endVarName = "END_" + varName;
        Optional<String> whilePriority = channel.variable(varName);

        if ((kind == Kind.WHILE && !Conditions.isTrue(condition)) || kind == Kind.EXIT_WHILE) {
            // The loop is over: clean up and go past its EndWhile.
            channel.setVariable(varName, null);
            channel.setVariable(myName, null);
            Optional<String> end = channel.variable(endVarName);
            if (end.isPresent()) {
                engine.parseableGoto(channel, end.get());
                channel.setVariable(endVarName, null);
            } else {
                int endWhile = findMatchingEndWhile(engine, channel);
                if (endWhile > 0) {
                    LOG.info("Jumping to priority {}", endWhile);
                    channel.setDialplanLocation(context, exten, endWhile);
                } else {
                    LOG.warn("Couldn't find matching EndWhile? (While at {}@{} priority {})", context, exten, priority);
                }
            }
            return;
        }
        if (kind == Kind.WHILE && whilePriority.isEmpty()) {
            channel.setVariable(varName, context + "," + exten + "," + priority);
        } else if (kind != Kind.WHILE && whilePriority.isPresent()) {
            if (channel.variable(endVarName).isEmpty()) {
                channel.setVariable(endVarName, context + "," + exten + "," + (priority + 1));
            }
            engine.parseableGoto(channel, whilePriority.get());
        }
    }

    /** {@code while_continue_exec}: back to the innermost While. */
    static void continueLoop(DialplanEngine engine, Channel channel) {
        String innermost = null;
        for (int x = 0;; x++) {
            Optional<String> value = channel.variable(PREFIX + "_" + x);
            if (value.isEmpty()) {
                break;
            }
            innermost = value.get();
        }
        if (innermost != null) {
            engine.parseableGoto(channel, innermost);
        }
    }

    /**
     * {@code find_matching_endwhile}: the priority of the EndWhile that closes the loop the channel
     * is in, counting nested While/EndWhile pairs from the next priority on; 0 if there is none.
     */
    private static int findMatchingEndWhile(DialplanEngine engine, Channel channel) {
        int level = 1;
        for (int at = channel.priority() + 1;; at++) {
            Optional<Priority> priority = engine.snapshot().find(channel.context(), channel.exten(), at,
                    channel.callerId().number());
            if (priority.isEmpty()) {
                return 0;
            }
            String application = priority.get().application();
            if (application.equalsIgnoreCase("While")) {
                level++;
            } else if (application.equalsIgnoreCase("EndWhile")) {
                level--;
            }
            if (level == 0) {
                return at;
            }
        }
    }
}
