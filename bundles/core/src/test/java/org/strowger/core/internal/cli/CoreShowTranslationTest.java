package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.media.FakeTranslator.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.core.internal.media.FakeTranslator;
import org.strowger.core.internal.media.TranslationMatrix;

/** {@code core show translation} as Asterisk's handle_cli_core_show_translation reads its arguments. */
public class CoreShowTranslationTest {

    private final List<Integer> recalculations = new ArrayList<>();
    private final TranslationMatrix matrix = new TranslationMatrix((translator, seconds) -> {
        recalculations.add(seconds);
        return FakeTranslator.DECLARED_COST.microsPerSecond(translator, seconds);
    });

    public CoreShowTranslationTest() {
        matrix.addTranslator(new FakeTranslator(Format.ULAW, Format.SLIN, 120), service(1));
        recalculations.clear();
    }

    private String run(String... words) {
        CoreShowCommand command = new CoreShowCommand();
        command.translations = matrix;
        command.what = words[0];
        command.options = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
        return command.render();
    }

    private String table() {
        return TranslationText.table(Format.known(), matrix);
    }

    @Test
    public void withoutArgumentsItShowsTheTable() {
        assertEquals(table(), run("translation"));
        assertTrue(table().contains(" ulaw   120     -     -     -\n"));
    }

    @Test
    public void pathsNamesACodecAndOptionallyItsRate() {
        String paths = TranslationText.paths(Format.ULAW, Format.known(), matrix);
        assertEquals(paths, run("translation", "paths", "ulaw"));
        assertEquals(paths, run("translation", "PATHS", "ulaw", "8000"));
    }

    @Test
    public void anUnknownCodecOrRateFails() {
        assertEquals("Source codec \"opus\" is not found.\nCommand 'core show translation paths opus' failed.\n",
                run("translation", "paths", "opus"));
        assertEquals("Source codec \"ulaw\" is not found.\nCommand 'core show translation paths ulaw 16000' failed.\n",
                run("translation", "paths", "ulaw", "16000"));
        assertEquals("Invalid sample rate: fast.\nCommand 'core show translation paths ulaw fast' failed.\n",
                run("translation", "paths", "ulaw", "fast"));
    }

    @Test
    public void recalcMeasuresAgainThenShowsTheTable() {
        assertEquals("         Recalculating Codec Translation (number of sample seconds: 1)\n\n" + table(),
                run("translation", "recalc"));
        assertEquals("         Recalculating Codec Translation (number of sample seconds: 5)\n\n" + table(),
                run("translation", "recalc", "5"));
        assertEquals(List.of(1, 5), recalculations);
    }

    @Test
    public void recalcKeepsItsSecondsBetweenOneAndAThousand() {
        assertEquals("         Recalc must be greater than 0.  Defaulting to 1.\n"
                + "         Recalculating Codec Translation (number of sample seconds: 1)\n\n" + table(),
                run("translation", "recalc", "none"));
        assertEquals("         Maximum limit of recalc exceeded by 4000, truncating value to 1000\n"
                + "         Recalculating Codec Translation (number of sample seconds: 1000)\n\n" + table(),
                run("translation", "recalc", "5000"));
        assertEquals(List.of(1, 1000), recalculations);
    }

    @Test
    public void otherWordsShowTheUsage() {
        assertEquals(Usage.CORE_SHOW_TRANSLATION, run("translation", "paths"));
        assertEquals(Usage.CORE_SHOW_TRANSLATION, run("translation", "costs"));
        assertEquals(Usage.CORE_SHOW_TRANSLATION, run("translation", "paths", "ulaw", "8000", "more"));
        assertTrue(recalculations.isEmpty());
    }

    @Test
    public void theOtherTopicsAreUnchanged() {
        assertEquals("No such command 'core show translations' (type 'core show help core show' for other possible commands)\n",
                run("translations"));
        assertEquals(Usage.CORE_SHOW_VERSION, run("version", "now"));
    }
}
