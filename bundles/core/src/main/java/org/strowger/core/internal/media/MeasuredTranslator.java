package org.strowger.core.internal.media;

import java.util.Comparator;

import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.Translator;

/**
 * A translator service with what the matrix needs to know about it.
 *
 * @param translator the service
 * @param from its source format, read once when it arrived
 * @param to its target format, read once when it arrived
 * @param cost microseconds of CPU per second of audio, as measured
 * @param ranking its {@code service.ranking}
 * @param serviceId its {@code service.id}
 * @param name how logs and messages name it
 */
record MeasuredTranslator(Translator translator, Format from, Format to, int cost, int ranking, long serviceId, String name) {

    /**
     * Which of two translators for the same formats a path uses: the cheaper; on equal cost the one
     * with the higher {@code service.ranking}; then the older service, as OSGi itself breaks ties.
     */
    static final Comparator<MeasuredTranslator> PREFERRED = Comparator.comparingInt(MeasuredTranslator::cost)
            .thenComparing(Comparator.comparingInt(MeasuredTranslator::ranking).reversed())
            .thenComparingLong(MeasuredTranslator::serviceId);

    MeasuredTranslator withCost(int newCost) {
        return new MeasuredTranslator(translator, from, to, newCost, ranking, serviceId, name);
    }

    TranslationPath.Step step() {
        return new TranslationPath.Step(from, to, cost, translator);
    }
}
