package org.munacademy.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.entity.AppealDecision;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.CriterionRow;
import org.munacademy.contest.entity.SheetStatusRow;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * The administrator decides an appeal: upheld (with score changes on a jury stage: a sheet of the application, a
 * criterion and the new score, as many as needed) or rejected; the decision text is required. An upheld appeal with
 * changes ranks the stage again.
 */
class RankingAppealDialog extends Dialog {

    private final List<AppealDecision.ScoreChange> changes = new ArrayList<>();
    private final Paragraph changed = new Paragraph();

    RankingAppealDialog(RankingFacade rankings, JuryFacade jury, StageRow stage, AppealRow appeal, Runnable done) {
        setId("appeal-dialog");
        setHeaderTitle(getTranslation("contest-admin.appeals.decideTitle", appeal.applicationNumber()));
        setWidth("44em");
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("contest-admin.appeals.outcome"));
        outcome.setId("appeal-outcome");
        outcome.setItems(Boolean.TRUE, Boolean.FALSE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "contest-admin.appeals.upheld"
                : "contest-admin.appeals.rejected"));
        TextArea decision = new TextArea(getTranslation("contest-admin.appeals.decision"));
        decision.setId("appeal-decision");
        decision.setWidthFull();
        decision.setRequired(true);

        ComboBox<SheetStatusRow> sheet = new ComboBox<>(getTranslation("contest-admin.appeals.sheet"));
        sheet.setId("appeal-sheet");
        List<SheetStatusRow> sheets = stage.criteria().isEmpty() ? List.of() : jury.sheets(stage.id()).stream()
                .filter(x -> x.applicationId() == appeal.applicationId() && x.submitted()).toList();
        sheet.setItems(sheets);
        sheet.setItemLabelGenerator(SheetStatusRow::juror);
        ComboBox<CriterionRow> criterion = new ComboBox<>(getTranslation("contest-admin.appeals.criterion"));
        criterion.setId("appeal-criterion");
        criterion.setItems(stage.criteria());
        criterion.setItemLabelGenerator(CriterionRow::title);
        IntegerField score = new IntegerField(getTranslation("contest-admin.appeals.score"));
        score.setId("appeal-score");
        score.setMin(1);
        score.setStepButtonsVisible(true);
        changed.setId("appeal-changes");
        Button add = new Button(getTranslation("contest-admin.appeals.addChange"), e -> {
            if (sheet.getValue() == null || criterion.getValue() == null || score.getValue() == null) {
                Messages.error(getTranslation("contest-admin.appeals.changeIncomplete"));
                return;
            }
            changes.add(new AppealDecision.ScoreChange(sheet.getValue().assignmentId(), criterion.getValue().code(),
                    score.getValue()));
            changed.setText(changed.getText() + (changed.getText().isEmpty() ? "" : "; ")
                    + sheet.getValue().juror() + " · " + criterion.getValue().title() + " → " + score.getValue());
        });
        add.setId("appeal-add-change");
        HorizontalLayout change = new HorizontalLayout(sheet, criterion, score, add);
        change.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        change.setVisible(!sheets.isEmpty());
        outcome.addValueChangeListener(e -> change.setVisible(Boolean.TRUE.equals(e.getValue()) && !sheets.isEmpty()));

        Paragraph reason = new Paragraph(getTranslation("contest-admin.appeals.reason") + ": " + appeal.reason());
        add(new VerticalLayout(reason, outcome, decision, change, changed));

        Button save = new Button(getTranslation("contest-admin.appeals.save"), e -> {
            if (outcome.getValue() == null || decision.getValue().isBlank()) {
                Messages.error(getTranslation("contest-admin.appeals.required"));
                return;
            }
            try {
                rankings.decide(appeal.id(), new AppealDecision(outcome.getValue(), decision.getValue(),
                        outcome.getValue() ? List.copyOf(changes) : List.of(), appeal.version()));
                Messages.success(getTranslation("contest-admin.appeals.saved"));
                close();
                done.run();
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        save.setId("appeal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contest-admin.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
