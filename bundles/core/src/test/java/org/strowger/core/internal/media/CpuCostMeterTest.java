package org.strowger.core.internal.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.strowger.api.media.Format.ALAW;
import static org.strowger.api.media.Format.SLIN;
import static org.strowger.api.media.Format.ULAW;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/** Asterisk's rule: a translator earns a cost by translating its own sample audio, or it is not used. */
public class CpuCostMeterTest {

    private final CostMeter meter = new CpuCostMeter();

    private String rejection(Translator translator) {
        return assertThrows(UnusableTranslatorException.class, () -> meter.microsPerSecond(translator, 1)).getMessage();
    }

    @Test
    public void oneSecondOfSampleAudioGoesThroughFreshSessions() throws Exception {
        FakeTranslator translator = new FakeTranslator(ULAW, SLIN, 0);
        int cost = meter.microsPerSecond(translator, 1);

        assertTrue("at least one microsecond: " + cost, cost >= 1);
        assertTrue(translator.opened >= 1);
        assertEquals(translator.opened, translator.closed);
        assertEquals("50 frames of 20 ms per run", 50 * translator.opened, translator.journal.size());
    }

    @Test
    public void aTranslatorWithoutSampleAudioIsRejected() {
        FakeTranslator translator = new FakeTranslator(ULAW, SLIN, 0);
        translator.sample = null;
        assertEquals("it does not produce sample frames (sample() returned null)", rejection(translator));
    }

    @Test
    public void aTranslatorWhoseSampleThrowsIsRejected() {
        FakeTranslator base = new FakeTranslator(ULAW, SLIN, 0);
        Translator throwing = new DelegatingTranslator(base) {
            @Override
            public VoiceFrame sample() {
                throw new IllegalStateException("no samples here");
            }
        };
        assertEquals("its sample() failed: java.lang.IllegalStateException: no samples here", rejection(throwing));
    }

    @Test
    public void aSampleInTheWrongFormatIsRejected() {
        FakeTranslator translator = new FakeTranslator(ULAW, SLIN, 0);
        translator.sample = FakeTranslator.frame(SLIN);
        assertEquals("its sample frame is slin, not ulaw", rejection(translator));
    }

    @Test
    public void aTranslatorThatFailsOnItsOwnSampleIsRejected() {
        FakeTranslator translator = new FakeTranslator(ULAW, SLIN, 0);
        translator.stopped = true;
        assertTrue(rejection(translator).startsWith("it failed to translate its own sample"));
        assertEquals(translator.opened, translator.closed);
    }

    @Test
    public void aTranslatorThatNeverGivesAudioOutIsRejected() {
        FakeTranslator translator = new FakeTranslator(ULAW, SLIN, 0);
        translator.framesPerOutput = Integer.MAX_VALUE;
        assertEquals("it produced no audio from 50 sample frames", rejection(translator));
    }

    @Test
    public void aTranslatorThatOutputsAnotherFormatThanItPromisedIsRejected() {
        FakeTranslator alawMaker = new FakeTranslator(ULAW, ALAW, 0);
        Translator liar = new DelegatingTranslator(alawMaker) {
            @Override
            public Format to() {
                return SLIN;
            }
        };
        assertEquals("it produced alaw instead of slin", rejection(liar));
    }

    /** Forwards everything; tests override the one method that misbehaves. */
    private static class DelegatingTranslator implements Translator {
        private final Translator target;

        DelegatingTranslator(Translator target) {
            this.target = target;
        }

        @Override
        public Format from() {
            return target.from();
        }

        @Override
        public Format to() {
            return target.to();
        }

        @Override
        public TranslatorSession open() {
            return target.open();
        }

        @Override
        public VoiceFrame sample() {
            return target.sample();
        }
    }
}
