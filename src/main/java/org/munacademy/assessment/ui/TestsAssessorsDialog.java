package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Supplier;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.assessment.entity.AssessorRow;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.ui.Messages;

/**
 * The assessors of one test (methodologists and administrators): the accounts listed may grade the test's essays
 * without the methodologist role; add one by user name, remove one from its row. Every change is audited.
 */
class TestsAssessorsDialog extends Dialog {

    private final GradingFacade grading;
    private final TestRow test;
    private final Grid<AssessorRow> grid = new Grid<>(AssessorRow.class, false);
    private final TextField username = new TextField();

    TestsAssessorsDialog(GradingFacade grading, TestRow test) {
        this.grading = grading;
        this.test = test;
        setId("tests-assessors");
        setHeaderTitle(getTranslation("admin.tests.assessors.title", test.code()));
        setWidth("min(95vw, 40em)");
        Paragraph help = new Paragraph(getTranslation("admin.tests.assessors.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        grid.setId("tests-assessors-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(AssessorRow::username).setHeader(getTranslation("admin.tests.assessors.username"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.name() == null ? "—" : r.name())
                .setHeader(getTranslation("admin.tests.assessors.name")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::removeButton)).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        username.setId("tests-assessors-username");
        username.setLabel(getTranslation("admin.tests.assessors.username"));
        username.setMaxLength(FieldLimits.USERNAME);
        Button add = new Button(getTranslation("admin.tests.assessors.add"), VaadinIcon.PLUS.create(),
                e -> change(() -> grading.addAssessor(test.id(), username.getValue())));
        add.setId("tests-assessors-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(username, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(help, grid, adding);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        change(() -> grading.assessors(test.id()));
    }

    private Button removeButton(AssessorRow row) {
        Button remove = new Button(VaadinIcon.TRASH.create(),
                e -> change(() -> grading.removeAssessor(test.id(), row.username())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(getTranslation("admin.tests.assessors.remove"));
        return remove;
    }

    private void change(Supplier<List<AssessorRow>> action) {
        try {
            grid.setItems(action.get());
            username.clear();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }
}
