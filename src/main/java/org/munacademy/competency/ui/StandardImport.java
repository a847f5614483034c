package org.munacademy.competency.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.CompetencyPlace;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.FrameworkChange;
import org.munacademy.competency.entity.StandardImportPreview;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportPreview;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.ui.UploadPanel;

/**
 * Import of a standard version from a file as a new draft, through the kit's one upload component: the standard's
 * own options (code, title and effective date, which a table does not carry and a CASE package does) above it. The
 * boundary judges the format by the content. The first click is a dry run: its preview lists every scale level,
 * area and competency of the file as new, changed (each change) or unchanged against the standard's published
 * version, and every element the new version drops; only the confirmation stores the draft. A refused import lists
 * every error in the upload component. A CASE package with other CFItemTypes (an OpenSALT "Domain", "Standard")
 * lists them when chosen, each with what it becomes — an area or a competency of a kind — for the dry run and the
 * import.
 */
class StandardImport extends Details {

    /** The largest file the browser sends (the boundary's own limit is the same). */
    static final int MAX_BYTES = (int) Upload.DEFAULT_MAX_BYTES;

    private final TextField standardCode = new TextField();
    private final TextField title = new TextField();
    private final DatePicker effectiveDate = new DatePicker();
    private final UploadPanel upload;
    /** The CASE item types of the chosen file that need a mapping, with what each becomes. */
    final Grid<String> itemTypes = new Grid<>();
    /** The chosen target of each item type: AREA or a competency kind. */
    final Map<String, String> itemTypeMap = new LinkedHashMap<>();

    /** What the view does with a chosen file and the options: call its boundary. */
    interface Importer {
        void importFile(Upload file, String standardCode, String title, LocalDate effectiveDate,
                Map<String, String> itemTypes);
    }

    /** The view's dry run of the same import: call its boundary, which stores nothing. */
    interface Previewer {
        StandardImportPreview preview(Upload file, String standardCode, String title, LocalDate effectiveDate,
                Map<String, String> itemTypes);

        /** The CFItemTypes of a chosen CASE package that need a mapping (empty for a table). */
        List<String> unmappedItemTypes(Upload file);
    }

    StandardImport(String defaultCode, String defaultTitle, Previewer previewer, Importer importer) {
        setId("import-panel");
        setSummaryText(getTranslation("competency.import.summary"));

        Paragraph help = new Paragraph(getTranslation("competency.import.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        standardCode.setId("import-standard");
        standardCode.setLabel(getTranslation("competency.import.standardCode"));
        standardCode.setValue(defaultCode == null ? "" : defaultCode);
        standardCode.setMaxLength(FieldLimits.CODE);
        standardCode.setHelperText(getTranslation("competency.import.csvOnly"));
        title.setId("import-title");
        title.setLabel(getTranslation("competency.import.title"));
        title.setValue(defaultTitle == null ? "" : defaultTitle);
        title.setMaxLength(FieldLimits.TITLE);
        title.setHelperText(getTranslation("competency.import.csvOnly"));
        effectiveDate.setId("import-effective");
        effectiveDate.setLabel(getTranslation("competency.import.effectiveDate"));
        effectiveDate.setHelperText(getTranslation("competency.import.csvOnly"));
        FormLayout fields = new FormLayout(standardCode, title, effectiveDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        upload = new UploadPanel("import", MAX_BYTES, ".csv", ".xlsx", ".json", "text/csv", "application/json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        itemTypes.setId("import-item-types");
        itemTypes.addThemeVariants(GridVariant.LUMO_COMPACT);
        itemTypes.addColumn(t -> t).setHeader(getTranslation("competency.import.itemType")).setFlexGrow(1);
        List<String> targets = new ArrayList<>();
        targets.add("AREA");
        for (CompetencyKind k : CompetencyKind.values()) {
            targets.add(k.name());
        }
        itemTypes.addComponentColumn(t -> {
            ComboBox<String> box = new ComboBox<>();
            box.setId("import-item-type-" + itemTypes.getListDataView().getItems().toList().indexOf(t));
            box.setItems(targets);
            box.setItemLabelGenerator(v -> "AREA".equals(v) ? getTranslation("competency.import.itemType.AREA")
                    : getTranslation("competency.import.itemType.kind", getTranslation("competency.kind." + v)));
            box.setClearButtonVisible(true);
            box.setWidthFull();
            box.setValue(itemTypeMap.get(t));
            box.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    itemTypeMap.remove(t);
                } else {
                    itemTypeMap.put(t, e.getValue());
                }
            });
            return box;
        }).setHeader(getTranslation("competency.import.itemTypeTarget")).setFlexGrow(1);
        itemTypes.setAllRowsVisible(true);
        itemTypes.setVisible(false);

        upload.addOptions(fields, itemTypes);
        upload.onChosen(file -> {
            List<String> found = previewer.unmappedItemTypes(file);
            itemTypeMap.keySet().retainAll(found);
            itemTypes.setItems(found);
            itemTypes.setVisible(!found.isEmpty());
        });
        upload.onPreview(file -> preview(previewer.preview(file, code(), title.getValue().strip(),
                effectiveDate.getValue(), Map.copyOf(itemTypeMap))));
        Consumer<Upload> run = file -> importer.importFile(file, code(), title.getValue().strip(),
                effectiveDate.getValue(), Map.copyOf(itemTypeMap));
        upload.onImport(run);

        VerticalLayout body = new VerticalLayout(help, upload);
        body.setPadding(false);
        add(body);
    }

    private String code() {
        return standardCode.getValue().strip().toUpperCase(Locale.ROOT);
    }

    /** After a successful import: ready for the next file. */
    void done() {
        upload.done();
    }

    /**
     * The dry run as the kit's preview: each level, area and competency of the file in its order — new, changed
     * (with each change as a sentence) or unchanged — then each element the new version would drop.
     */
    ImportPreview preview(StandardImportPreview result) {
        Map<String, List<FrameworkChange>> byElement = new LinkedHashMap<>();
        for (FrameworkChange c : result.changes()) {
            // indicator changes belong to their competency
            String element = "indicators".equals(c.element()) ? "competency" : c.element();
            byElement.computeIfAbsent(element + " " + c.code(), k -> new ArrayList<>()).add(c);
        }
        List<ImportPreview.Change> rows = new ArrayList<>();
        Framework f = result.framework();
        for (Framework.Level l : f.levels()) {
            rows.add(row("level", String.valueOf(l.number()), l.name(), null, byElement));
        }
        for (Framework.Area a : f.areas()) {
            rows.add(row("area", a.code(), a.name(), null, byElement));
            for (Framework.Competency c : a.competencies()) {
                rows.add(row("competency", c.code(), c.name(), c.indicators().size(), byElement));
            }
        }
        result.changes().stream()
                .filter(c -> c.kind() == FrameworkChange.Kind.REMOVED && !"indicators".equals(c.element()))
                .forEach(c -> rows.add(new ImportPreview.Change(ImportPreview.Kind.REMOVE, place(c.element(), c.code()),
                        c.before())));
        return new ImportPreview(rows);
    }

    private ImportPreview.Change row(String element, String code, String name, Integer indicators,
            Map<String, List<FrameworkChange>> byElement) {
        Location location = place(element, code);
        List<FrameworkChange> own = byElement.getOrDefault(element + " " + code, List.of());
        if (own.stream().anyMatch(c -> c.kind() == FrameworkChange.Kind.ADDED && element.equals(c.element()))) {
            return new ImportPreview.Change(ImportPreview.Kind.CREATE, location, name, List.of(), indicators == null
                    ? null : texts -> texts.text("competency.import.preview.indicators", String.valueOf(indicators)));
        }
        if (!own.isEmpty()) {
            // the changes as sentences of this view, already in the user's language
            String sentences = own.stream().map(c -> ChangeText.of(this, c)).collect(Collectors.joining("; "));
            return new ImportPreview.Change(ImportPreview.Kind.UPDATE, location, name, List.of(), texts -> sentences);
        }
        return new ImportPreview.Change(ImportPreview.Kind.UNCHANGED, location, name);
    }

    /** Where an element of the standard is, as the error model names it (level, area, competency). */
    private static Location place(String element, String code) {
        return switch (element) {
            case "level" -> Location.of(CompetencyPlace.LEVEL, Integer.valueOf(code));
            case "area" -> Location.of(CompetencyPlace.AREA, code);
            default -> Location.of(CompetencyPlace.COMPETENCY, code);
        };
    }
}
