package org.munacademy.assessment.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Texts;

/**
 * The report of a partial import: the items left out, one row per problem — the place as the user reads it, the
 * place in its machine form, the problem's code and its text — written through the kit's {@link Csv} (a text that
 * looks like a formula is written as text), UTF-8 with a byte order mark so that Excel reads the Cyrillic right.
 */
public final class ImportReport {

    private ImportReport() {
    }

    /** The CSV bytes; a header row alone when nothing was refused. */
    public static byte[] csv(List<ImportError> refused, Texts texts) {
        List<String> header = List.of(texts.text("error.assessment.report.location"), "field",
                texts.text("error.assessment.report.code"), texts.text("error.assessment.report.message"));
        List<List<String>> rows = refused.stream().map(e -> List.of(e.location().text(texts), e.location().field(),
                e.code().name(), e.text(texts))).toList();
        return ("\uFEFF" + Csv.write(header, rows)).getBytes(StandardCharsets.UTF_8);
    }
}
