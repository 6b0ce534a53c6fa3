package org.strowger.core.internal.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * A translator for tests: relabels frames into its target format, writes what it did into a
 * shared journal, and can be told to collect frames, to fail, or to stop like a bundle going away.
 */
public final class FakeTranslator implements Translator {

    /** Costs the tests choose instead of measured ones: each fake says its own. */
    public static final CostMeter DECLARED_COST = (translator, seconds) -> ((FakeTranslator) translator).cost;

    final Format from;
    final Format to;
    final int cost;
    final List<String> journal;
    /** Frames each session collects before it gives one out (1: one out per frame in). */
    int framesPerOutput = 1;
    VoiceFrame sample;
    /** Set when the "bundle" stops: its sessions fail from then on. */
    boolean stopped;
    public int opened;
    public int closed;

    public FakeTranslator(Format from, Format to, int cost, List<String> journal) {
        this.from = from;
        this.to = to;
        this.cost = cost;
        this.journal = journal;
        this.sample = frame(from);
    }

    public FakeTranslator(Format from, Format to, int cost) {
        this(from, to, cost, new ArrayList<>());
    }

    /** Service properties as the framework passes them to a bind method. */
    public static Map<String, Object> service(long id, int ranking) {
        return Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_RANKING, ranking);
    }

    public static Map<String, Object> service(long id) {
        return Map.of(Constants.SERVICE_ID, id);
    }

    /** 20 ms of audio in this format. */
    public static VoiceFrame frame(Format format) {
        return new VoiceFrame(format, new byte[format.bytesPer20Ms()], format.samplesPer20Ms());
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
        return sample;
    }

    @Override
    public TranslatorSession open() {
        opened++;
        return new TranslatorSession() {
            private int collected;
            private int samples;

            @Override
            public VoiceFrame translate(VoiceFrame in) {
                if (stopped) {
                    throw new IllegalStateException(from + "->" + to + " translator has stopped");
                }
                if (in.format() != from) {
                    throw new IllegalArgumentException(from + "->" + to + " translator got " + in.format());
                }
                journal.add(from + "->" + to);
                collected++;
                samples += in.samples();
                if (collected < framesPerOutput) {
                    return null;
                }
                VoiceFrame out = new VoiceFrame(to, new byte[to.bytesPer20Ms() * collected], samples);
                collected = 0;
                samples = 0;
                return out;
            }

            @Override
            public void close() {
                closed++;
            }
        };
    }

    @Override
    public String toString() {
        return "FakeTranslator " + from + "->" + to;
    }
}
