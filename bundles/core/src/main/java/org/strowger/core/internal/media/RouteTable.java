package org.strowger.core.internal.media;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.TranslationPaths;

/**
 * One immutable build of the translation matrix: for every pair of known formats, the cheapest
 * path and its cost. Built all at once (Floyd–Warshall over the formats), then only read, so media
 * threads never see it half made.
 */
final class RouteTable {

    private static final long UNREACHABLE = Long.MAX_VALUE / 4;

    private final long generation;
    private final List<Format> formats;
    /** Indexed [from][to] like {@link #formats}; null where no path exists. */
    private final TranslationPath[][] paths;

    private RouteTable(long generation, List<Format> formats, TranslationPath[][] paths) {
        this.generation = generation;
        this.formats = formats;
        this.paths = paths;
    }

    /** The matrix before any translator arrived: no paths except from each format to itself. */
    static RouteTable empty() {
        return build(0, List.of());
    }

    static RouteTable build(long generation, Collection<MeasuredTranslator> translators) {
        List<Format> formats = Format.known();
        int n = formats.size();
        MeasuredTranslator[][] direct = cheapestDirect(formats, translators);

        long[][] cost = new long[n][n];
        int[][] steps = new int[n][n];
        // next[i][j]: the format the first step from i towards j lands on.
        int[][] next = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    cost[i][j] = 0;
                } else if (direct[i][j] != null) {
                    cost[i][j] = direct[i][j].cost();
                    steps[i][j] = 1;
                } else {
                    cost[i][j] = UNREACHABLE;
                }
                next[i][j] = j;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    long viaK = cost[i][k] + cost[k][j];
                    int stepsViaK = steps[i][k] + steps[k][j];
                    // On equal cost fewer steps win: every step is another codec's state and delay.
                    if (viaK < cost[i][j] || (viaK == cost[i][j] && viaK < UNREACHABLE && stepsViaK < steps[i][j])) {
                        cost[i][j] = viaK;
                        steps[i][j] = stepsViaK;
                        next[i][j] = next[i][k];
                    }
                }
            }
        }

        TranslationPath[][] paths = new TranslationPath[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (cost[i][j] < UNREACHABLE) {
                    paths[i][j] = follow(formats, direct, next, i, j);
                }
            }
        }
        return new RouteTable(generation, formats, paths);
    }

    private static MeasuredTranslator[][] cheapestDirect(List<Format> formats, Collection<MeasuredTranslator> translators) {
        int n = formats.size();
        MeasuredTranslator[][] direct = new MeasuredTranslator[n][n];
        for (MeasuredTranslator candidate : translators) {
            int i = formats.indexOf(candidate.from());
            int j = formats.indexOf(candidate.to());
            if (i < 0 || j < 0 || i == j) {
                continue;
            }
            MeasuredTranslator held = direct[i][j];
            if (held == null || MeasuredTranslator.PREFERRED.compare(candidate, held) < 0) {
                direct[i][j] = candidate;
            }
        }
        return direct;
    }

    private static TranslationPath follow(List<Format> formats, MeasuredTranslator[][] direct, int[][] next, int from, int to) {
        List<TranslationPath.Step> steps = new ArrayList<>();
        for (int at = from; at != to; at = next[at][to]) {
            steps.add(direct[at][next[at][to]].step());
        }
        return new TranslationPath(formats.get(from), formats.get(to), steps);
    }

    long generation() {
        return generation;
    }

    Optional<TranslationPath> path(Format from, Format to) {
        return Optional.ofNullable(paths[index(from)][index(to)]);
    }

    int cost(Format from, Format to) {
        TranslationPath path = paths[index(from)][index(to)];
        return path == null ? TranslationPaths.NO_PATH : path.cost();
    }

    private int index(Format format) {
        int index = formats.indexOf(Objects.requireNonNull(format, "format"));
        if (index < 0) {
            // Format's constructor is private and every instance is known; this is a null or a bug.
            throw new IllegalArgumentException("unknown format: " + format);
        }
        return index;
    }
}
