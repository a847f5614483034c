package org.munacademy.shared.control;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What the PDF documents share (learning's certificates, the contest's diplomas): the bundled DejaVu fonts with
 * Cyrillic, a centred paragraph, and a QR code drawn as vector squares.
 */
public final class PdfParts {

    /** DejaVu Sans, regular. */
    public static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

    /** DejaVu Sans, bold. */
    public static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private PdfParts() {
    }

    /** A centred paragraph with the given space before it. */
    public static Paragraph centered(String s, Font f, float before) {
        Paragraph p = new Paragraph(s, f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    /** The matrix as black squares of 3 pt (about 1 mm) from the lower left corner (x, y). */
    public static void drawQr(PdfContentByte cb, BitMatrix m, float x, float y) {
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
        try (InputStream in = PdfParts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
