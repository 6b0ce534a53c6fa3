package org.strowger.api.media;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The core's least-cost translation paths between audio formats, built from the {@link Translator}
 * services present right now: Asterisk's translation matrix. Whenever a translator comes or goes
 * the core builds a new matrix and increments {@link #generation()}, so that a call can notice on
 * its next frame that the path it holds is stale and ask again.
 */
@ProviderType
public interface TranslationPaths {

    /** What {@link #cost} answers when no chain of translators leads from one format to the other. */
    int NO_PATH = -1;

    /**
     * The cheapest chain of translators from one format to another.
     *
     * @return the path, with no steps when {@code from == to}; empty when no chain exists
     */
    Optional<TranslationPath> path(Format from, Format to);

    /**
     * The cost of the cheapest path, as {@code core show translation} prints it: microseconds of CPU
     * to translate one second of audio, summed over the steps.
     *
     * @return the cost; 0 when {@code from == to}; {@link #NO_PATH} when no chain exists
     */
    int cost(Format from, Format to);

    /**
     * How many times the matrix has been built. It only ever grows; a caller that saw another value
     * when it resolved its path must resolve it again.
     */
    long generation();

    /**
     * Measures every translator again with this many seconds of audio each and rebuilds the matrix
     * ({@code core show translation recalc <seconds>}). Blocks while it measures.
     *
     * @throws IllegalArgumentException when {@code seconds} is not positive
     */
    void recalculate(int seconds);
}
