package org.strowger.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strowger.api.config.ConfigException;

/** Reading configuration files and expanding {@code #include} patterns. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The lines of a UTF-8 file without their LF or CRLF endings.
     *
     * @param name the file's name for messages
     * @throws ConfigException if the file cannot be read or is not valid UTF-8 (naming the line)
     */
    static List<String> readLines(Path path, String name) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ConfigException(name, 0, "cannot read: " + e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        // Decoding line by line lets an encoding error name its line; '\n' never occurs inside a UTF-8 sequence.
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
            try {
                lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString());
            } catch (CharacterCodingException e) {
                throw new ConfigException(name, lines.size() + 1, "not valid UTF-8");
            }
            start = end + 1;
        }
        // Editors on Windows like to start UTF-8 files with a byte order mark; it would spoil the first line.
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    static boolean isGlob(String fileName) {
        return fileName.indexOf('*') >= 0 || fileName.indexOf('?') >= 0;
    }

    /**
     * The regular files matching an absolute pattern whose components may hold {@code *} and {@code ?},
     * sorted as glob(3) sorts them. As in a shell, a wildcard does not match a leading dot.
     */
    static List<Path> expandGlob(Path pattern) throws IOException {
        List<Path> candidates = List.of(pattern.getRoot());
        for (Path component : pattern) {
            String part = component.toString();
            List<Path> matches = new ArrayList<>();
            for (Path directory : candidates) {
                if (!isGlob(part)) {
                    matches.add(directory.resolve(part));
                } else if (Files.isDirectory(directory)) {
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(directory, part)) {
                        for (Path child : children) {
                            if (part.startsWith(".") || !child.getFileName().toString().startsWith(".")) {
                                matches.add(child);
                            }
                        }
                    }
                }
            }
            candidates = matches;
        }
        return candidates.stream().filter(Files::isRegularFile).sorted().toList();
    }
}
