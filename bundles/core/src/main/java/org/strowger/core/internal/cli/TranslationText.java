package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.TranslationPaths;

/**
 * The layouts of {@code core show translation} (Asterisk main/translate.c:
 * handle_show_translation_table and handle_show_translation_path), byte for byte.
 */
final class TranslationText {

    private static final String PATH_LINE = "\t%-16.16s To %-16.16s: %-60.60s\n";
    /** Asterisk keeps cost columns at least this wide, whatever the codec's name. */
    private static final int MIN_COLUMN = 5;

    private TranslationText() {
    }

    /**
     * The cost matrix: one row per source format, one column per destination, the cheapest path's
     * cost in microseconds per second of audio, {@code -} where there is none (and on the diagonal).
     */
    static String table(List<Format> formats, TranslationPaths paths) {
        StringBuilder out = new StringBuilder();
        out.append("         Translation times between formats (in microseconds) for one second of data\n");
        out.append("          Source Format (Rows) Destination Format (Columns)\n\n");
        int longest = formats.stream().mapToInt(f -> f.name().length()).max().orElse(0);

        out.append(' ').append(right("", longest));
        for (Format column : formats) {
            out.append(right(column.name(), columnWidth(column)));
        }
        out.append('\n');

        for (Format row : formats) {
            out.append(' ').append(right(row.name(), longest));
            for (Format column : formats) {
                int cost = row == column ? TranslationPaths.NO_PATH : paths.cost(row, column);
                out.append(right(cost == TranslationPaths.NO_PATH ? "-" : Integer.toString(cost), columnWidth(column)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code core show translation paths <codec>}: the chain from one format to each of the others. */
    static String paths(Format source, List<Format> formats, TranslationPaths paths) {
        StringBuilder out = new StringBuilder();
        out.append("--- Translation paths SRC Codec \"").append(source.name()).append("\" sample rate ")
                .append(source.sampleRate()).append(" ---\n");
        for (Format destination : formats) {
            if (destination == source) {
                continue;
            }
            // Asterisk leaves the column blank when no path exists.
            String chain = paths.path(source, destination).map(TranslationText::chain).orElse("");
            out.append(String.format(Locale.ROOT, PATH_LINE, rated(source, ":"), rated(destination, ":"), chain));
        }
        return out.toString();
    }

    /** {@code (ulaw@8000)->(slin@8000)->(alaw@8000)}. */
    private static String chain(TranslationPath path) {
        StringBuilder out = new StringBuilder("(").append(rated(path.from(), "@")).append(')');
        for (TranslationPath.Step step : path.steps()) {
            out.append("->(").append(rated(step.to(), "@")).append(')');
        }
        return out.toString();
    }

    private static String rated(Format format, String separator) {
        return format.name() + separator + format.sampleRate();
    }

    private static int columnWidth(Format column) {
        return Math.max(column.name().length(), MIN_COLUMN) + 1;
    }

    /** printf's {@code %*s}: right-aligned, never cut. */
    private static String right(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
