package org.strowger.skype.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strowger.api.media.Format;
import org.strowger.api.skype.AccountProperty;
import org.strowger.api.skype.Availability;

/** The community protocol's tokens (docs/community-protocol.md) for the manual's names. */
final class Tokens {

    private static final Map<String, Availability> USERSTATUS = Map.of(
            "ONLINE", Availability.ONLINE,
            "AWAY", Availability.AWAY,
            "NA", Availability.NOT_AVAILABLE,
            "DND", Availability.DO_NOT_DISTURB,
            "INVISIBLE", Availability.INVISIBLE,
            "SKYPEME", Availability.SKYPE_ME,
            "OFFLINE", Availability.OFFLINE);

    private Tokens() {
    }

    /** {@code USERSTATUS} (own) or {@code ONLINESTATUS} (others) token as an availability; anything else Unknown. */
    static Availability availability(String token) {
        return token == null ? Availability.UNKNOWN : USERSTATUS.getOrDefault(token, Availability.UNKNOWN);
    }

    /** The {@code SET USERSTATUS} token for a settable availability. */
    static Optional<String> userStatus(Availability availability) {
        return USERSTATUS.entrySet().stream().filter(e -> e.getValue() == availability).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The {@code PROFILE} property of an account property; empty for status and availability. */
    static Optional<String> profileProperty(AccountProperty property) {
        switch (property) {
            case SKYPEOUT_BALANCE:
                return Optional.of("PSTN_BALANCE");
            case SKYPEOUT_CURRENCY:
                return Optional.of("PSTN_BALANCE_CURRENCY");
            case STATUS:
            case AVAILABILITY:
                return Optional.empty();
            default:
                // the profile fields share their names with the protocol's, in upper case
                return property.profileField().map(Enum::name);
        }
    }

    /** The account property a {@code PROFILE <P>} notification changes, if the manual has one. */
    static Optional<AccountProperty> accountProperty(String profileProperty) {
        for (AccountProperty property : AccountProperty.values()) {
            if (profileProperty(property).filter(profileProperty::equals).isPresent()) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /** RTP payload type of a format (RFC 3551: 0 PCMU, 8 PCMA, 18 G729). */
    static int payloadType(Format format) {
        if (format == Format.ULAW) {
            return 0;
        }
        if (format == Format.ALAW) {
            return 8;
        }
        if (format == Format.G729) {
            return 18;
        }
        throw new IllegalArgumentException("Skype calls cannot carry " + format);
    }

    /** The format of an RTP payload type the community negotiates; empty for others (101 is DTMF). */
    static Optional<Format> format(int payloadType) {
        switch (payloadType) {
            case 0:
                return Optional.of(Format.ULAW);
            case 8:
                return Optional.of(Format.ALAW);
            case 18:
                return Optional.of(Format.G729);
            default:
                return Optional.empty();
        }
    }

    /** {@code 0,8,18} for ulaw, alaw, g729. */
    static String codecs(List<Format> formats) {
        List<String> types = new ArrayList<>();
        formats.forEach(f -> types.add(Integer.toString(payloadType(f))));
        return String.join(",", types);
    }

    /** The formats of a {@code CODECS 0,8,18} list, skipping payload types that are not audio the PBX carries. */
    static List<Format> formats(String codecs) {
        List<Format> formats = new ArrayList<>();
        for (String part : codecs.split(",")) {
            try {
                format(Integer.parseInt(part.strip())).filter(f -> !formats.contains(f)).ifPresent(formats::add);
            } catch (NumberFormatException e) {
                // not a payload type: nothing the PBX can use
            }
        }
        return formats;
    }

    /** Samples in an audio payload: one per byte for G.711, 80 per 10-byte G.729 frame. */
    static int samples(Format format, int payloadBytes) {
        return format == Format.G729 ? payloadBytes / 10 * 80 : payloadBytes;
    }
}
