package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.strowger.api.media.CodecChannels;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.AudioCheck;
import org.strowger.chantest.ToneMeasurement;

/**
 * The shipped codec modules in a real Karaf: {@code core show translation} prices every path, the
 * G.729 codec carries a tone through a real encoder and decoder while it counts its channels, and
 * {@code module unload codec_g729a.so} takes the g729 paths away until {@code module load} brings
 * them back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CodecIT extends StrowgerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> FORMATS = List.of("slin", "ulaw", "alaw", "g729");

    @Inject
    TranslationPaths paths;

    @Configuration
    public Option[] config() {
        return stockKarafWith(bundle(Path.of(System.getProperty("strowger.chantest.jar")).toUri().toString()));
    }

    @Test
    public void g729PathsComeAndGoWithTheModule() throws Exception {
        await("every translation path priced", WAIT, () -> allPathsPriced(costs()));
        Map<String, Map<String, String>> costs = costs();
        int g729ToSlin = Integer.parseInt(costs.get("g729").get("slin"));
        int slinToUlaw = Integer.parseInt(costs.get("slin").get("ulaw"));
        int slinToG729 = Integer.parseInt(costs.get("slin").get("g729"));
        assertTrue("decoding costs CPU: " + g729ToSlin, g729ToSlin > 0);
        assertTrue("encoding G.729 costs more than decoding it: " + costs, slinToG729 > g729ToSlin);
        // No codec converts g729 to ulaw directly: the cheapest path goes through slin, its cost the sum
        // of g729->slin and the cheapest slin->ulaw.
        assertEquals(g729ToSlin + slinToUlaw, Integer.parseInt(costs.get("g729").get("ulaw")));
        String g729Paths = executeCommand("core:show translation paths g729");
        assertTrue(g729Paths, g729Paths.startsWith("--- Translation paths SRC Codec \"g729\" sample rate 8000 ---\n"));
        assertTrue(g729Paths, g729Paths.contains("\tg729:8000        To slin:8000       : (g729@8000)->(slin@8000) "));
        // to ulaw: through slin, then the cheapest way on (directly, or through alaw and codec_a_mu)
        assertTrue(g729Paths, g729Paths.matches("(?s).*\tg729:8000 +To ulaw:8000 +: \\(g729@8000\\)->\\(slin@8000\\)->.*\\(ulaw@8000\\) *\n.*"));

        carriesAToneAndCountsItsChannels();

        assertEquals("Unloaded codec_g729a.so\n", executeCommand("module:unload codec_g729a.so"));
        await("the g729 paths gone", WAIT, () -> {
            Map<String, Map<String, String>> now = costs();
            return now.containsKey("g729") && FORMATS.stream().allMatch(f -> now.get("g729").get(f).equals("-") && now.get(f).get("g729").equals("-"))
                    && now.get("ulaw").get("alaw").matches("\\d+");
        });
        assertTrue(paths.path(Format.SLIN, Format.G729).isEmpty());
        assertTrue("no channel counter while unloaded", counters().isEmpty());
        String gone = executeCommand("core:show translation paths g729");
        assertTrue("Asterisk leaves the path blank when there is none: " + gone, gone.matches("(?s).*\tg729:8000 +To slin:8000 +: +\n.*"));

        assertEquals("Loaded codec_g729a.so\n", executeCommand("module:load codec_g729a.so"));
        await("the g729 paths back", WAIT, () -> allPathsPriced(costs()));
        carriesAToneAndCountsItsChannels();
    }

    private void carriesAToneAndCountsItsChannels() throws Exception {
        CodecChannels counter = theCounter();
        assertEquals(0, counter.active());
        byte[] sent = tone(1000, 8000);
        byte[] received;
        try (TranslatorSession encode = paths.path(Format.SLIN, Format.G729).orElseThrow().open();
                TranslatorSession decode = paths.path(Format.G729, Format.SLIN).orElseThrow().open()) {
            assertEquals(1, counter.encoders());
            assertEquals(1, counter.decoders());
            received = new byte[sent.length];
            int at = 0;
            for (int offset = 0; offset < sent.length; offset += 320) {
                byte[] chunk = Arrays.copyOfRange(sent, offset, offset + 320);
                VoiceFrame coded = encode.translate(new VoiceFrame(Format.SLIN, chunk, 160));
                assertEquals("20 ms are two packed 10-byte G.729 frames", 20, coded.payload().length);
                VoiceFrame decoded = decode.translate(coded);
                System.arraycopy(decoded.payload(), 0, received, at, decoded.payload().length);
                at += decoded.payload().length;
            }
        }
        assertEquals(0, counter.active());
        // Skip the first 100 ms while the decoder's predictors settle.
        ToneMeasurement tone = AudioCheck.measureTone(Format.SLIN, Arrays.copyOfRange(received, 1600, received.length), 1000);
        assertTrue("the tone comes through G.729: " + tone, tone.levelDbfs() > -20 && tone.snrDb() > 10);
    }

    private Collection<CodecChannels> counters() {
        try {
            Collection<ServiceReference<CodecChannels>> refs = bundleContext.getServiceReferences(CodecChannels.class, "(format=g729)");
            List<CodecChannels> found = new ArrayList<>();
            for (ServiceReference<CodecChannels> ref : refs) {
                found.add(bundleContext.getService(ref));
            }
            return found;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CodecChannels theCounter() throws InterruptedException {
        await("the G.729 channel counter", WAIT, () -> counters().size() == 1);
        return counters().iterator().next();
    }

    /** A sine at -10 dBFS, 16-bit little-endian. */
    private static byte[] tone(double frequency, int samples) {
        byte[] out = new byte[samples * 2];
        double amplitude = 32767 * Math.pow(10, -10 / 20.0);
        for (int i = 0; i < samples; i++) {
            int value = (int) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * i / 8000));
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        }
        return out;
    }

    private static boolean allPathsPriced(Map<String, Map<String, String>> costs) {
        return FORMATS.stream().allMatch(row -> costs.containsKey(row) && FORMATS.stream()
                .allMatch(column -> row.equals(column) || costs.get(row).get(column).matches("\\d+")));
    }

    /** The cost matrix of {@code core show translation}: row format, then column format, to the cell's text. */
    private Map<String, Map<String, String>> costs() {
        String table;
        try {
            table = executeCommand("core:show translation");
        } catch (Exception e) {
            return Map.of();
        }
        String[] lines = table.split("\n");
        // title, subtitle, blank line, header of column names, then one row per format
        List<String> columns = List.of(lines[3].trim().split("\\s+"));
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        for (int i = 4; i < lines.length; i++) {
            String[] cells = lines[i].trim().split("\\s+");
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), cells[c + 1]);
            }
            matrix.put(cells[0], row);
        }
        assertEquals(table, FORMATS, columns);
        return matrix;
    }
}
