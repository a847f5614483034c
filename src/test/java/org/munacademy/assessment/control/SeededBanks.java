package org.munacademy.assessment.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.SourcedItem;

/** The seeded question banks ({@code content/assessment/banks/*.gift}) as the content loader reads them. */
final class SeededBanks {

    static final Path CONTENT = Path.of("content");

    private SeededBanks() {
    }

    /** Every item of every seeded bank, files in name order. */
    static List<BankItem> items() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT.resolve("assessment/banks"))) {
            return files.filter(f -> f.toString().endsWith(".gift")).sorted()
                    .flatMap(f -> {
                        try {
                            return Gift.read(Files.readString(f)).stream().map(SourcedItem::item);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
