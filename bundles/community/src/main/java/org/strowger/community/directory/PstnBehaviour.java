package org.strowger.community.directory;

import java.util.Locale;

/**
 * How a simulated PSTN number answers a SkypeOut call ({@code [pstn]} of community.conf).
 *
 * @param kind what happens
 * @param seconds for {@link Kind#SLOW}: how long it rings before answering; 0 otherwise
 */
public record PstnBehaviour(Kind kind, int seconds) {

    public enum Kind {
        /** Answers at once and echoes the audio. */
        ECHO,
        /** BUSY. */
        BUSY,
        /** Rings until the no-answer timeout. */
        NOANSWER,
        /** {@code FAILED 5 invalid number}. */
        INVALID,
        /** Rings {@code seconds}, then answers and echoes. */
        SLOW
    }

    public PstnBehaviour {
        if (seconds < 0 || kind != Kind.SLOW && seconds != 0) {
            throw new IllegalArgumentException("only 'slow' takes seconds (0 or more)");
        }
    }

    /**
     * Parses {@code echo}, {@code busy}, {@code noanswer}, {@code invalid} or {@code slow <seconds>}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static PstnBehaviour parse(String text) {
        String[] words = text.strip().split("\\s+");
        String word = words[0].toLowerCase(Locale.ROOT);
        if (word.equals("slow")) {
            if (words.length != 2 || !words[1].matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException("'slow' needs the seconds to ring, e.g. 'slow 3', not '" + text.strip() + "'");
            }
            return new PstnBehaviour(Kind.SLOW, Integer.parseInt(words[1]));
        }
        if (words.length == 1) {
            for (Kind kind : Kind.values()) {
                if (kind != Kind.SLOW && kind.name().equalsIgnoreCase(word)) {
                    return new PstnBehaviour(kind, 0);
                }
            }
        }
        throw new IllegalArgumentException("unknown PSTN behaviour '" + text.strip()
                + "' (expected echo, busy, noanswer, invalid or slow <seconds>)");
    }

    @Override
    public String toString() {
        return kind == Kind.SLOW ? "slow " + seconds : kind.name().toLowerCase(Locale.ROOT);
    }
}
