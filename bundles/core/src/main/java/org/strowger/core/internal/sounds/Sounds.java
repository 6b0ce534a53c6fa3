package org.strowger.core.internal.sounds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds prompts by Asterisk's names ({@code beep}, {@code silence/1}, {@code digits/1}) the way
 * {@code ast_streamfile} does: in the channel's language directory first ({@code en/beep.sln}), then
 * the language's prefix ({@code en} for {@code en_GB}), then {@code en}, then without a language;
 * in each, the configured sounds directory comes before the prompts shipped with the core. A name
 * starting with {@code /} is a path and is used as it is.
 *
 * <p>The directory is the {@value #DIRECTORY} property of the configuration
 * {@code org.strowger.sounds}, else {@code ${karaf.etc}/../sounds}. See {@link SoundFormat} for the
 * file formats. The core ships {@code beep} (1000 Hz for 250 ms) and {@code silence/1} to
 * {@code silence/10}, generated, as 8 kHz slin.
 */
@Component(service = Sounds.class, configurationPid = "org.strowger.sounds")
public final class Sounds {

    private static final Logger LOG = LoggerFactory.getLogger(Sounds.class);
    /** Configuration property: the directory of sound files. */
    public static final String DIRECTORY = "directory";
    /** Where the shipped prompts are on the class path. */
    static final String SHIPPED_ROOT = "sounds/";
    private static final String DEFAULT_LANGUAGE = "en";

    private final List<Path> directories;
    private final Map<String, Optional<Prompt>> shipped = new ConcurrentHashMap<>();

    @Activate
    public Sounds(Map<String, Object> configuration) {
        this(configuredDirectories(configuration));
    }

    /** Sounds from these directories (searched in order), then the shipped ones. */
    public Sounds(List<Path> directories) {
        this.directories = List.copyOf(directories);
        LOG.debug("Sounds from {} and the shipped prompts", this.directories);
    }

    private static List<Path> configuredDirectories(Map<String, Object> configuration) {
        Object configured = configuration == null ? null : configuration.get(DIRECTORY);
        if (configured != null && !configured.toString().isBlank()) {
            return List.of(Path.of(configured.toString().strip()));
        }
        String etc = System.getProperty("karaf.etc");
        if (etc != null && !etc.isBlank()) {
            return List.of(Path.of(etc).resolve("..").resolve("sounds").normalize());
        }
        return List.of();
    }

    /** The directories searched before the shipped prompts. */
    public List<Path> directories() {
        return directories;
    }

    /**
     * The prompt of this name in the language, or empty after Asterisk's warning when there is none in
     * any format ({@code File %s does not exist in any format}).
     */
    public Optional<Prompt> find(String name, String language) {
        Optional<Prompt> prompt = lookUp(name, language);
        if (prompt.isEmpty()) {
            LOG.warn("File {} does not exist in any format", name);
        }
        return prompt;
    }

    /** Whether a prompt exists ({@code ast_fileexists}), without a warning. */
    public boolean exists(String name, String language) {
        return lookUp(name, language).isPresent();
    }

    private Optional<Prompt> lookUp(String name, String language) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String file = name.strip();
        if (file.startsWith("/")) {
            return fromDirectory(Path.of(file), file);
        }
        for (String prefix : languagePrefixes(language)) {
            String relative = prefix + file;
            for (Path directory : directories) {
                Optional<Prompt> found = fromDirectory(directory.resolve(relative), file);
                if (found.isPresent()) {
                    return found;
                }
            }
            Optional<Prompt> found = shipped.computeIfAbsent(relative, key -> fromClassPath(key, file));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code fileexists_core}: the language, its prefix before {@code _}, {@code en}, then none. */
    private static Set<String> languagePrefixes(String language) {
        Set<String> prefixes = new LinkedHashSet<>();
        String lang = language == null ? "" : language.strip();
        if (!lang.isEmpty() && !lang.contains("/") && !lang.contains("..")) {
            prefixes.add(lang + "/");
            int underscore = lang.indexOf('_');
            if (underscore > 0) {
                prefixes.add(lang.substring(0, underscore) + "/");
            }
        }
        prefixes.add(DEFAULT_LANGUAGE + "/");
        prefixes.add("");
        return prefixes;
    }

    private static Optional<Prompt> fromDirectory(Path withoutExtension, String name) {
        for (SoundFormat format : SoundFormat.values()) {
            for (String extension : format.extensions()) {
                Path file = withoutExtension.resolveSibling(withoutExtension.getFileName() + "." + extension);
                if (Files.isRegularFile(file)) {
                    try {
                        return Optional.of(new Prompt(name, file.toString(), format.format(),
                                format.frames(Files.readAllBytes(file), file.toString())));
                    } catch (IOException e) {
                        LOG.warn("Unable to open {}: {}", file, e.getMessage());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Prompt> fromClassPath(String relative, String name) {
        ClassLoader loader = Sounds.class.getClassLoader();
        for (SoundFormat format : SoundFormat.values()) {
            for (String extension : format.extensions()) {
                String resource = SHIPPED_ROOT + relative + "." + extension;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in != null) {
                        String location = "classpath:" + resource;
                        return Optional.of(new Prompt(name, location, format.format(),
                                format.frames(in.readAllBytes(), location)));
                    }
                } catch (IOException e) {
                    LOG.warn("Unable to read the shipped prompt {}: {}", resource, e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** The names of the prompts the core ships (for tests and {@code core show sounds}-like listings). */
    static List<String> shippedNames() {
        List<String> names = new ArrayList<>();
        names.add("beep");
        for (int i = 1; i <= 10; i++) {
            names.add("silence/" + i);
        }
        return names;
    }
}
