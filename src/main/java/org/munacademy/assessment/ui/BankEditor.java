package org.munacademy.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.QuestionData;
import org.munacademy.assessment.entity.QuestionDetail;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.Messages;

/**
 * Edits one question of the bank beside a live preview of how a taker sees it: code, competency, level,
 * difficulty, type, stem, the type's answers and general feedback. Fires save, status and reload events; the
 * view calls the bank and hands the stored question back through {@link #edit}.
 */
class BankEditor extends Dialog {

    final TextField code = new TextField();
    final ComboBox<String> competency = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final Select<Difficulty> difficulty = new Select<>();
    final Select<QuestionType> type = new Select<>();
    final TextArea stem = new TextArea();
    final TextArea feedback = new TextArea();
    final Button save = new Button();
    final Button activate = new Button();
    final Button retire = new Button();
    final Button reload = new Button();
    private final BankContentEditor answers;
    private final BankPreview preview = new BankPreview();
    private final Span state = new Span();
    private final Paragraph revisionNote = new Paragraph();
    private final Paragraph problems = new Paragraph();
    private QuestionDetail detail;
    private boolean dirty;
    private boolean loading = true;

    BankEditor(BankScale scale) {
        setId("bank-editor");
        setWidth("min(95vw, 84em)");
        setDraggable(true);
        setResizable(true);
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(e -> requestClose());

        code.setId("bank-code");
        code.setLabel(getTranslation("admin.bank.code"));
        code.setHelperText(getTranslation("admin.bank.code.help"));
        code.setMaxLength(60);
        competency.setId("bank-competency");
        competency.setLabel(getTranslation("admin.bank.competency"));
        scale.competencyPicker(competency);
        level.setId("bank-level");
        level.setLabel(getTranslation("admin.bank.level"));
        scale.levelPicker(level);
        difficulty.setId("bank-difficulty");
        difficulty.setLabel(getTranslation("admin.bank.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> BankLabels.of(this, d));
        type.setId("bank-type");
        type.setLabel(getTranslation("admin.bank.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> BankLabels.of(this, t));
        stem.setId("bank-stem");
        stem.setLabel(getTranslation("admin.bank.stem"));
        stem.setWidthFull();
        stem.setMinHeight("6em");
        stem.setValueChangeMode(ValueChangeMode.LAZY);
        feedback.setId("bank-feedback");
        feedback.setLabel(getTranslation("admin.bank.generalFeedback"));
        feedback.setWidthFull();
        feedback.setValueChangeMode(ValueChangeMode.LAZY);
        answers = new BankContentEditor(this::changed);
        code.addValueChangeListener(e -> changed());
        competency.addValueChangeListener(e -> changed());
        level.addValueChangeListener(e -> changed());
        difficulty.addValueChangeListener(e -> changed());
        stem.addValueChangeListener(e -> changed());
        feedback.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                answers.setType(e.getValue());
            }
            changed();
        });

        state.setId("bank-state");
        revisionNote.setId("bank-revision-note");
        revisionNote.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Padding.SMALL,
                LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Vertical.XSMALL);
        problems.setId("bank-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        problems.getStyle().set("white-space", "pre-line");

        FormLayout fields = new FormLayout(code, type, competency, level, difficulty);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(competency, 2);
        VerticalLayout form = new VerticalLayout(state, revisionNote, fields, stem, answers, feedback, problems);
        form.setPadding(false);
        form.setMinWidth("28em");
        preview.setMinWidth("18em");
        FlexLayout body = new FlexLayout(form, preview);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setFlexGrow(3, form);
        body.setFlexGrow(2, preview);
        body.setFlexBasis("28em", form);
        body.setFlexBasis("18em", preview);
        body.setAlignItems(FlexLayout.Alignment.START);
        body.addClassNames(LumoUtility.Gap.MEDIUM);
        body.setWidthFull();
        add(body);

        footer();
        edit(null);
    }

    private void footer() {
        activate.setText(getTranslation("admin.bank.activate"));
        activate.setId("bank-activate");
        activate.setIcon(VaadinIcon.CHECK.create());
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        activate.addClickListener(e -> status(QuestionStatus.ACTIVE));
        retire.setText(getTranslation("admin.bank.retire"));
        retire.setId("bank-retire");
        retire.setIcon(VaadinIcon.ARCHIVE.create());
        retire.addClickListener(e -> status(QuestionStatus.RETIRED));
        reload.setText(getTranslation("admin.bank.reload"));
        reload.setId("bank-reload");
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        Button close = new Button(getTranslation("common.close"), e -> requestClose());
        close.setId("bank-close");
        save.setText(getTranslation("common.save"));
        save.setId("bank-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        Div spacer = new Div();
        HorizontalLayout left = new HorizontalLayout(activate, retire);
        getFooter().add(left, spacer, reload, close, save);
        spacer.getStyle().set("flex-grow", "1");
    }

    /** Shows a stored question (or an empty new one for {@code null}); the form is clean afterwards. */
    void edit(QuestionDetail question) {
        loading = true;
        detail = question;
        clearErrors();
        if (question == null) {
            setHeaderTitle(getTranslation("admin.bank.new"));
            code.clear();
            competency.clear();
            level.clear();
            difficulty.setValue(Difficulty.MEDIUM);
            stem.clear();
            feedback.clear();
            type.setValue(QuestionType.SINGLE_CHOICE);
            answers.setType(QuestionType.SINGLE_CHOICE);
        } else {
            setHeaderTitle(getTranslation("admin.bank.edit", question.code()));
            code.setValue(question.code());
            competency.setValue(question.competencyCode());
            level.setValue(question.level());
            difficulty.setValue(question.difficulty());
            ItemContent c = question.content();
            stem.setValue(c.stem());
            feedback.setValue(c.generalFeedback() == null ? "" : c.generalFeedback());
            answers.load(c);
            type.setValue(c.type());
        }
        code.setReadOnly(question != null);
        showState();
        loading = false;
        dirty = false;
        preview.show(content());
    }

    private void showState() {
        state.removeAll();
        activate.setVisible(detail != null && detail.status() != QuestionStatus.ACTIVE);
        retire.setVisible(detail != null && detail.status() == QuestionStatus.ACTIVE);
        reload.setVisible(detail != null);
        if (detail == null) {
            state.add(BankLabels.badge(BankLabels.of(this, QuestionStatus.DRAFT), null));
            revisionNote.setVisible(false);
            return;
        }
        state.add(BankLabels.badge(BankLabels.of(this, detail.status()), statusTheme(detail.status())),
                new Span(" " + getTranslation("admin.bank.revision", detail.revision())));
        revisionNote.setVisible(detail.used() || detail.status() != QuestionStatus.DRAFT);
        revisionNote.setText(getTranslation(detail.used() ? "admin.bank.usedNote" : "admin.bank.newRevisionNote"));
    }

    static String statusTheme(QuestionStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case DRAFT -> "";
            case RETIRED -> "contrast";
        };
    }

    /** The question read last (null for a new one): its id and version go with the next save. */
    QuestionDetail detail() {
        return detail;
    }

    boolean isDirty() {
        return dirty;
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty = true;
        preview.show(content());
    }

    private ItemContent content() {
        return answers.content(stem.getValue(), feedback.getValue().strip());
    }

    private void validateAndSave() {
        clearErrors();
        List<FieldError> missing = new ArrayList<>();
        if (code.getValue().isBlank()) {
            missing.add(new FieldError("code", getTranslation("admin.bank.required")));
        }
        if (competency.getValue() == null) {
            missing.add(new FieldError("competencyCode", getTranslation("admin.bank.required")));
        }
        if (level.getValue() == null) {
            missing.add(new FieldError("level", getTranslation("admin.bank.required")));
        }
        if (!missing.isEmpty()) {
            showErrors(missing);
            return;
        }
        fireEvent(new SaveEvent(this, new QuestionData(code.getValue().strip(), competency.getValue(),
                level.getValue(), difficulty.getValue() == null ? Difficulty.MEDIUM : difficulty.getValue(),
                content())));
    }

    private void status(QuestionStatus target) {
        if (dirty) {
            Messages.error(getTranslation("admin.bank.saveFirst"));
            return;
        }
        fireEvent(new StatusEvent(this, target));
    }

    /** Marks the fields the bank refused; problems of the content (or of no field) are listed below the form. */
    void showErrors(List<FieldError> errors) {
        List<String> other = new ArrayList<>();
        for (FieldError e : errors) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "code" -> code;
                case "competencyCode" -> competency;
                case "level" -> level;
                case "difficulty" -> difficulty;
                default -> null;
            };
            if (field == null) {
                other.add(e.message());
            } else {
                field.setErrorMessage(e.message());
                field.setInvalid(true);
            }
        }
        problems.setText(String.join("\n", other));
        problems.setVisible(!other.isEmpty());
    }

    /** Somebody saved the question meanwhile: the form stays as typed, the reload button fetches theirs. */
    void showConflict() {
        problems.setText(getTranslation("admin.bank.conflict"));
        problems.setVisible(true);
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void clearErrors() {
        code.setInvalid(false);
        competency.setInvalid(false);
        level.setInvalid(false);
        difficulty.setInvalid(false);
        problems.setText("");
        problems.setVisible(false);
        reload.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void requestClose() {
        Confirmations.closeOrDiscard(this, dirty, "bank-discard", this::close);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addStatusListener(ComponentEventListener<StatusEvent> listener) {
        return addListener(StatusEvent.class, listener);
    }

    Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    /** Save the question as edited. */
    static class SaveEvent extends ComponentEvent<BankEditor> {
        private final QuestionData data;

        SaveEvent(BankEditor source, QuestionData data) {
            super(source, false);
            this.data = data;
        }

        QuestionData data() {
            return data;
        }
    }

    /** Move the stored question to another status. */
    static class StatusEvent extends ComponentEvent<BankEditor> {
        private final QuestionStatus status;

        StatusEvent(BankEditor source, QuestionStatus status) {
            super(source, false);
            this.status = status;
        }

        QuestionStatus status() {
            return status;
        }
    }

    /** Read the stored question again, dropping the form's changes. */
    static class ReloadEvent extends ComponentEvent<BankEditor> {
        ReloadEvent(BankEditor source) {
            super(source, false);
        }
    }
}
