package org.strowger.core.internal.media;

import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * One direction of one call's audio, translated into the format its receiver wants: Asterisk's
 * {@code ast_channel} read or write translator. It follows the source format of the frames it gets
 * and the matrix's {@link TranslationPaths#generation() generation}; when either changes, it asks for
 * the path again on that frame, so a codec bundle updated mid-call costs at most the frame that was
 * in its hands. It never throws: without a path frames are dropped (counted, logged once) until a
 * translator provides one.
 *
 * <p>Used by one thread at a time, like the sessions inside it. While neither the source format nor
 * the matrix changes, a frame costs two comparisons and the sessions' own work: nothing allocated.
 */
public final class TranslatingStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TranslatingStream.class);
    private static final long NEVER_RESOLVED = -1;

    private final TranslationPaths paths;
    private final Format target;
    private final String name;

    private Format source;
    private long resolvedGeneration = NEVER_RESOLVED;
    private TranslationPath path;
    private TranslatorSession session;
    private boolean missingReported;
    private boolean failing;
    private boolean closed;
    private long droppedFrames;

    /**
     * @param paths the core's matrix
     * @param target the format every frame leaves in
     * @param name how logs name this stream, e.g. {@code Skype/alice-0001 read}
     */
    public TranslatingStream(TranslationPaths paths, Format target, String name) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.target = Objects.requireNonNull(target, "target");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The format every frame leaves in. */
    public Format target() {
        return target;
    }

    /**
     * Translates one frame into the target format.
     *
     * @return the translated frame; {@code null} while a translator collects input, and for frames
     *     dropped because no path exists or a translator failed
     */
    public VoiceFrame translate(VoiceFrame in) {
        if (closed) {
            return null;
        }
        if (in.format() != source || paths.generation() != resolvedGeneration) {
            resolve(in.format());
        }
        if (session == null) {
            droppedFrames++;
            return null;
        }
        try {
            VoiceFrame out = session.translate(in);
            failing = false;
            return out;
        } catch (RuntimeException e) {
            // Typically a translator whose bundle is stopping, a moment before the matrix drops it. This
            // frame is lost; the next one gets a fresh session on whatever path the matrix offers then.
            droppedFrames++;
            if (!failing) {
                LOG.warn("{}: translation {} failed; dropping the frame and reopening the path", name, path, e);
            } else {
                LOG.debug("{}: translation {} failed again", name, path, e);
            }
            failing = true;
            discardSession();
            resolvedGeneration = NEVER_RESOLVED;
            return null;
        }
    }

    private void resolve(Format from) {
        long generation = paths.generation();
        // Read the generation first: if the matrix changes in between, the next frame looks again.
        TranslationPath found = paths.path(from, target).orElse(null);
        resolvedGeneration = generation;
        if (session != null && from == source && found != null && found.equals(path)) {
            return; // the same translators as before: keep their state (a G.729 encoder's history)
        }
        discardSession();
        source = from;
        path = found;
        if (found == null) {
            if (!missingReported) {
                LOG.warn("{}: no translation path from {} to {}; dropping audio until a translator provides one", name, from, target);
                missingReported = true;
            }
            return;
        }
        try {
            session = found.open();
        } catch (RuntimeException e) {
            LOG.warn("{}: could not open translation path {}; dropping audio until the matrix changes", name, found, e);
            path = null;
            missingReported = true;
            return;
        }
        if (missingReported) {
            LOG.info("{}: translating {} again", name, found);
            missingReported = false;
        } else {
            LOG.debug("{}: translating {}", name, found);
        }
    }

    private void discardSession() {
        TranslatorSession old = session;
        session = null;
        if (old != null) {
            try {
                old.close();
            } catch (RuntimeException e) {
                LOG.warn("{}: closing translation path {} failed", name, path, e);
            }
        }
    }

    /** The path frames take now; empty before the first frame and while none exists. */
    public Optional<TranslationPath> path() {
        return session == null ? Optional.empty() : Optional.ofNullable(path);
    }

    /** Frames that went in and were thrown away: no path, or a translator failed on them. */
    public long droppedFrames() {
        return droppedFrames;
    }

    /** Closes the translators' sessions; later frames are dropped. */
    @Override
    public void close() {
        closed = true;
        discardSession();
    }
}
