package org.strowger.api.media;

/** The sessions of a {@link TranslationPath}'s steps, run one after the other. */
final class ChainedTranslatorSession implements TranslatorSession {

    private final TranslatorSession[] sessions;

    ChainedTranslatorSession(TranslatorSession[] sessions) {
        this.sessions = sessions;
    }

    @Override
    public VoiceFrame translate(VoiceFrame in) {
        VoiceFrame frame = in;
        for (TranslatorSession session : sessions) {
            frame = session.translate(frame);
            if (frame == null) {
                // This step is collecting input; the steps after it have nothing to work on yet.
                return null;
            }
        }
        return frame;
    }

    /** Closes every step, even when one breaks its promise not to throw; the first failure is rethrown. */
    @Override
    public void close() {
        RuntimeException failure = closeAll(sessions, sessions.length, null);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Closes the first {@code count} sessions, newest first.
     *
     * @return {@code earlier}, or the first failure when {@code earlier} is null; later failures are
     *     added to it as suppressed
     */
    static RuntimeException closeAll(TranslatorSession[] sessions, int count, RuntimeException earlier) {
        RuntimeException failure = earlier;
        for (int i = count - 1; i >= 0; i--) {
            try {
                sessions[i].close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }
}
