package org.strowger.api.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One event, e.g. {@code Newchannel} with its fields in the order AMI prints them. Immutable.
 *
 * @param name the event name, as AMI's {@code Event:} header ({@code Newchannel}, {@code Reload})
 * @param categories the event's classes (AMI's {@code Privilege:} header)
 * @param fields the fields in order; a name may repeat (AMI's {@code ChanVariable} lines)
 * @param timestamp when the event happened
 */
public record PbxEvent(String name, Set<EventCategory> categories, List<Field> fields, Instant timestamp) {

    /** One {@code Name: value} line of an event. */
    public record Field(String name, String value) {

        public Field {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }

    public PbxEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timestamp, "timestamp");
        categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        fields = List.copyOf(fields);
    }

    /** Starts an event of the given classes, timestamped now. */
    public static Builder builder(String name, EventCategory first, EventCategory... rest) {
        return new Builder(name, EnumSet.of(first, rest));
    }

    /** The value of the first field with this name (case-insensitive, as AMI headers are). */
    public Optional<String> get(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).map(Field::value).findFirst();
    }

    /** The bit mask of the event's classes. */
    public int categoryMask() {
        return EventCategory.mask(categories);
    }

    /** Collects the fields of an event in order. */
    public static final class Builder {

        private final String name;
        private final Set<EventCategory> categories;
        // a channel snapshot alone is 14 fields
        private final List<Field> fields = new ArrayList<>(20);

        private Builder(String name, Set<EventCategory> categories) {
            this.name = name;
            this.categories = categories;
        }

        public Builder field(String fieldName, Object value) {
            fields.add(new Field(fieldName, value == null ? "" : String.valueOf(value)));
            return this;
        }

        public PbxEvent build() {
            return new PbxEvent(name, categories, fields, Instant.now());
        }
    }
}
