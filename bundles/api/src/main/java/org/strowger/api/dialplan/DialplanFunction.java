package org.strowger.api.dialplan;

import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.channel.Channel;

/**
 * A dialplan function such as {@code LEN} or {@code SKYPE_BUDDIES}: read as {@code ${NAME(args)}},
 * written as {@code Set(NAME(args)=value)}. Register as a service with the property {@value #NAME};
 * it is usable at once and gone when the service goes.
 */
@ConsumerType
public interface DialplanFunction {

    /** Service property: the name the dialplan uses, e.g. {@code CHANNEL}; matched case-insensitively. */
    String NAME = "name";

    /**
     * Reads the function.
     *
     * @param channel the channel whose dialplan reads it, or {@code null} when there is none (AMI)
     * @param arguments the text between the parentheses, variables already substituted
     * @return the value; empty string for "nothing"
     * @throws DialplanFunctionException when the arguments are wrong; the PBX logs Asterisk's
     *     warning and substitutes an empty string
     */
    String read(Channel channel, String arguments) throws DialplanFunctionException;

    /**
     * Writes the function ({@code Set(NAME(args)=value)}).
     *
     * @throws DialplanFunctionException when it cannot be written or the arguments are wrong
     */
    default void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        throw new DialplanFunctionException("Function does not support write");
    }

    /** Whether {@link #write} is supported. */
    default boolean isWritable() {
        return false;
    }

    /** One line for {@code core show functions}. */
    default String synopsis() {
        return "";
    }

    /** The syntax for {@code core show functions}, e.g. {@code LEN(<string>)}. */
    default String syntax() {
        return "";
    }
}
