package org.strowger.api.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** Chained sessions: steps in order, null ends a frame's way, close reaches every step. */
public class TranslationPathTest {

    private final List<String> journal = new ArrayList<>();

    /** Relabels frames; collects {@code framesPerOutput} before giving one out; may fail on close or open. */
    private final class Step implements Translator {
        final Format from;
        final Format to;
        int framesPerOutput = 1;
        boolean failOnClose;
        boolean failOnOpen;

        Step(Format from, Format to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Format from() {
            return from;
        }

        @Override
        public Format to() {
            return to;
        }

        @Override
        public VoiceFrame sample() {
            return frame(from);
        }

        @Override
        public TranslatorSession open() {
            if (failOnOpen) {
                throw new IllegalStateException("cannot open " + from + "->" + to);
            }
            journal.add("open " + from + "->" + to);
            return new TranslatorSession() {
                int collected;

                @Override
                public VoiceFrame translate(VoiceFrame in) {
                    assertSame(from, in.format());
                    journal.add(from + "->" + to);
                    return ++collected % framesPerOutput == 0 ? frame(to) : null;
                }

                @Override
                public void close() {
                    journal.add("close " + from + "->" + to);
                    if (failOnClose) {
                        throw new IllegalStateException("cannot close " + from + "->" + to);
                    }
                }
            };
        }
    }

    private static VoiceFrame frame(Format format) {
        return new VoiceFrame(format, new byte[format.bytesPer20Ms()], format.samplesPer20Ms());
    }

    private static TranslationPath path(Step... steps) {
        List<TranslationPath.Step> chain = new ArrayList<>();
        for (Step step : steps) {
            chain.add(new TranslationPath.Step(step.from, step.to, 10, step));
        }
        return new TranslationPath(steps[0].from, steps[steps.length - 1].to, chain);
    }

    @Test
    public void framesRunThroughTheStepsInOrder() {
        TranslationPath path = path(new Step(Format.ULAW, Format.SLIN), new Step(Format.SLIN, Format.G729));
        try (TranslatorSession session = path.open()) {
            VoiceFrame out = session.translate(frame(Format.ULAW));
            assertSame(Format.G729, out.format());
        }
        assertEquals(List.of("open ulaw->slin", "open slin->g729", "ulaw->slin", "slin->g729",
                "close slin->g729", "close ulaw->slin"), journal);
        assertEquals(20, path.cost());
        assertEquals("ulaw->slin->g729 (cost 20)", path.toString());
    }

    @Test
    public void aStepThatCollectsInputEndsTheFrameThere() {
        Step collecting = new Step(Format.ULAW, Format.SLIN);
        collecting.framesPerOutput = 2;
        try (TranslatorSession session = path(collecting, new Step(Format.SLIN, Format.ALAW)).open()) {
            journal.clear();
            assertNull(session.translate(frame(Format.ULAW)));
            assertEquals("the second step never saw the first frame", List.of("ulaw->slin"), journal);
            assertSame(Format.ALAW, session.translate(frame(Format.ULAW)).format());
            assertEquals(List.of("ulaw->slin", "ulaw->slin", "slin->alaw"), journal);
        }
    }

    @Test
    public void closeReachesEveryStepEvenWhenOneThrows() {
        Step first = new Step(Format.ULAW, Format.SLIN);
        first.failOnClose = true;
        Step second = new Step(Format.SLIN, Format.ALAW);
        second.failOnClose = true;
        TranslatorSession session = path(first, second).open();
        IllegalStateException failure = assertThrows(IllegalStateException.class, session::close);
        assertEquals("cannot close slin->alaw", failure.getMessage());
        assertEquals(1, failure.getSuppressed().length);
        assertEquals(List.of("open ulaw->slin", "open slin->alaw", "close slin->alaw", "close ulaw->slin"), journal);
    }

    @Test
    public void aStepThatCannotOpenClosesTheOnesBeforeIt() {
        Step broken = new Step(Format.SLIN, Format.ALAW);
        broken.failOnOpen = true;
        assertThrows(IllegalStateException.class, () -> path(new Step(Format.ULAW, Format.SLIN), broken).open());
        assertEquals(List.of("open ulaw->slin", "close ulaw->slin"), journal);
    }

    @Test
    public void aPathWithoutStepsHandsFramesOnUnchanged() {
        TranslationPath none = TranslationPath.none(Format.ULAW);
        VoiceFrame in = frame(Format.ULAW);
        try (TranslatorSession session = none.open()) {
            assertSame(in, session.translate(in));
        }
        assertEquals(0, none.cost());
    }

    @Test
    public void stepsMustJoinUpFromSourceToTarget() {
        Step ulawToSlin = new Step(Format.ULAW, Format.SLIN);
        Step alawToSlin = new Step(Format.ALAW, Format.SLIN);
        TranslationPath.Step first = new TranslationPath.Step(Format.ULAW, Format.SLIN, 1, ulawToSlin);
        TranslationPath.Step gap = new TranslationPath.Step(Format.ALAW, Format.SLIN, 1, alawToSlin);
        assertThrows(IllegalArgumentException.class, () -> new TranslationPath(Format.ULAW, Format.SLIN, List.of(first, gap)));
        assertThrows(IllegalArgumentException.class, () -> new TranslationPath(Format.ULAW, Format.ALAW, List.of(first)));
        assertThrows(IllegalArgumentException.class, () -> new TranslationPath(Format.ULAW, Format.ULAW, List.of(first)));
    }

    @Test
    public void pathsWithTheSameTranslatorsAreEqual() {
        Step step = new Step(Format.ULAW, Format.SLIN);
        assertEquals(path(step), path(step));
    }
}
