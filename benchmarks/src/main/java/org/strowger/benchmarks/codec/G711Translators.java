package org.strowger.benchmarks.codec;

import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.strowger.api.media.Translator;
import org.strowger.core.internal.media.TranslationMatrix;

/**
 * The four G.711 translators through slin, registered with a matrix as the codec bundles' services
 * would be. With only these, ulaw to alaw costs two steps (ulaw->slin->alaw), as in Asterisk without
 * its direct ulaw<->alaw translator.
 */
public final class G711Translators {

    private G711Translators() {
    }

    public static List<Translator> all() {
        return List.of(new UlawToSlinTranslator(), new SlinToUlawTranslator(), new AlawToSlinTranslator(),
                new SlinToAlawTranslator());
    }

    /** Adds each translator with service ids 1, 2, ... (the matrix measures each one as it arrives). */
    public static void registerAll(TranslationMatrix matrix) {
        long serviceId = 1;
        for (Translator translator : all()) {
            matrix.addTranslator(translator, Map.of(Constants.SERVICE_ID, serviceId++));
        }
    }
}
