package org.munacademy.competency.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.munacademy.competency.entity.ProfileCell;
import org.munacademy.competency.entity.Requirement;

/**
 * What one position group (or position) requires of one competency: the minimum and target level on the scale
 * and the weight in the overall fit. Fires save (a valid requirement) or remove; the view stores it.
 */
class RequirementDialog extends Dialog {

    final IntegerField min = new IntegerField();
    final IntegerField target = new IntegerField();
    final IntegerField weight = new IntegerField();
    final Button save = new Button();
    final Button remove = new Button();
    private final String competencyCode;
    private final int maxLevel;

    RequirementDialog(String heading, String subject, String competencyCode, ProfileCell existing, int maxLevel) {
        this.competencyCode = competencyCode;
        this.maxLevel = maxLevel;
        setId("requirement-dialog");
        setHeaderTitle(heading);
        setWidth("30em");

        Paragraph about = new Paragraph(subject);
        about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        level(min, "req-min", "competency.profiles.min");
        level(target, "req-target", "competency.profiles.target");
        weight.setId("req-weight");
        weight.setLabel(getTranslation("competency.profiles.weight"));
        weight.setHelperText(getTranslation("competency.profiles.weightHelp"));
        weight.setMin(1);
        weight.setStepButtonsVisible(true);
        if (existing != null) {
            min.setValue(existing.minLevel());
            target.setValue(existing.targetLevel());
            weight.setValue(existing.weight());
        } else {
            min.setValue(1);
            target.setValue(Math.min(2, maxLevel));
            weight.setValue(1);
        }
        FormLayout form = new FormLayout(min, target, weight);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        add(about, form);

        save.setText(getTranslation("common.save"));
        save.setId("req-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> validateAndSave());
        remove.setText(getTranslation("competency.profiles.remove"));
        remove.setId("req-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(existing != null);
        remove.addClickListener(e -> fireEvent(new RemoveEvent(this)));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("req-cancel");
        getFooter().add(remove, cancel, save);
    }

    private void level(IntegerField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMin(1);
        field.setMax(maxLevel);
        field.setStepButtonsVisible(true);
    }

    private void validateAndSave() {
        Integer lo = min.getValue();
        Integer hi = target.getValue();
        Integer w = weight.getValue();
        min.setInvalid(lo == null || lo < 1 || lo > maxLevel);
        min.setErrorMessage(getTranslation("competency.profiles.levelRange", String.valueOf(maxLevel)));
        target.setInvalid(hi == null || lo != null && hi < lo || hi > maxLevel);
        target.setErrorMessage(getTranslation("competency.profiles.targetRange"));
        weight.setInvalid(w == null || w < 1);
        weight.setErrorMessage(getTranslation("competency.profiles.weightRange"));
        if (!min.isInvalid() && !target.isInvalid() && !weight.isInvalid()) {
            fireEvent(new SaveEvent(this, new Requirement(competencyCode, lo, hi, w)));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    /** The methodologist sets the requirement as entered (already within the scale). */
    static class SaveEvent extends ComponentEvent<RequirementDialog> {
        private final Requirement requirement;

        SaveEvent(RequirementDialog source, Requirement requirement) {
            super(source, false);
            this.requirement = requirement;
        }

        Requirement requirement() {
            return requirement;
        }
    }

    /** The methodologist removes the requirement: the competency is no longer required. */
    static class RemoveEvent extends ComponentEvent<RequirementDialog> {
        RemoveEvent(RequirementDialog source) {
            super(source, false);
        }
    }
}
