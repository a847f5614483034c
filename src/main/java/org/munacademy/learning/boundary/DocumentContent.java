package org.munacademy.learning.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.control.ContentFiles.ContentException;

/**
 * Loads the issued documents of the demo people ({@code content/learning/documents.csv}: programme code, person code,
 * date of issue) after the programmes ({@link DatabaseReady#LOAD_LEARNING_DOCUMENTS}); a document a person has is
 * left alone, so the numbers stay as first issued.
 */
@ApplicationScoped
public class DocumentContent {

    static final String FILE = "learning/documents.csv";
    private static final Logger LOG = Logger.getLogger(DocumentContent.class.getName());

    @Inject
    DocumentFacade documents;

    @Inject
    Clock clock;

    void load(@Observes @Priority(DatabaseReady.LOAD_LEARNING_DOCUMENTS) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        List<Table.Row> rows = ContentCalendar.csv(LocalDate.now(clock)).apply(FILE).orElse(List.of());
        int loaded = 0;
        for (Table.Row row : rows) {
            LocalDate on;
            try {
                on = LocalDate.parse(row.get("issued_on"));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ContentException(FILE, row.line(), "issued_on is not a date: " + row.get("issued_on"));
            }
            if (documents.seed(row.get("programme_code"), row.get("person_code"), on)) {
                loaded++;
            }
        }
        int n = loaded;
        LOG.fine(() -> "Issued documents in the content: " + n);
    }
}
