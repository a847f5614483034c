package org.munacademy.contest.control;

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
import java.util.Locale;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.shared.control.PdfParts;
import org.munacademy.shared.control.QrCode;

/**
 * The PDF of a contest diploma (OpenPDF): an A4 landscape page in Russian with the contest's season, the outcome
 * («Победитель» / «Финалист»), the holder, nomination, stage, number, date of issue and a QR code of the public check
 * address. Text is set in DejaVu Sans, the same bundled font ({@code /fonts}) the learning documents use, embedded as
 * a subset so Cyrillic shows on every reader; the QR code is drawn as vector squares.
 */
public final class DiplomaPdf {

    /** What the page says. */
    public record Content(String number, String holderName, String seasonTitle, String nominationTitle,
            String stageTitle, ApplicationStatus outcome, LocalDate issuedOn, String verificationUrl) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DiplomaPdf() {
    }

    /** The diploma as PDF bytes. */
    public static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 56, 56, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Диплом " + c.number());
            doc.addCreator("Municipal Academy");
            doc.open();
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    PdfParts.REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    PdfParts.BOLD, null);
            Font heading = new Font(bold, 28);
            Font sub = new Font(regular, 15);
            Font text = new Font(regular, 12);
            Font name = new Font(bold, 20);
            Font small = new Font(regular, 9);

            doc.add(PdfParts.centered("Конкурс «Муниципальный лидер»", sub, 0));
            doc.add(PdfParts.centered(c.seasonTitle(), text, 4));
            doc.add(PdfParts.centered("ДИПЛОМ", heading, 30));
            doc.add(PdfParts.centered(outcome(c.outcome()).toUpperCase(Locale.ROOT), sub, 6));
            doc.add(PdfParts.centered("вручается", text, 24));
            doc.add(PdfParts.centered(c.holderName(), name, 8));
            doc.add(PdfParts.centered("номинация «" + c.nominationTitle() + "»", sub, 18));
            doc.add(PdfParts.centered("этап: " + c.stageTitle(), text, 6));
            doc.add(PdfParts.centered("№ " + c.number() + "    Дата выдачи " + DATE.format(c.issuedOn()), text, 24));

            PdfParts.drawQr(writer.getDirectContent(), QrCode.matrix(c.verificationUrl()), doc.leftMargin(),
                    doc.bottomMargin());
            Paragraph check = new Paragraph("Проверка подлинности диплома: " + c.verificationUrl(), small);
            ColumnText ct = new ColumnText(writer.getDirectContent());
            ct.setSimpleColumn(doc.leftMargin() + 150, doc.bottomMargin(), doc.right(), doc.bottomMargin() + 60);
            ct.addElement(check);
            ct.go();
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the diploma could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** «Победитель», «Финалист» (other outcomes are not diplomas; named as such for completeness). */
    static String outcome(ApplicationStatus outcome) {
        return switch (outcome) {
            case WINNER -> "Победитель";
            case FINALIST -> "Финалист";
            default -> "Участник";
        };
    }
}
