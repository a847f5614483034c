package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.shared.entity.FileType;

/**
 * The attachment slots of a nomination's questionnaire: its FILE fields. A slot's {@code choices} are the media types
 * it accepts ({@code application/pdf}, the Word document type, {@code image/jpeg}…), checked against the type the
 * file store finds in the bytes, never against the name or the declared type; its {@code maxLength} is its size limit
 * in KB (none: the store's limit). A slot that accepts only images is a photo: a juror of a blind stage never sees
 * it.
 */
public final class AttachmentRules {

    /** The types a slot may accept: documents and pictures, not archives or a content package's entries. */
    public static final Set<FileType> OFFERED = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.PNG, FileType.JPEG,
            FileType.GIF, FileType.WEBP);

    /** The longest slot code (the attachment's column). */
    public static final int SLOT_LENGTH = 60;

    /** Why an uploaded file does not fit its slot. */
    public enum Refusal {
        /** The content is of no type the slot accepts. */
        TYPE,
        /** The file is larger than the slot's limit. */
        SIZE
    }

    private AttachmentRules() {
    }

    /** The questionnaire's slots, in order. */
    public static List<QuestionField> slots(List<QuestionField> fields) {
        return fields.stream().filter(f -> f.type() == FieldType.FILE).toList();
    }

    /** The slot with this code, if the questionnaire has one. */
    public static Optional<QuestionField> slot(List<QuestionField> fields, String code) {
        return slots(fields).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** What is wrong with a slot's definition, one text a problem (none for a field that is not a FILE). */
    public static List<String> definitionProblems(QuestionField field) {
        List<String> problems = new ArrayList<>();
        if (field.type() != FieldType.FILE) {
            return problems;
        }
        if (field.code() == null || field.code().isBlank() || field.code().length() > SLOT_LENGTH) {
            problems.add("file field code: 1–" + SLOT_LENGTH + " characters");
        }
        if (field.choices().isEmpty()) {
            problems.add(field.code() + ": the accepted types (choices) are missing");
        }
        for (String type : field.choices()) {
            if (FileType.ofMediaType(type.strip()).filter(OFFERED::contains).isEmpty()) {
                problems.add(field.code() + ": type " + type + " is not one of " + names(OFFERED));
            }
        }
        if (field.maxLength() != null && field.maxLength() < 1) {
            problems.add(field.code() + ": the size limit (KB) must be positive");
        }
        return problems;
    }

    /** The types the slot accepts (unknown media types left out: a checked definition has none). */
    public static Set<FileType> accepted(QuestionField slot) {
        Set<FileType> out = EnumSet.noneOf(FileType.class);
        slot.choices().forEach(c -> FileType.ofMediaType(c.strip()).filter(OFFERED::contains).ifPresent(out::add));
        return out;
    }

    /** The slot's size limit in bytes: its own in KB, never above the store's. */
    public static long maxBytes(QuestionField slot, long storeMaxBytes) {
        return slot.maxLength() == null ? storeMaxBytes : Math.min(storeMaxBytes, slot.maxLength() * 1024L);
    }

    /** Whether the slot holds a photo (it accepts images only), hidden from jurors in blind mode. */
    public static boolean photo(QuestionField slot) {
        Set<FileType> types = accepted(slot);
        return !types.isEmpty() && types.stream().allMatch(FileType::isImage);
    }

    /** Why a file of this size and found type does not fit the slot; empty when it fits. */
    public static Optional<Refusal> check(QuestionField slot, Optional<FileType> found, long size, long storeMaxBytes) {
        if (size > maxBytes(slot, storeMaxBytes)) {
            return Optional.of(Refusal.SIZE);
        }
        if (found.isEmpty() || !accepted(slot).contains(found.get())) {
            return Optional.of(Refusal.TYPE);
        }
        return Optional.empty();
    }

    /** The name of a found type for a message: its extension in capitals, or «unknown». */
    public static String name(Optional<FileType> found) {
        return found.map(t -> t.extension().toUpperCase(java.util.Locale.ROOT)).orElse("?");
    }

    /** The accepted types' names for a message ({@code PDF, DOCX}). */
    public static String names(Set<FileType> types) {
        return types.stream().map(t -> t.extension().toUpperCase(java.util.Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "));
    }
}
