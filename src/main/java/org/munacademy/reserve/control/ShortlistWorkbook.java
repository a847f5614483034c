package org.munacademy.reserve.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.reserve.entity.ReadinessReason;
import org.munacademy.reserve.entity.Shortlist;
import org.munacademy.reserve.entity.ShortlistRow;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.entity.Texts;

/**
 * A shortlist as an XLSX sheet: rank, person, municipality, fit (%), readiness, competencies below minimum, days in
 * reserve, plan progress (%), then one column per required competency ("current/target", coloured by status like
 * competency's heat-map). Written with {@link XlsxWriter}, so no text becomes a formula.
 */
public final class ShortlistWorkbook {

    private ShortlistWorkbook() {
    }

    public static byte[] write(Shortlist s, Texts texts) {
        Map<String, String> competencies = new LinkedHashMap<>();
        s.rows().forEach(r -> r.reasons().forEach(x -> competencies.putIfAbsent(x.competencyCode(),
                x.competencyName())));
        List<String> header = new ArrayList<>(List.of(texts.text("reserve.fit.col.rank"),
                texts.text("reserve.fit.col.person"), texts.text("reserve.fit.col.municipality"),
                texts.text("reserve.fit.col.fit"), texts.text("reserve.fit.col.readiness"),
                texts.text("reserve.fit.col.below-min"), texts.text("reserve.fit.col.days"),
                texts.text("reserve.fit.col.plan"), texts.text("reserve.fit.col.reserve")));
        competencies.forEach((code, name) -> header.add(code + " " + (name == null ? "" : name)));
        List<List<XlsxWriter.Cell>> rows = new ArrayList<>();
        for (ShortlistRow r : s.rows()) {
            List<XlsxWriter.Cell> cells = new ArrayList<>();
            cells.add(XlsxWriter.Cell.of(r.rank()));
            cells.add(XlsxWriter.Cell.of(r.personName()));
            cells.add(XlsxWriter.Cell.of(r.municipalityName()));
            cells.add(XlsxWriter.Cell.of(Math.round(r.fit() * 1000) / 10.0));
            cells.add(XlsxWriter.Cell.of(texts.text("reserve.fit.readiness." + r.readiness().name())));
            cells.add(XlsxWriter.Cell.of(r.belowMin()));
            cells.add(XlsxWriter.Cell.of(r.daysInReserve()));
            cells.add(XlsxWriter.Cell.of(r.planPercent()));
            cells.add(XlsxWriter.Cell.of(r.reserveCode()));
            Map<String, ReadinessReason> byCode = new LinkedHashMap<>();
            r.reasons().forEach(x -> byCode.put(x.competencyCode(), x));
            for (String code : competencies.keySet()) {
                ReadinessReason x = byCode.get(code);
                cells.add(x == null ? XlsxWriter.Cell.of(null) : new XlsxWriter.Cell(
                        (x.level() == null ? "—" : x.level()) + "/" + x.targetLevel(), fill(x.status())));
            }
            rows.add(cells);
        }
        return XlsxWriter.write(texts.text("reserve.fit.sheet"), header, rows);
    }

    /** The heat-map's colours: below minimum red, below target yellow, met green, unknown grey. */
    public static String fill(String status) {
        return switch (status) {
            case "BELOW_MIN" -> "F4CCCC";
            case "BELOW_TARGET" -> "FFE599";
            case "MEETS" -> "D9EAD3";
            default -> "EEEEEE";
        };
    }
}
