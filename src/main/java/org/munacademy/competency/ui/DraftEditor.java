package org.munacademy.competency.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.competency.entity.VersionRow;

/**
 * The draft editor: a working copy of the draft's content — document data, the proficiency scale, areas and
 * competencies with their indicators per level — edited node by node. It fires save and reload events; the view
 * stores the draft (with the version it read, so a concurrent save is refused rather than overwritten).
 */
class DraftEditor extends VerticalLayout {

    /** What a tree node stands for. */
    enum Kind { DOCUMENT, SCALE, LEVEL, AREA, COMPETENCY }

    /** A tree node, addressed by position in the working copy (codes are editable). */
    record Node(Kind kind, int index, int child) {
    }

    private static final Node DOCUMENT = new Node(Kind.DOCUMENT, -1, -1);
    private static final Node SCALE = new Node(Kind.SCALE, -1, -1);

    private final H3 heading = new H3();
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final VerticalLayout form = new VerticalLayout();
    final Button addLevel = new Button();
    final Button addArea = new Button();
    final Button addCompetency = new Button();
    final Button remove = new Button();
    final TextField changeNote = new TextField();
    final Button save = new Button();
    final Button reload = new Button();
    private final Span state = new Span();
    private final ErrorList errors = new ErrorList("draft-errors");
    private DraftCopy copy;
    private VersionRow row;
    private boolean dirty;

    DraftEditor() {
        setId("draft-editor");
        setPadding(false);
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        addLevel.setText(getTranslation("competency.editor.addLevel"));
        addLevel.setId("add-level");
        addLevel.setIcon(VaadinIcon.PLUS.create());
        addLevel.addClickListener(e -> {
            int index = copy.addLevel();
            changed();
            rebuild(new Node(Kind.LEVEL, index, -1));
        });
        addArea.setText(getTranslation("competency.editor.addArea"));
        addArea.setId("add-area");
        addArea.setIcon(VaadinIcon.PLUS.create());
        addArea.addClickListener(e -> {
            int index = copy.addArea(getTranslation("competency.editor.newArea"));
            changed();
            rebuild(new Node(Kind.AREA, index, -1));
        });
        addCompetency.setText(getTranslation("competency.editor.addCompetency"));
        addCompetency.setId("add-competency");
        addCompetency.setIcon(VaadinIcon.PLUS.create());
        addCompetency.addClickListener(e -> selected().ifPresent(n -> {
            int index = copy.addCompetency(n.index(), getTranslation("competency.editor.newCompetency"));
            changed();
            rebuild(new Node(Kind.COMPETENCY, n.index(), index));
        }));
        remove.setText(getTranslation("competency.editor.remove"));
        remove.setId("remove-node");
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(this::removeNode));
        HorizontalLayout tools = new HorizontalLayout(addLevel, addArea, addCompetency, remove);
        tools.addClassNames(LumoUtility.FlexWrap.WRAP);

        tree.setId("draft-tree");
        tree.addHierarchyColumn(this::label).setHeader(getTranslation("competency.editor.structure"));
        tree.setWidth("26em");
        tree.setHeight("32em");
        tree.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));

        form.setId("draft-node-form");
        form.setPadding(false);
        form.setSpacing(false);
        HorizontalLayout body = new HorizontalLayout(tree, form);
        body.setWidthFull();
        body.expand(form);

        changeNote.setId("change-note");
        changeNote.setLabel(getTranslation("competency.editor.changeNote"));
        changeNote.setPlaceholder(getTranslation("competency.editor.changeNote.placeholder"));
        changeNote.setMaxLength(2000);
        changeNote.addValueChangeListener(e -> changed());
        save.setText(getTranslation("competency.editor.save"));
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, copy.framework(), clean(changeNote.getValue()))));
        reload.setText(getTranslation("competency.editor.reload"));
        reload.setId("reload-draft");
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        state.setId("draft-state");
        state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout footer = new HorizontalLayout(changeNote, save, reload, state);
        footer.setWidthFull();
        footer.setAlignItems(FlexComponent.Alignment.BASELINE);
        footer.expand(changeNote);

        add(heading, tools, body, errors, footer);
    }

    /** Starts editing a draft as read from the store. */
    void edit(VersionRow draft, Framework content) {
        row = draft;
        copy = new DraftCopy(content);
        heading.setText(getTranslation("competency.editor.heading", String.valueOf(draft.number())));
        changeNote.setValue(draft.changeNote() == null ? "" : draft.changeNote());
        errors.clear();
        dirty = false;
        updateState();
        rebuild(null);
    }

    /** After a successful save: the stored content and the new version number to lock against. */
    void saved(VersionRow draft, Framework content) {
        Node keep = tree.asSingleSelect().getValue();
        edit(draft, content);
        if (keep != null && tree.getTreeData().contains(keep)) {
            tree.select(keep);
        }
        state.setText(getTranslation("competency.editor.saved"));
    }

    void showErrors(List<ImportError> list) {
        errors.show(list);
    }

    VersionRow row() {
        return row;
    }

    boolean isDirty() {
        return dirty;
    }

    private void changed() {
        dirty = true;
        updateState();
    }

    private void updateState() {
        state.setText(dirty ? getTranslation("competency.editor.unsaved") : "");
    }

    private Optional<Node> selected() {
        return Optional.ofNullable(tree.asSingleSelect().getValue());
    }

    private void rebuild(Node select) {
        Framework f = copy.framework();
        TreeData<Node> data = new TreeData<>();
        data.addItem(null, DOCUMENT);
        data.addItem(null, SCALE);
        for (int i = 0; i < f.levels().size(); i++) {
            data.addItem(SCALE, new Node(Kind.LEVEL, i, -1));
        }
        for (int a = 0; a < f.areas().size(); a++) {
            Node area = new Node(Kind.AREA, a, -1);
            data.addItem(null, area);
            for (int c = 0; c < f.areas().get(a).competencies().size(); c++) {
                data.addItem(area, new Node(Kind.COMPETENCY, a, c));
            }
        }
        tree.setTreeData(data);
        tree.expand(data.getRootItems());
        if (select != null && data.contains(select)) {
            tree.select(select);
        } else {
            tree.deselectAll();
            showForm(null);
        }
    }

    private String label(Node n) {
        return switch (n.kind()) {
            case DOCUMENT -> getTranslation("competency.editor.node.document");
            case SCALE -> getTranslation("competency.editor.node.scale");
            case LEVEL -> {
                Framework.Level l = copy.level(n.index());
                yield l.number() + " · " + untitled(l.name());
            }
            case AREA -> {
                Framework.Area a = copy.area(n.index());
                yield untitled(a.code()) + " — " + untitled(a.name());
            }
            case COMPETENCY -> {
                Framework.Competency c = copy.competency(n.index(), n.child());
                yield untitled(c.code()) + " — " + untitled(c.name());
            }
        };
    }

    private String untitled(String text) {
        return text == null || text.isBlank() ? getTranslation("competency.editor.untitled") : text;
    }

    private void showForm(Node n) {
        form.removeAll();
        int levels = copy == null ? 0 : copy.framework().levels().size();
        addCompetency.setEnabled(n != null && (n.kind() == Kind.AREA || n.kind() == Kind.COMPETENCY));
        remove.setEnabled(n != null && (n.kind() == Kind.AREA || n.kind() == Kind.COMPETENCY
                || n.kind() == Kind.LEVEL && n.index() == levels - 1));
        if (n == null) {
            Paragraph hint = new Paragraph(getTranslation("competency.editor.pick"));
            hint.addClassNames(LumoUtility.TextColor.SECONDARY);
            form.add(hint);
            return;
        }
        switch (n.kind()) {
            case DOCUMENT -> documentForm();
            case SCALE -> form.add(new Paragraph(getTranslation("competency.editor.scaleHint")));
            case LEVEL -> levelForm(n);
            case AREA -> areaForm(n);
            case COMPETENCY -> competencyForm(n);
        }
    }

    private void documentForm() {
        Framework f = copy.framework();
        TextField title = textField("edit-title", "competency.editor.title.field", f.title());
        DatePicker effective = new DatePicker(getTranslation("competency.editor.effectiveDate"), f.effectiveDate());
        effective.setId("edit-effective-date");
        TextField source = textField("edit-source", "competency.editor.source", f.sourceRef());
        Runnable apply = () -> {
            copy.setDocument(clean(title.getValue()), effective.getValue(), clean(source.getValue()));
            changed();
        };
        onChange(apply, title, effective, source);
        Span code = new Span(getTranslation("competency.editor.standardCode", f.standardCode()));
        code.addClassNames(LumoUtility.TextColor.SECONDARY);
        form.add(code, title, effective, source);
    }

    private void levelForm(Node n) {
        Framework.Level l = copy.level(n.index());
        TextField name = textField("edit-level-name", "competency.editor.levelName", l.name());
        TextArea descriptor = textArea("edit-level-descriptor", "competency.editor.levelDescriptor", l.descriptor());
        onChange(() -> {
            copy.setLevel(n.index(), name.getValue().strip(), descriptor.getValue().strip());
            changed();
            tree.getDataProvider().refreshItem(n);
        }, name, descriptor);
        Span number = new Span(getTranslation("competency.editor.levelNumber", String.valueOf(l.number())));
        number.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        form.add(number, name, descriptor);
    }

    private void areaForm(Node n) {
        Framework.Area a = copy.area(n.index());
        TextField code = textField("edit-area-code", "competency.code", a.code());
        TextField name = textField("edit-area-name", "competency.name", a.name());
        TextArea description = textArea("edit-area-description", "competency.description", a.description());
        onChange(() -> {
            copy.setArea(n.index(), code.getValue().strip(), name.getValue().strip(), clean(description.getValue()));
            changed();
            tree.getDataProvider().refreshItem(n);
        }, code, name, description);
        form.add(code, name, description);
    }

    private void competencyForm(Node n) {
        Framework.Competency c = copy.competency(n.index(), n.child());
        TextField code = textField("edit-competency-code", "competency.code", c.code());
        TextField name = textField("edit-competency-name", "competency.name", c.name());
        TextArea description = textArea("edit-competency-description", "competency.description", c.description());
        Select<CompetencyKind> kind = new Select<>();
        kind.setId("edit-competency-kind");
        kind.setLabel(getTranslation("competency.kind"));
        kind.setItems(CompetencyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("competency.kind." + k.name()));
        kind.setValue(c.kind());
        onChange(() -> {
            copy.setCompetency(n.index(), n.child(), code.getValue().strip(), name.getValue().strip(),
                    clean(description.getValue()), kind.getValue());
            changed();
            tree.getDataProvider().refreshItem(n);
        }, code, name, description, kind);
        form.add(code, name, kind, description);
        for (Framework.Level level : copy.framework().levels()) {
            TextArea indicators = textArea("edit-indicators-" + level.number(), null,
                    String.join("\n", c.indicatorsAt(level.number())));
            indicators.setLabel(getTranslation("competency.editor.indicators", String.valueOf(level.number()),
                    untitled(level.name())));
            indicators.setHelperText(getTranslation("competency.editor.indicatorsHelp"));
            indicators.addValueChangeListener(e -> {
                copy.setIndicators(n.index(), n.child(), level.number(), Arrays.asList(e.getValue().split("\n")));
                changed();
            });
            form.add(indicators);
        }
    }

    private void removeNode(Node n) {
        switch (n.kind()) {
            case LEVEL -> {
                copy.removeLastLevel();
                changed();
                rebuild(n.index() > 0 ? new Node(Kind.LEVEL, n.index() - 1, -1) : SCALE);
            }
            case AREA -> {
                copy.removeArea(n.index());
                changed();
                rebuild(null);
            }
            case COMPETENCY -> {
                copy.removeCompetency(n.index(), n.child());
                changed();
                rebuild(new Node(Kind.AREA, n.index(), -1));
            }
            default -> {
                // the document and the scale itself cannot be removed
            }
        }
    }

    private TextField textField(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        return field;
    }

    private TextArea textArea(String id, String labelKey, String value) {
        TextArea area = new TextArea();
        if (labelKey != null) {
            area.setLabel(getTranslation(labelKey));
        }
        area.setId(id);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        return area;
    }

    /** Every field applies its change to the working copy as soon as the user leaves it. */
    private static void onChange(Runnable apply, HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> apply.run());
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    /** The methodologist asks to store the working copy with a note on what changed. */
    static class SaveEvent extends ComponentEvent<DraftEditor> {
        private final Framework content;
        private final String changeNote;

        SaveEvent(DraftEditor source, Framework content, String changeNote) {
            super(source, false);
            this.content = content;
            this.changeNote = changeNote;
        }

        Framework content() {
            return content;
        }

        String changeNote() {
            return changeNote;
        }
    }

    /** The methodologist drops the working copy and reads the draft as stored now. */
    static class ReloadEvent extends ComponentEvent<DraftEditor> {
        ReloadEvent(DraftEditor source) {
            super(source, false);
        }
    }
}
