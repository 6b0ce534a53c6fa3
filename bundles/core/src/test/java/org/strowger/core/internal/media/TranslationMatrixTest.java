package org.strowger.core.internal.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.strowger.api.media.Format.ALAW;
import static org.strowger.api.media.Format.G729;
import static org.strowger.api.media.Format.SLIN;
import static org.strowger.api.media.Format.ULAW;
import static org.strowger.core.internal.media.FakeTranslator.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.media.Translator;

/** The matrix component driven as SCR drives it, bind and unbind, with costs the fakes declare. */
public class TranslationMatrixTest {

    private final TranslationMatrix matrix = new TranslationMatrix(FakeTranslator.DECLARED_COST);

    private FakeTranslator add(long serviceId, Format from, Format to, int cost) {
        FakeTranslator translator = new FakeTranslator(from, to, cost);
        matrix.addTranslator(translator, service(serviceId));
        return translator;
    }

    private List<Translator> translators(Format from, Format to) {
        return matrix.path(from, to).orElseThrow().steps().stream().map(TranslationPath.Step::translator).toList();
    }

    @Test
    public void aDirectTranslatorWinsWhenItIsCheaperThanTheDetour() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        FakeTranslator slinToAlaw = add(2, SLIN, ALAW, 100);
        FakeTranslator ulawToAlaw = add(3, ULAW, ALAW, 150);

        assertEquals(List.of(ulawToAlaw), translators(ULAW, ALAW));
        assertEquals(150, matrix.cost(ULAW, ALAW));

        matrix.removeTranslator(ulawToAlaw, service(3));
        assertEquals(List.of(ulawToSlin, slinToAlaw), translators(ULAW, ALAW));
        assertEquals(200, matrix.cost(ULAW, ALAW));
    }

    @Test
    public void theDetourWinsWhenTheDirectTranslatorIsDearer() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        FakeTranslator slinToAlaw = add(2, SLIN, ALAW, 100);
        add(3, ULAW, ALAW, 250);

        assertEquals(List.of(ulawToSlin, slinToAlaw), translators(ULAW, ALAW));
        assertEquals(200, matrix.path(ULAW, ALAW).orElseThrow().cost());
    }

    @Test
    public void pathsChainAsManyStepsAsNeeded() {
        FakeTranslator alawToUlaw = add(1, ALAW, ULAW, 50);
        FakeTranslator ulawToSlin = add(2, ULAW, SLIN, 100);
        FakeTranslator slinToG729 = add(3, SLIN, G729, 4000);

        TranslationPath path = matrix.path(ALAW, G729).orElseThrow();
        assertEquals(List.of(alawToUlaw, ulawToSlin, slinToG729), translators(ALAW, G729));
        assertEquals("alaw->ulaw->slin->g729 (cost 4150)", path.toString());
        assertEquals(4150, matrix.cost(ALAW, G729));
    }

    @Test
    public void withoutAChainThereIsNoPath() {
        add(1, SLIN, G729, 4000);

        assertTrue(matrix.path(G729, SLIN).isEmpty());
        assertEquals(TranslationPaths.NO_PATH, matrix.cost(G729, SLIN));
        assertTrue(matrix.path(ULAW, ALAW).isEmpty());
    }

    @Test
    public void aFormatToItselfNeedsNoTranslation() {
        TranslationPath none = matrix.path(ULAW, ULAW).orElseThrow();
        assertTrue(none.steps().isEmpty());
        assertEquals(0, matrix.cost(ULAW, ULAW));
    }

    @Test
    public void removingATranslatorRemovesItsPathsAndStartsANewGeneration() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        add(2, SLIN, ALAW, 100);
        long before = matrix.generation();
        assertTrue(matrix.path(ULAW, ALAW).isPresent());

        matrix.removeTranslator(ulawToSlin, service(1));

        assertTrue(matrix.path(ULAW, ALAW).isEmpty());
        assertTrue(matrix.path(ULAW, SLIN).isEmpty());
        assertTrue(matrix.path(SLIN, ALAW).isPresent());
        assertEquals(before + 1, matrix.generation());
    }

    @Test
    public void everyArrivalAndDepartureStartsANewGeneration() {
        assertEquals(0, matrix.generation());
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        assertEquals(1, matrix.generation());
        add(2, SLIN, ULAW, 100);
        assertEquals(2, matrix.generation());
        matrix.removeTranslator(ulawToSlin, service(1));
        assertEquals(3, matrix.generation());
    }

    @Test
    public void onEqualCostTheHigherServiceRankingWins() {
        FakeTranslator plain = new FakeTranslator(ULAW, SLIN, 100);
        FakeTranslator preferred = new FakeTranslator(ULAW, SLIN, 100);
        FakeTranslator cheaper = new FakeTranslator(ULAW, SLIN, 90);
        matrix.addTranslator(plain, service(1, 0));
        matrix.addTranslator(preferred, service(2, 10));
        assertEquals(List.of(preferred), translators(ULAW, SLIN));

        // Ranking only breaks ties: a cheaper translator still wins.
        matrix.addTranslator(cheaper, service(3, -5));
        assertEquals(List.of(cheaper), translators(ULAW, SLIN));
    }

    @Test
    public void onEqualCostAndRankingTheOlderServiceWins() {
        FakeTranslator older = add(7, ULAW, SLIN, 100);
        add(8, ULAW, SLIN, 100);
        assertEquals(List.of(older), translators(ULAW, SLIN));
    }

    @Test
    public void aTranslatorThatCannotBeMeasuredIsNotUsed() {
        TranslationMatrix measured = new TranslationMatrix(new CpuCostMeter());
        FakeTranslator silent = new FakeTranslator(ULAW, SLIN, 0);
        silent.sample = null;
        measured.addTranslator(silent, service(1));

        assertTrue(measured.path(ULAW, SLIN).isEmpty());
        assertEquals("a rejected translator changes nothing", 0, measured.generation());
        // Its departure is no news either.
        measured.removeTranslator(silent, service(1));
        assertEquals(0, measured.generation());
    }

    @Test
    public void aMeasuredTranslatorGetsAPositiveCost() {
        TranslationMatrix measured = new TranslationMatrix(new CpuCostMeter());
        FakeTranslator ulawToSlin = new FakeTranslator(ULAW, SLIN, 0);
        measured.addTranslator(ulawToSlin, service(1));

        assertTrue(measured.cost(ULAW, SLIN) >= 1);
        assertEquals("the measurement opened and closed its own sessions", ulawToSlin.opened, ulawToSlin.closed);
    }

    @Test
    public void aTranslatorClaimingToConvertAFormatToItselfIsNotUsed() {
        add(1, ULAW, ULAW, 10);
        assertEquals(0, matrix.generation());
    }

    @Test
    public void recalculatingMeasuresEveryTranslatorAgain() {
        Map<Translator, Integer> costs = new HashMap<>();
        TranslationMatrix remeasured = new TranslationMatrix((translator, seconds) -> costs.get(translator) * seconds);
        FakeTranslator ulawToSlin = new FakeTranslator(ULAW, SLIN, 0);
        costs.put(ulawToSlin, 100);
        remeasured.addTranslator(ulawToSlin, service(1));
        assertEquals(100, remeasured.cost(ULAW, SLIN));

        costs.put(ulawToSlin, 40);
        remeasured.recalculate(3);

        assertEquals(120, remeasured.cost(ULAW, SLIN));
        assertEquals(2, remeasured.generation());
        assertSame(ulawToSlin, remeasured.path(ULAW, SLIN).orElseThrow().steps().get(0).translator());
    }

    @Test
    public void aTranslatorThatFailsItsRecalculationIsDropped() {
        TranslationMatrix remeasured = new TranslationMatrix((translator, seconds) -> {
            if (seconds > 1) {
                throw new UnusableTranslatorException("it broke");
            }
            return 100;
        });
        remeasured.addTranslator(new FakeTranslator(ULAW, SLIN, 0), service(1));

        remeasured.recalculate(2);

        assertFalse(remeasured.path(ULAW, SLIN).isPresent());
    }
}
