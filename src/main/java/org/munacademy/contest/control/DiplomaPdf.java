package org.munacademy.contest.control;

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
import java.util.Locale;
import org.munacademy.contest.entity.ApplicationStatus;
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
    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

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
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Font heading = new Font(bold, 28);
            Font sub = new Font(regular, 15);
            Font text = new Font(regular, 12);
            Font name = new Font(bold, 20);
            Font small = new Font(regular, 9);

            doc.add(centered("Конкурс «Муниципальный лидер»", sub, 0));
            doc.add(centered(c.seasonTitle(), text, 4));
            doc.add(centered("ДИПЛОМ", heading, 30));
            doc.add(centered(outcome(c.outcome()).toUpperCase(Locale.ROOT), sub, 6));
            doc.add(centered("вручается", text, 24));
            doc.add(centered(c.holderName(), name, 8));
            doc.add(centered("номинация «" + c.nominationTitle() + "»", sub, 18));
            doc.add(centered("этап: " + c.stageTitle(), text, 6));
            doc.add(centered("№ " + c.number() + "    Дата выдачи " + DATE.format(c.issuedOn()), text, 24));

            drawQr(writer.getDirectContent(), QrCode.matrix(c.verificationUrl()), doc.leftMargin(), doc.bottomMargin());
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
        try (InputStream in = DiplomaPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
