package org.munacademy.learning.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.munacademy.learning.entity.CompletionDocument;
import org.munacademy.shared.control.PdfParts;
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
                    PdfParts.REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    PdfParts.BOLD, null);
            Font heading = new Font(bold, 22);
            Font sub = new Font(regular, 14);
            Font text = new Font(regular, 12);
            Font name = new Font(bold, 16);
            Font small = new Font(regular, 9);

            doc.add(PdfParts.centered(c.providerName(), text, 0));
            doc.add(PdfParts.centered(title(c.kind()).toUpperCase(java.util.Locale.ROOT), heading, 48));
            doc.add(PdfParts.centered(subtitle(c.kind()), sub, 4));
            doc.add(PdfParts.centered("Регистрационный номер " + c.registrationNumber(), text, 24));
            String subject = c.kind() == CompletionDocument.RETRAINING_DIPLOMA ? "Настоящий диплом"
                    : "Настоящее удостоверение";
            doc.add(PdfParts.centered(subject + " свидетельствует о том, что", text, 36));
            doc.add(PdfParts.centered(c.holderName(), name, 12));
            doc.add(PdfParts.centered("освоил(а) дополнительную профессиональную программу", text, 12));
            doc.add(PdfParts.centered("«" + c.programmeTitle() + "»", sub, 8));
            doc.add(PdfParts.centered("в объёме " + c.hours() + " " + hoursWord(c.hours()), text, 8));
            doc.add(PdfParts.centered("Дата выдачи " + DATE.format(c.issuedOn()), text, 36));

            PdfParts.drawQr(writer.getDirectContent(), QrCode.matrix(c.verificationUrl()), doc.leftMargin(),
                    doc.bottomMargin());
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
}
