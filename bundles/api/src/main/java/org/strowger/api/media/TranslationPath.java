package org.strowger.api.media;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A chain of translators that converts audio from one format to another, each step feeding the
 * next. Two paths are equal when they use the same translators in the same order, so a caller can
 * keep its open session when a rebuilt matrix hands it the same path again.
 *
 * @param from the format going in
 * @param to the format coming out
 * @param steps the translators in the order they run; none when {@code from == to}
 */
public record TranslationPath(Format from, Format to, List<Step> steps) {

    /**
     * One translator in a path.
     *
     * @param from the translator's source format
     * @param to the translator's target format
     * @param cost microseconds of CPU the translator needs for one second of audio
     * @param translator the translator itself
     */
    public record Step(Format from, Format to, int cost, Translator translator) {

        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(translator, "translator");
            if (cost < 0) {
                throw new IllegalArgumentException("cost must not be negative: " + cost);
            }
        }

        @Override
        public String toString() {
            return from + "->" + to + " (cost " + cost + ")";
        }
    }

    public TranslationPath {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        steps = List.copyOf(steps);
        Format reached = from;
        for (Step step : steps) {
            if (step.from() != reached) {
                throw new IllegalArgumentException("step " + step + " does not continue from " + reached);
            }
            reached = step.to();
        }
        if (reached != to) {
            throw new IllegalArgumentException("steps " + steps + " lead from " + from + " to " + reached + ", not " + to);
        }
        if (from == to && !steps.isEmpty()) {
            throw new IllegalArgumentException("a path from " + from + " to itself needs no steps: " + steps);
        }
    }

    /** The path that leaves audio in {@code format} as it is. */
    public static TranslationPath none(Format format) {
        return new TranslationPath(format, format, List.of());
    }

    /** Microseconds of CPU for one second of audio through every step. */
    public int cost() {
        long sum = 0;
        for (Step step : steps) {
            sum += step.cost();
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /**
     * Opens one session per step and chains them: a frame goes through the steps in order, and
     * {@code null} from any step (a translator still collecting input) ends the frame's way there.
     * Closing the chain closes every step. A path without steps hands frames on unchanged.
     *
     * @throws RuntimeException whatever a translator's {@code open()} threw; the steps opened
     *     before it are closed again
     */
    public TranslatorSession open() {
        TranslatorSession[] sessions = new TranslatorSession[steps.size()];
        int opened = 0;
        try {
            for (Step step : steps) {
                TranslatorSession session = step.translator().open();
                if (session == null) {
                    throw new IllegalStateException("the translator for " + step + " opened no session");
                }
                sessions[opened++] = session;
            }
        } catch (RuntimeException e) {
            ChainedTranslatorSession.closeAll(sessions, opened, e);
            throw e;
        }
        return new ChainedTranslatorSession(sessions);
    }

    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return from + " (no translation)";
        }
        return from + steps.stream().map(step -> "->" + step.to()).collect(Collectors.joining()) + " (cost " + cost() + ")";
    }
}
