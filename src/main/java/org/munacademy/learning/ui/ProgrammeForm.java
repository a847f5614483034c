package org.munacademy.learning.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.Framework;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Prerequisite;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * A programme's terms as a methodologist edits them: bound to {@link ProgrammeData} with Bean Validation (the same
 * rules as the REST API and the facade), the hours checked against the kind by the kind's own rule, the competencies
 * and prerequisites as lists of rows. Fires a save event; never calls a service itself.
 */
class ProgrammeForm extends FormLayout {

    /** The choices the form offers: the published standard, providers, position groups, other programmes. */
    record Choices(Framework framework, List<ProviderRow> providers, Map<String, String> positionGroups,
            Map<String, String> programmes) {
    }

    final TextField code = new TextField();
    final TextField title = new TextField();
    final Select<ProgrammeKind> kind = new Select<>();
    final Select<StudyFormat> format = new Select<>();
    final Checkbox distanceLearning = new Checkbox();
    final IntegerField hours = new IntegerField();
    final ComboBox<ProviderRow> provider = new ComboBox<>();
    final TextArea description = new TextArea();
    final Button save = new Button();
    private final Div competencies = new Div();
    private final Div prerequisites = new Div();
    private final Span competenciesError = new Span();
    private final Span prerequisitesError = new Span();
    private final Button addTargetButton = new Button();
    private final List<TargetRow> targetRows = new ArrayList<>();
    private final List<PrerequisiteRowEditor> prerequisiteRows = new ArrayList<>();
    private final BeanValidationBinder<ProgrammeData> binder = new BeanValidationBinder<>(ProgrammeData.class);
    private final Choices choices;
    private ProgrammeData data;

    ProgrammeForm(Choices choices) {
        this.choices = choices;
        setId("programme-form");
        code.setLabel(getTranslation("learning.programme.code"));
        code.setId("programme-code");
        code.setMaxLength(FieldLimits.LEARNING_CODE);
        code.setHelperText(getTranslation("learning.editor.codeHelp"));
        title.setLabel(getTranslation("learning.programme.title"));
        title.setId("programme-title-field");
        title.setMaxLength(FieldLimits.LEARNING_TITLE);
        kind.setLabel(getTranslation("learning.programme.kind"));
        kind.setId("programme-kind");
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> LearningLabels.of(this, k));
        format.setLabel(getTranslation("learning.programme.format"));
        format.setId("programme-format");
        format.setItems(StudyFormat.values());
        format.setItemLabelGenerator(f -> LearningLabels.of(this, f));
        distanceLearning.setLabel(getTranslation("learning.programme.distance"));
        distanceLearning.setId("programme-distance");
        hours.setLabel(getTranslation("learning.programme.hours"));
        hours.setId("programme-hours");
        hours.setMin(1);
        hours.setMax(ProgrammeKind.MAX_HOURS);
        hours.setStepButtonsVisible(true);
        kind.addValueChangeListener(e -> {
            hours.setHelperText(e.getValue() == null ? null
                    : getTranslation("learning.editor.hoursHelp", e.getValue().minimumHours()));
            if (e.isFromClient() && !hours.isEmpty()) {
                binder.validate();
            }
        });
        provider.setLabel(getTranslation("learning.programme.provider"));
        provider.setId("programme-provider");
        provider.setItems(choices.providers());
        provider.setItemLabelGenerator(p -> p.shortName() + " — " + p.name());
        description.setLabel(getTranslation("learning.editor.description"));
        description.setId("programme-description-field");
        description.setMaxLength(FieldLimits.PROGRAMME_DESCRIPTION);
        description.setHelperText(getTranslation("learning.editor.markdownHelp"));
        description.setMinHeight("10em");

        Map<String, ProviderRow> byCode = choices.providers().stream()
                .collect(Collectors.toMap(ProviderRow::code, Function.identity()));
        binder.forField(code).bind("code");
        binder.forField(title).bind("title");
        binder.forField(kind).bind("kind");
        binder.forField(format).bind("format");
        binder.forField(distanceLearning).bind("distanceLearning");
        binder.forField(hours)
                .withValidator(h -> h == null || kind.getValue() == null || kind.getValue().allows(h),
                        h -> kind.getValue() == ProgrammeKind.RETRAINING
                                ? hoursText(LearningError.RETRAINING_TOO_SHORT, ProgrammeKind.RETRAINING)
                                : hoursText(LearningError.UPGRADE_TOO_SHORT, ProgrammeKind.QUALIFICATION_UPGRADE))
                .bind("hours");
        binder.forField(provider).withConverter(new CodeConverter<>(ProviderRow::code, byCode)).bind("providerCode");
        binder.forField(description).bind("description");

        competencies.setId("programme-competency-rows");
        competenciesError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        addTargetButton.setText(getTranslation("learning.editor.addCompetency"));
        addTargetButton.setIcon(VaadinIcon.PLUS.create());
        addTargetButton.addClickListener(e -> addTarget(null));
        addTargetButton.setId("programme-add-competency");
        addTargetButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        prerequisites.setId("programme-prerequisite-rows");
        prerequisitesError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        Button addPrerequisite = new Button(getTranslation("learning.editor.addPrerequisite"),
                VaadinIcon.PLUS.create(), e -> addPrerequisite(null));
        addPrerequisite.setId("programme-add-prerequisite");
        addPrerequisite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        save.setText(getTranslation("common.save"));
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());

        Div targetBlock = new Div(new H4(getTranslation("learning.programme.competencies")), competencies,
                competenciesError, addTargetButton);
        Div prerequisiteBlock = new Div(new H4(getTranslation("learning.programme.prerequisites")), prerequisites,
                prerequisitesError, addPrerequisite);
        add(code, title, kind, hours, format, distanceLearning, provider, description, targetBlock,
                prerequisiteBlock, save);
        setColspan(title, 2);
        setColspan(provider, 2);
        setColspan(description, 2);
        setColspan(targetBlock, 2);
        setColspan(prerequisiteBlock, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private String hoursText(LearningError code, ProgrammeKind k) {
        return getTranslation(code.key(), k.minimumHours());
    }

    /** Shows a programme's data (a new one when {@code isNew}); the code is fixed once the programme exists. */
    void edit(ProgrammeData programme, boolean isNew, boolean termsFrozen) {
        this.data = programme;
        binder.readBean(programme);
        code.setReadOnly(!isNew);
        kind.setReadOnly(termsFrozen);
        hours.setReadOnly(termsFrozen);
        provider.setReadOnly(termsFrozen);
        competencies.removeAll();
        targetRows.clear();
        programme.getCompetencies().forEach(this::addTarget);
        competencies.setEnabled(!termsFrozen);
        addTargetButton.setEnabled(!termsFrozen);
        prerequisites.removeAll();
        prerequisiteRows.clear();
        programme.getPrerequisites().forEach(this::addPrerequisite);
        competenciesError.setText("");
        prerequisitesError.setText("");
    }

    private void addTarget(CompetencyTarget target) {
        TargetRow row = new TargetRow(target);
        targetRows.add(row);
        competencies.add(row);
    }

    private void addPrerequisite(Prerequisite prerequisite) {
        PrerequisiteRowEditor row = new PrerequisiteRowEditor(prerequisite);
        prerequisiteRows.add(row);
        prerequisites.add(row);
    }

    /** Shows errors the service found on the fields they name; {@code false} when some field is not on the form. */
    boolean showErrors(List<FieldError> errors) {
        boolean all = true;
        for (FieldError error : errors) {
            String field = error.field().replaceAll("\\[.*", "");
            HasValidation target = switch (field) {
                case "code" -> code;
                case "title" -> title;
                case "kind" -> kind;
                case "format" -> format;
                case "hours" -> hours;
                case "providerCode" -> provider;
                case "description" -> description;
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(error.message());
                target.setInvalid(true);
            } else if (field.equals("competencies")) {
                competenciesError.setText(error.message());
            } else if (field.equals("prerequisites")) {
                prerequisitesError.setText(error.message());
            } else {
                all = false;
            }
        }
        return all;
    }

    private void validateAndSave() {
        competenciesError.setText("");
        prerequisitesError.setText("");
        if (binder.writeBeanIfValid(data)) {
            data.setCompetencies(targetRows.stream().map(TargetRow::value).filter(t -> t != null).toList());
            data.setPrerequisites(prerequisiteRows.stream().map(PrerequisiteRowEditor::value).filter(p -> p != null)
                    .toList());
            fireEvent(new SaveEvent(this, data));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asks to save the programme as entered. */
    static class SaveEvent extends ComponentEvent<ProgrammeForm> {
        private final ProgrammeData data;

        SaveEvent(ProgrammeForm source, ProgrammeData data) {
            super(source, false);
            this.data = data;
        }

        ProgrammeData data() {
            return data;
        }
    }

    /** One competency the programme develops: the competency and the target level, removable. */
    private final class TargetRow extends Div {
        private final ComboBox<Framework.Competency> competency = new ComboBox<>();
        private final IntegerField level = new IntegerField();

        TargetRow(CompetencyTarget target) {
            addClassName("learning-editor-row");
            competency.setItems(choices.framework() == null ? List.of() : choices.framework().competencies());
            competency.setItemLabelGenerator(c -> c.code() + " " + c.name());
            competency.setPlaceholder(getTranslation("learning.catalogue.competency"));
            competency.setWidth("28em");
            competency.addClassName("target-competency");
            int scale = choices.framework() == null ? 4 : choices.framework().levels().size();
            level.setMin(1);
            level.setMax(scale);
            level.setStepButtonsVisible(true);
            level.setPlaceholder(getTranslation("learning.editor.targetLevel"));
            level.setWidth("9em");
            level.addClassName("target-level");
            if (target != null) {
                competency.setValue(choices.framework() == null ? null
                        : choices.framework().competency(target.competencyCode()));
                level.setValue(target.targetLevel());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                targetRows.remove(this);
                competencies.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("learning.editor.remove"));
            add(competency, level, remove);
        }

        CompetencyTarget value() {
            return competency.getValue() == null ? null
                    : new CompetencyTarget(competency.getValue().code(), level.getValue());
        }
    }

    /** One prerequisite: its kind, what it names (offered by kind) and, for a level, the least level. */
    private final class PrerequisiteRowEditor extends Div {
        private final Select<PrerequisiteKind> kindOf = new Select<>();
        private final ComboBox<String> what = new ComboBox<>();
        private final IntegerField minLevel = new IntegerField();

        PrerequisiteRowEditor(Prerequisite prerequisite) {
            addClassName("learning-editor-row");
            kindOf.setItems(PrerequisiteKind.values());
            kindOf.setItemLabelGenerator(k -> LearningLabels.of(ProgrammeForm.this, k));
            kindOf.setWidth("16em");
            what.setWidth("28em");
            minLevel.setMin(1);
            minLevel.setMax(choices.framework() == null ? 4 : choices.framework().levels().size());
            minLevel.setPlaceholder(getTranslation("learning.editor.minLevel"));
            minLevel.setWidth("9em");
            kindOf.addValueChangeListener(e -> offer(e.getValue()));
            kindOf.setValue(prerequisite == null ? PrerequisiteKind.POSITION_GROUP : prerequisite.kind());
            if (prerequisite != null) {
                what.setValue(prerequisite.code());
                minLevel.setValue(prerequisite.minLevel());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                prerequisiteRows.remove(this);
                prerequisites.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("learning.editor.remove"));
            add(kindOf, what, minLevel, remove);
        }

        private void offer(PrerequisiteKind k) {
            Map<String, String> names = switch (k) {
                case POSITION_GROUP -> choices.positionGroups();
                case COMPETENCY_LEVEL -> choices.framework() == null ? Map.of()
                        : choices.framework().competencies().stream().collect(Collectors.toMap(
                                Framework.Competency::code, Framework.Competency::name, (a, b) -> a,
                                java.util.LinkedHashMap::new));
                case PROGRAMME -> choices.programmes();
            };
            what.setItems(new ArrayList<>(names.keySet()));
            what.setItemLabelGenerator(c -> c + " " + names.getOrDefault(c, ""));
            minLevel.setVisible(k == PrerequisiteKind.COMPETENCY_LEVEL);
        }

        Prerequisite value() {
            return what.getValue() == null || kindOf.getValue() == null ? null
                    : new Prerequisite(kindOf.getValue(), what.getValue(),
                            kindOf.getValue() == PrerequisiteKind.COMPETENCY_LEVEL ? minLevel.getValue() : null);
        }
    }
}
