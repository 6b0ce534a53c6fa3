package org.strowger.community.directory;

import java.util.List;

/**
 * The Business Control Panel: what an operator may do to the directory, each with its arguments as typed
 * (strings), validated with a message that names what is wrong. Invalid arguments throw
 * {@link IllegalArgumentException} (its message is for the operator as it is); success returns the text to
 * print and the notifications to send.
 *
 * <p>The server exposes these as Karaf commands ({@code community:add account ...}), on the stand-alone
 * server's stdin and as the protocol's {@code ADMIN <words>}, the latter two through {@link #run(List)}.
 */
public interface AdminOperations {

    /** @param text what to print (may span lines, no trailing newline) @param events notifications to send */
    record Result(String text, List<DirectoryEvent> events) {
        public Result {
            events = List.copyOf(events);
        }
    }

    /** @param type business (default), personal or administrator, or null @param fullname may be null */
    Result addAccount(String name, String password, String type, String fullname);

    Result removeAccount(String name);

    /** A table: name, type, availability, fullname, credit. */
    Result showAccounts();

    /** Every stored property of one account (never its credentials). */
    Result showAccount(String name);

    /** @param cents a whole number of cents, 0 or more @param currency ISO 4217 (3 letters), or null to keep */
    Result setCredit(String name, String cents, String currency);

    Result addSkypeIn(String number, String account);

    Result removeSkypeIn(String number);

    /** Puts each in the other's list, authorised both ways. */
    Result addBuddies(String first, String second);

    /**
     * Parses and runs one command in words: {@code add account <name> <password> [business|personal|administrator]
     * [fullname...]}, {@code remove account <name>}, {@code show accounts}, {@code show account <name>},
     * {@code set credit <name> <cents> [currency]}, {@code add skypein <number> <account>},
     * {@code remove skypein <number>}, {@code add buddies <a> <b>}.
     *
     * @throws IllegalArgumentException for unknown commands (with the list of known ones) and bad arguments
     */
    Result run(List<String> words);

    /** Whether {@link #run} knows the command (the first two words), so the server can try its own ones otherwise. */
    boolean handles(List<String> words);

    /** One usage line per command, for help texts. */
    List<String> usage();
}
