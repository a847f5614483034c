package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeDetail.LessonOutline;
import org.munacademy.learning.entity.ProgrammeDetail.ModuleOutline;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A programme's course in the editor: modules with their lessons, each with its buttons (rename, move, remove, edit),
 * and the field for a new module. Structure changes (add, move, remove) are offered only while the programme is a
 * draft, texts while it is not archived — the entity's rules, which the facade enforces anyway. Every button asks
 * the view ({@link Actions}), which calls the boundary with the version read and shows the new outline.
 */
class OutlineEditor extends Div {

    /** What the outline's buttons ask for; the view does it. */
    interface Actions {
        void addModule(String title);

        void renameModule(long moduleId, String title);

        void removeModule(long moduleId);

        void moveModule(long moduleId, int delta);

        void addLesson(long moduleId);

        void editLesson(long lessonId);

        void removeLesson(long lessonId);

        void moveLesson(long lessonId, int delta);
    }

    private final Actions actions;

    OutlineEditor(Actions actions) {
        this.actions = actions;
        setId("outline-editor");
        addClassName("learning-outline-editor");
    }

    void show(ProgrammeDetail p) {
        removeAll();
        boolean draft = p.status() == ProgrammeStatus.DRAFT;
        boolean texts = p.status() != ProgrammeStatus.ARCHIVED;
        if (!draft && texts) {
            Paragraph frozen = new Paragraph(getTranslation("learning.editor.outlineFrozen"));
            frozen.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(frozen);
        }
        for (ModuleOutline m : p.modules()) {
            add(module(m, p.modules().size(), draft, texts));
        }
        if (draft) {
            TextField title = new TextField();
            title.setId("outline-new-module");
            title.setPlaceholder(getTranslation("learning.editor.moduleTitle"));
            title.setMaxLength(FieldLimits.LEARNING_TITLE);
            title.setWidth("28em");
            Button add = new Button(getTranslation("learning.editor.addModule"), VaadinIcon.PLUS.create(),
                    e -> actions.addModule(title.getValue()));
            add.setId("outline-add-module");
            Div row = new Div(title, add);
            row.addClassName("learning-editor-row");
            add(row);
        }
    }

    private Div module(ModuleOutline m, int modules, boolean draft, boolean texts) {
        Div box = new Div();
        box.setId("outline-module-" + m.id());
        box.addClassName("learning-outline-module");
        H4 number = new H4(getTranslation("learning.editor.moduleNumber", m.number()));
        number.addClassNames(LumoUtility.Margin.NONE);
        TextField title = new TextField();
        title.setValue(m.title());
        title.setMaxLength(FieldLimits.LEARNING_TITLE);
        title.setWidth("28em");
        title.setReadOnly(!texts);
        title.addClassName("outline-module-title");
        Div head = new Div(number, title);
        head.addClassName("learning-editor-row");
        if (texts) {
            head.add(icon(VaadinIcon.CHECK, "learning.editor.rename", () -> actions.renameModule(m.id(),
                    title.getValue())));
        }
        if (draft) {
            head.add(icon(VaadinIcon.ARROW_UP, "learning.editor.up", () -> actions.moveModule(m.id(), -1),
                    m.number() > 1));
            head.add(icon(VaadinIcon.ARROW_DOWN, "learning.editor.down", () -> actions.moveModule(m.id(), 1),
                    m.number() < modules));
            head.add(icon(VaadinIcon.TRASH, "learning.editor.removeModule", () -> actions.removeModule(m.id())));
        }
        box.add(head);
        for (LessonOutline l : m.lessons()) {
            box.add(lesson(l, m.lessons().size(), draft, texts));
        }
        if (draft) {
            Button add = new Button(getTranslation("learning.editor.addLesson"), VaadinIcon.PLUS.create(),
                    e -> actions.addLesson(m.id()));
            add.setId("outline-add-lesson-" + m.id());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(add);
        }
        return box;
    }

    private Div lesson(LessonOutline l, int lessons, boolean draft, boolean texts) {
        Span name = new Span(l.number() + ". " + l.title());
        name.addClassName("learning-item-name");
        Div row = new Div(name, LearningLabels.badge(LearningLabels.of(this, l.kind()), "contrast"));
        row.setId("outline-lesson-" + l.id());
        row.addClassNames("learning-editor-row", "learning-outline-lesson");
        if (!l.mandatory()) {
            row.add(LearningLabels.badge(getTranslation("learning.lesson.optional"), null));
        }
        if (!l.complete()) {
            row.add(LearningLabels.badge(getTranslation("learning.lesson.incomplete"), "error"));
        }
        if (texts) {
            row.add(icon(VaadinIcon.EDIT, "learning.editor.editLesson", () -> actions.editLesson(l.id())));
        }
        if (draft) {
            row.add(icon(VaadinIcon.ARROW_UP, "learning.editor.up", () -> actions.moveLesson(l.id(), -1),
                    l.number() > 1));
            row.add(icon(VaadinIcon.ARROW_DOWN, "learning.editor.down", () -> actions.moveLesson(l.id(), 1),
                    l.number() < lessons));
            row.add(icon(VaadinIcon.TRASH, "learning.editor.removeLesson", () -> actions.removeLesson(l.id())));
        }
        return row;
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        return icon(icon, label, action, true);
    }

    private Button icon(VaadinIcon icon, String label, Runnable action, boolean enabled) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        b.setEnabled(enabled);
        return b;
    }
}
