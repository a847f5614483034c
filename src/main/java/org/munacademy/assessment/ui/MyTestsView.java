package org.munacademy.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.entity.AttemptView;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.assessment.entity.MyTest;
import org.munacademy.assessment.entity.ResultView;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * «Мои тесты»: the tests assigned to the employee or open for self-assessment, each with what can be done now
 * (start, continue, see the result, or why not), and below the employee's finished attempts with links to their
 * results.
 */
@Route(value = "tests", layout = MainLayout.class)
@PermitAll
@Menu(order = 17, title = "assessment.my.menu", icon = "vaadin:clipboard-check")
public class MyTestsView extends VerticalLayout implements HasDynamicTitle, TakingTestCard.Actions {

    private final TakingFacade taking;

    @Inject
    public MyTestsView(TakingFacade taking) {
        this.taking = taking;
        addClassName("taking-my");
        setMaxWidth("72em");
        show();
    }

    private void show() {
        removeAll();
        List<MyTest> tests;
        List<ResultView> results;
        try {
            tests = taking.myTests();
            results = taking.myResults();
        } catch (BusinessException e) {
            add(note("tests-problem", Messages.of(this, e)));
            return;
        }
        Div cards = new Div();
        cards.setId("my-tests");
        cards.addClassName("taking-cards");
        tests.forEach(t -> cards.add(new TakingTestCard(t, this)));
        add(tests.isEmpty() ? note("tests-empty", getTranslation("assessment.my.empty")) : cards);

        add(new H3(getTranslation("assessment.my.results")));
        add(results.isEmpty() ? note("results-empty", getTranslation("assessment.my.noResults"))
                : resultGrid(results));
    }

    private Grid<ResultView> resultGrid(List<ResultView> results) {
        Grid<ResultView> grid = new Grid<>(ResultView.class, false);
        grid.setId("my-results");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(new ComponentRenderer<>(this::link)).setHeader(getTranslation("assessment.my.test"))
                .setFlexGrow(3);
        grid.addColumn(ResultView::attemptNo).setHeader(getTranslation("assessment.my.attemptNo"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TakingFormat.dateTime(this, r.finishedAt()))
                .setHeader(getTranslation("assessment.my.finishedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TakingFormat.percent(this, r.percent()))
                .setHeader(getTranslation("assessment.my.percent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("assessment.my.closedBy."
                + (r.closedBy() == null ? ClosedBy.TAKER : r.closedBy()).name()))
                .setHeader(getTranslation("assessment.my.closedBy")).setAutoWidth(true).setFlexGrow(1);
        grid.setItems(results);
        return grid;
    }

    private RouterLink link(ResultView r) {
        RouterLink link = new RouterLink(r.testTitle(), ResultPage.class, r.attemptId());
        link.setId("result-link-" + r.attemptId());
        return link;
    }

    private Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("taking-note");
        return p;
    }

    @Override
    public void start(MyTest test) {
        try {
            AttemptView attempt = taking.start(test.testId());
            open(attempt.attemptId());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            show();
        }
    }

    @Override
    public void open(long attemptId) {
        getUI().ifPresent(ui -> ui.navigate(AttemptPage.class, attemptId));
    }

    @Override
    public void result(long attemptId) {
        getUI().ifPresent(ui -> ui.navigate(ResultPage.class, attemptId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.my.title");
    }
}
