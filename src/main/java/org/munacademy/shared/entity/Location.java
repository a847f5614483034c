package org.munacademy.shared.entity;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where something is in an imported file or an edited document: a kind of {@link Place} and what identifies it
 * there (a line number, an item's identifier). It has two forms. {@link #field()} is the machine form API clients
 * see ("line 12", "CFItem 5b1f…", "item items/q-7.xml"), stable across languages and releases; it is also what
 * JSON carries for a location. {@link #text(Texts)} is what a user reads ("строка 12" / "line 12"), from the bundles.
 */
@JsonbTypeAdapter(Location.AsField.class)
public record Location(Place place, List<Object> args) implements Translatable {

    public Location {
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Location of(Place place, Object... args) {
        return new Location(place, Arrays.asList(args));
    }

    /** The stable machine form: the place's word and the arguments, separated by spaces ("line 12"). */
    public String field() {
        String rest = args.stream().limit(place.identifying())
                .map(a -> a instanceof Location l ? l.field() : String.valueOf(a))
                .collect(Collectors.joining(" "));
        return place.word().isEmpty() ? rest : rest.isEmpty() ? place.word() : place.word() + " " + rest;
    }

    /** The place as a user reads it, in the language {@code texts} speaks. */
    @Override
    public String text(Texts texts) {
        return texts.render(place.key(), args.toArray());
    }

    @Override
    public String toString() {
        return field();
    }

    /** JSON carries a location in its machine form, a plain string. */
    public static final class AsField implements JsonbAdapter<Location, String> {

        @Override
        public String adaptToJson(Location location) {
            return location.field();
        }

        @Override
        public Location adaptFromJson(String field) {
            throw new UnsupportedOperationException("a location is written to JSON, never read from it: " + field);
        }
    }
}
