package org.munacademy.learning.control;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.munacademy.learning.entity.CompletionDocument;
import org.munacademy.shared.control.QrCode;

/**
 * The PDF of an issued document (OpenPDF): an A4 page in Russian — the language of documents of education (273-ФЗ,
 * ст. 14 ч. 1; ст. 60 ч. 4) — with the document's title, registration number, holder, provider, programme, hours, date
 * of issue and a QR code of the public verification address. Text is set in DejaVu Sans, bundled in
 * {@code /fonts} (its licence beside it) and embedded as a subset, so Cyrillic shows on every reader; the QR code is
 * drawn as vector squares, so it stays sharp at any zoom.
 */
public final class DocumentPdf {

    /** What the page says. */
    public record Content(CompletionDocument kind, String registrationNumber, String holderName, String providerName,
            String programmeTitle, int hours, LocalDate issuedOn, String verificationUrl) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private DocumentPdf() {
    }

    public static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(title(c.kind()) + " " + c.registrationNumber());
            doc.addCreator("Municipal Academy");
            doc.open();
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Font heading = new Font(bold, 22);
            Font sub = new Font(regular, 14);
            Font text = new Font(regular, 12);
            Font name = new Font(bold, 16);
            Font small = new Font(regular, 9);

            doc.add(centered(c.providerName(), text, 0));
            doc.add(centered(title(c.kind()).toUpperCase(java.util.Locale.ROOT), heading, 48));
            doc.add(centered(subtitle(c.kind()), sub, 4));
            doc.add(centered("Регистрационный номер " + c.registrationNumber(), text, 24));
            String subject = c.kind() == CompletionDocument.RETRAINING_DIPLOMA ? "Настоящий диплом"
                    : "Настоящее удостоверение";
            doc.add(centered(subject + " свидетельствует о том, что", text, 36));
            doc.add(centered(c.holderName(), name, 12));
            doc.add(centered("освоил(а) дополнительную профессиональную программу", text, 12));
            doc.add(centered("«" + c.programmeTitle() + "»", sub, 8));
            doc.add(centered("в объёме " + c.hours() + " " + hoursWord(c.hours()), text, 8));
            doc.add(centered("Дата выдачи " + DATE.format(c.issuedOn()), text, 36));

            drawQr(writer.getDirectContent(), QrCode.matrix(c.verificationUrl()), doc.leftMargin(), doc.bottomMargin());
            Paragraph check = new Paragraph("Проверка подлинности документа: " + c.verificationUrl(), small);
            ColumnText ct = new ColumnText(writer.getDirectContent());
            ct.setSimpleColumn(doc.leftMargin() + 140, doc.bottomMargin(), doc.right(), doc.bottomMargin() + 120);
            ct.addElement(check);
            ct.go();
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the document could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** «Удостоверение о повышении квалификации» or «Диплом о профессиональной переподготовке». */
    public static String name(CompletionDocument kind) {
        return title(kind) + " " + subtitle(kind);
    }

    private static String title(CompletionDocument kind) {
        return kind == CompletionDocument.RETRAINING_DIPLOMA ? "Диплом" : "Удостоверение";
    }

    private static String subtitle(CompletionDocument kind) {
        return kind == CompletionDocument.RETRAINING_DIPLOMA ? "о профессиональной переподготовке"
                : "о повышении квалификации";
    }

    /** 1 час, 2 часа, 5 часов, 11 часов, 21 час, 72 часа. */
    static String hoursWord(int n) {
        int tens = n % 100;
        int units = n % 10;
        if (tens >= 11 && tens <= 14) {
            return "часов";
        }
        return units == 1 ? "час" : units >= 2 && units <= 4 ? "часа" : "часов";
    }

    private static Paragraph centered(String s, Font f, float before) {
        Paragraph p = new Paragraph(s, f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    /** The matrix as black squares of 3 pt (about 1 mm) from the lower left corner (x, y). */
    private static void drawQr(PdfContentByte cb, BitMatrix m, float x, float y) {
        float module = 3f;
        cb.saveState();
        cb.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cb.rectangle(x + col * module, y + (m.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        cb.fill();
        cb.restoreState();
    }

    private static byte[] font(String path) {
        try (InputStream in = DocumentPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
