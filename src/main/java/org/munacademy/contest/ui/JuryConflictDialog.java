package org.munacademy.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.entity.ConflictData;
import org.munacademy.contest.entity.ConflictKind;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.Messages;

/**
 * A juror declares a conflict of interest with an application ({@code #jury-conflict-dialog}): the ground, relative or
 * other ({@code #jury-conflict-kind}), and the written statement ({@code #jury-conflict-statement}); «Заявить»
 * ({@code #jury-conflict-submit}) takes the application off the juror at once. {@code done} runs after a declaration.
 */
class JuryConflictDialog extends Dialog {

    JuryConflictDialog(JuryFacade jury, long stageId, long applicationId, String number, Runnable done) {
        setId("jury-conflict-dialog");
        setHeaderTitle(getTranslation("contest.jury.conflict.title", number));
        RadioButtonGroup<ConflictKind> kind = new RadioButtonGroup<>(getTranslation("contest.jury.conflict.kind"));
        kind.setId("jury-conflict-kind");
        kind.setItems(ConflictKind.RELATIVE, ConflictKind.OTHER);
        kind.setItemLabelGenerator(k -> getTranslation("contest.jury.conflictKind." + k.name()));
        kind.setValue(ConflictKind.RELATIVE);
        TextArea statement = new TextArea(getTranslation("contest.jury.conflict.statement"));
        statement.setId("jury-conflict-statement");
        statement.setMaxLength(FieldLimits.CONTEST_NOTE);
        statement.setWidth("36em");
        statement.setMinHeight("8em");
        Paragraph text = new Paragraph(getTranslation("contest.jury.conflict.text"));
        Button declare = new Button(getTranslation("contest.jury.conflict.submit"), e -> {
            try {
                jury.declare(stageId, new ConflictData(applicationId, kind.getValue(), statement.getValue()));
                close();
                Messages.success(getTranslation("contest.jury.conflict.done", number));
                done.run();
            } catch (InvalidInputException x) {
                statement.setInvalid(true);
                statement.setErrorMessage(Messages.of(this, x));
            } catch (BusinessException x) {
                Messages.error(Messages.of(this, x));
            } catch (jakarta.validation.ConstraintViolationException x) {
                statement.setInvalid(true);
                statement.setErrorMessage(x.getConstraintViolations().iterator().next().getMessage());
            }
        });
        declare.setId("jury-conflict-submit");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new VerticalLayout(text, kind, statement));
        getFooter().add(cancel, declare);
    }
}
