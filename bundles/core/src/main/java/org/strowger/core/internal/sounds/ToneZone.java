package org.strowger.core.internal.sounds;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A country's call-progress tones as {@code indications.conf} describes them (Asterisk's
 * {@code ast_tone_zone}). Only the {@code us} zone of Asterisk's sample file ships; it is also the
 * default zone, as {@code country=us} makes it there.
 */
public final class ToneZone {

    /** {@code [us]} of Asterisk's {@code indications.conf.sample}, tone for tone. */
    public static final ToneZone US = new ToneZone("us", "United States / North America", new String[][] {
        {"dial", "350+440"},
        {"busy", "480+620/500,0/500"},
        {"ring", "440+480/2000,0/4000"},
        {"congestion", "480+620/250,0/250"},
        {"callwaiting", "440/300,0/10000"},
        {"dialrecall", "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,!0/100,350+440"},
        {"record", "1400/500,0/15000"},
        {"info", "!950/330,!1400/330,!1800/330,0"},
        {"stutter", "!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,!0/100,!350+440/100,!0/100,"
                + "!350+440/100,!0/100,!350+440/100,!0/100,350+440"},
    });

    private final String country;
    private final String description;
    private final Map<String, String> tones;

    private ToneZone(String country, String description, String[][] tones) {
        this.country = country;
        this.description = description;
        Map<String, String> byName = new LinkedHashMap<>();
        for (String[] tone : tones) {
            byName.put(tone[0], tone[1]);
        }
        this.tones = Map.copyOf(byName);
    }

    /** The zone for a country code; only {@code us} is known, and it is also the default for an empty code. */
    public static Optional<ToneZone> forCountry(String country) {
        if (country == null || country.isBlank() || US.country.equalsIgnoreCase(country.strip())) {
            return Optional.of(US);
        }
        return Optional.empty();
    }

    public String country() {
        return country;
    }

    public String description() {
        return description;
    }

    /** The tone list of an indication, names matched case-insensitively ({@code ast_get_indication_tone}). */
    public Optional<String> tone(String indication) {
        return Optional.ofNullable(tones.get(indication.toLowerCase(Locale.ROOT)));
    }

    /** The generator for an indication of this zone, if the zone has it. */
    public Optional<ToneList> toneList(String indication) {
        return tone(indication).flatMap(ToneList::parse);
    }
}
