package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.ApplicationStatus;

class DiplomaPdfTest {

    private static final String URL = "https://academy.example.org/contest/diploma/ML-2026-D-00007?code=ABCD2345EF";

    private static final DiplomaPdf.Content CONTENT = new DiplomaPdf.Content("ML-2026-D-00007",
            "Соколова Анна Игоревна", "Муниципальный лидер — 2026", "Муниципальный служащий",
            "Федеральный финал", ApplicationStatus.WINNER, LocalDate.of(2026, 10, 15), URL);

    @Test
    void the_pdf_names_the_holder_number_and_contest_in_cyrillic() throws Exception {
        byte[] pdf = DiplomaPdf.render(CONTENT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ДИПЛОМ", "ПОБЕДИТЕЛЬ", "Соколова Анна Игоревна", "№ ML-2026-D-00007",
                    "Муниципальный лидер — 2026", "номинация «Муниципальный служащий»", "этап: Федеральный финал",
                    "Дата выдачи 15.10.2026", URL);
        }
    }

    @Test
    void a_finalist_diploma_says_finalist() throws Exception {
        byte[] pdf = DiplomaPdf.render(new DiplomaPdf.Content("X-D-00001", "Петров Пётр", "Сезон", "Номинация",
                "Финал", ApplicationStatus.FINALIST, LocalDate.of(2026, 1, 2), URL));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ФИНАЛИСТ", "Петров Пётр").doesNotContain("ПОБЕДИТЕЛЬ");
        }
    }

    @Test
    void the_qr_code_on_the_page_decodes_to_the_check_address() throws Exception {
        byte[] pdf = DiplomaPdf.render(CONTENT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))));
            assertThat(result.getText()).isEqualTo(URL);
        }
    }
}
