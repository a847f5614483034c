package org.munacademy.learning.control;

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
import org.munacademy.learning.entity.CompletionDocument;

class DocumentPdfTest {

    private static final String URL = "https://academy.example.org/verify/ABCD2345EFGH";

    private static final DocumentPdf.Content CONTENT = new DocumentPdf.Content(CompletionDocument.RETRAINING_DIPLOMA,
            "SZIU-UCH-000042", "Иванова Мария Петровна", "Северо-Западный институт управления (учебный)",
            "Стратегическое планирование муниципального образования", 256, LocalDate.of(2026, 11, 30), URL);

    @Test
    void thePdfSaysTheDocumentInCyrillic() throws Exception {
        byte[] pdf = DocumentPdf.render(CONTENT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ДИПЛОМ", "о профессиональной переподготовке",
                    "Регистрационный номер SZIU-UCH-000042", "Иванова Мария Петровна",
                    "«Стратегическое планирование муниципального образования»", "в объёме 256 часов",
                    "Дата выдачи 30.11.2026", URL);
        }
    }

    @Test
    void theQrCodeOnThePageDecodesToTheVerificationAddress() throws Exception {
        byte[] pdf = DocumentPdf.render(CONTENT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))));
            assertThat(result.getText()).isEqualTo(URL);
        }
    }

    @Test
    void hoursAgreeWithTheirNumber() {
        assertThat(DocumentPdf.hoursWord(1)).isEqualTo("час");
        assertThat(DocumentPdf.hoursWord(21)).isEqualTo("час");
        assertThat(DocumentPdf.hoursWord(72)).isEqualTo("часа");
        assertThat(DocumentPdf.hoursWord(16)).isEqualTo("часов");
        assertThat(DocumentPdf.hoursWord(112)).isEqualTo("часов");
        assertThat(DocumentPdf.hoursWord(250)).isEqualTo("часов");
    }
}
