package org.strowger.core.internal.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.strowger.api.media.Format.ALAW;
import static org.strowger.api.media.Format.G729;
import static org.strowger.api.media.Format.SLIN;
import static org.strowger.api.media.Format.ULAW;
import static org.strowger.core.internal.media.FakeTranslator.frame;
import static org.strowger.core.internal.media.FakeTranslator.service;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/** One direction of a call while codecs come and go under it. */
public class TranslatingStreamTest {

    private final List<String> journal = new ArrayList<>();
    private final TranslationMatrix matrix = new TranslationMatrix(FakeTranslator.DECLARED_COST);

    private FakeTranslator add(long serviceId, Format from, Format to, int cost) {
        FakeTranslator translator = new FakeTranslator(from, to, cost, journal);
        matrix.addTranslator(translator, service(serviceId));
        return translator;
    }

    /** Sends frames and counts the ones that came out in the target format. */
    private static int delivered(TranslatingStream stream, Format source, Format target, int frames) {
        int out = 0;
        for (int i = 0; i < frames; i++) {
            VoiceFrame frame = stream.translate(frame(source));
            if (frame != null) {
                assertSame(target, frame.format());
                out++;
            }
        }
        return out;
    }

    @Test
    public void framesTakeTheCheapestPath() {
        add(1, ULAW, SLIN, 100);
        add(2, SLIN, ALAW, 100);
        try (TranslatingStream stream = new TranslatingStream(matrix, ALAW, "test write")) {
            assertEquals(3, delivered(stream, ULAW, ALAW, 3));
            assertEquals(List.of("ulaw->slin", "slin->alaw", "ulaw->slin", "slin->alaw", "ulaw->slin", "slin->alaw"), journal);
            assertEquals("ulaw->slin->alaw (cost 200)", stream.path().orElseThrow().toString());
        }
    }

    @Test
    public void framesAlreadyInTheTargetFormatPassUnchanged() {
        try (TranslatingStream stream = new TranslatingStream(matrix, ULAW, "test read")) {
            VoiceFrame in = frame(ULAW);
            assertSame(in, stream.translate(in));
        }
    }

    @Test
    public void aCodecReplacedBetweenFramesLosesNoFrame() {
        FakeTranslator old = add(1, ULAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        assertEquals(5, delivered(stream, ULAW, SLIN, 5));

        // bundle:update of the codec: its service goes, the new bundle's comes.
        matrix.removeTranslator(old, service(1));
        FakeTranslator updated = add(2, ULAW, SLIN, 100);

        assertEquals(5, delivered(stream, ULAW, SLIN, 5));
        assertEquals("the old session was closed", 1, old.closed);
        assertEquals(1, updated.opened);
        assertEquals(0, stream.droppedFrames());
        stream.close();
        assertEquals(1, updated.closed);
    }

    @Test
    public void aCodecStoppingUnderAFrameCostsThatFrameOnly() {
        FakeTranslator old = add(1, ULAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        assertEquals(5, delivered(stream, ULAW, SLIN, 5));

        // The bundle is stopping: its session fails before SCR has told the matrix.
        old.stopped = true;
        assertNull(stream.translate(frame(ULAW)));
        matrix.removeTranslator(old, service(1));
        add(2, ULAW, SLIN, 100);

        assertEquals(5, delivered(stream, ULAW, SLIN, 5));
        assertEquals(1, stream.droppedFrames());
        assertEquals(old.opened, old.closed);
    }

    @Test
    public void anUnrelatedChangeKeepsTheSessionAndItsState() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        delivered(stream, ULAW, SLIN, 2);

        add(2, SLIN, G729, 4000);
        delivered(stream, ULAW, SLIN, 2);

        assertEquals("the same translator, the same session", 1, ulawToSlin.opened);
        assertEquals(0, ulawToSlin.closed);
    }

    @Test
    public void withoutAPathFramesAreDroppedNotThrown() {
        add(1, SLIN, ULAW, 100);
        TranslatingStream stream = new TranslatingStream(matrix, G729, "test write");

        assertEquals(0, delivered(stream, ULAW, G729, 3));
        assertEquals(3, stream.droppedFrames());
        assertTrue(stream.path().isEmpty());

        // A codec bundle arrives: the next frame finds the path.
        add(2, ULAW, SLIN, 100);
        add(3, SLIN, G729, 4000);
        assertEquals(2, delivered(stream, ULAW, G729, 2));
        assertEquals(3, stream.droppedFrames());
    }

    @Test
    public void aPathThatDisappearsMidCallDropsFramesAndClosesItsSessions() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        delivered(stream, ULAW, SLIN, 2);

        matrix.removeTranslator(ulawToSlin, service(1));

        assertNull(stream.translate(frame(ULAW)));
        assertEquals(1, ulawToSlin.closed);
        assertEquals(1, stream.droppedFrames());
    }

    @Test
    public void aNewSourceFormatGetsItsOwnPath() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        add(2, ALAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        delivered(stream, ULAW, SLIN, 1);

        assertEquals(1, delivered(stream, ALAW, SLIN, 1));
        assertEquals(List.of("ulaw->slin", "alaw->slin"), journal);
        assertEquals(1, ulawToSlin.closed);
    }

    @Test
    public void aTranslatorCollectingInputIsNotADroppedFrame() {
        FakeTranslator encoder = add(1, SLIN, G729, 4000);
        encoder.framesPerOutput = 2;
        TranslatingStream stream = new TranslatingStream(matrix, G729, "test write");

        assertNull(stream.translate(frame(SLIN)));
        assertNotNull(stream.translate(frame(SLIN)));
        assertEquals(0, stream.droppedFrames());
    }

    @Test
    public void aClosedStreamTranslatesNothing() {
        FakeTranslator ulawToSlin = add(1, ULAW, SLIN, 100);
        TranslatingStream stream = new TranslatingStream(matrix, SLIN, "test read");
        delivered(stream, ULAW, SLIN, 1);

        stream.close();

        assertNull(stream.translate(frame(ULAW)));
        assertEquals(1, ulawToSlin.opened);
        assertEquals(1, ulawToSlin.closed);
    }
}
