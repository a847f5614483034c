package org.munacademy.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.assessment.boundary.ResultsFacade;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.ResultFilter;
import org.munacademy.assessment.entity.ResultRow;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;

/**
 * Test results for HR officers (people of their scope) and administrators: finished attempts filtered by test
 * and by name or municipality, with attained levels per competency, an XLSX export of the filtered list, and
 * a click through to the result page of an attempt.
 */
@Route(value = "assessment/results", layout = MainLayout.class)
@RolesAllowed({Role.HR_OFFICER_NAME, Role.ADMIN_NAME})
@Menu(order = 18, title = "admin.results.menu", icon = "vaadin:chart")
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResultsFacade results;
    private final ComboBox<TestRow> test = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final Anchor xlsx = new Anchor();
    private final Grid<ResultRow> grid = new Grid<>(ResultRow.class, false);

    @Inject
    public ResultsView(ResultsFacade results, TestFacade tests) {
        this.results = results;
        setSizeFull();

        test.setId("results-test");
        test.setPlaceholder(getTranslation("admin.results.allTests"));
        test.setItems(tests.list());
        test.setItemLabelGenerator(t -> t.code() + " — " + t.title());
        test.setClearButtonVisible(true);
        test.setWidth("24em");
        test.addValueChangeListener(e -> refresh());
        search.setId("results-search");
        search.setPlaceholder(getTranslation("admin.results.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        total.setId("results-total");
        xlsx.setId("results-xlsx");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("admin.results.xlsx")));
        xlsx.getElement().setAttribute("download", true);
        xlsx.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        HorizontalLayout toolbar = new HorizontalLayout(test, search, total, xlsx);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);

        columns();
        grid.setItems(q -> results.results(filter(), new Page(q.getOffset(), q.getLimit())).stream(),
                q -> (int) results.count(filter()));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("tests/result/"
                + e.getItem().attemptId())));
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void columns() {
        grid.setId("results-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ResultRow::personName).setHeader(getTranslation("admin.results.person")).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(ResultRow::municipality).setHeader(getTranslation("admin.results.municipality"))
                .setFlexGrow(2).setWidth("14em");
        grid.addColumn(r -> r.testCode() + " — " + r.testTitle()).setHeader(getTranslation("admin.results.test"))
                .setFlexGrow(2).setWidth("14em");
        grid.addColumn(ResultRow::attemptNo).setHeader(getTranslation("admin.results.attempt"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> BankLabels.dateTime(r.finishedAt())).setHeader(getTranslation("admin.results.finished"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> BankLabels.number(r.percent(), 1)).setHeader("%").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> BankLabels.of(this, r.closedBy())).setHeader(getTranslation("admin.results.closedBy"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> levels(r.levels())).setHeader(getTranslation("admin.results.levels")).setFlexGrow(3)
                .setTooltipGenerator(r -> levels(r.levels()));
    }

    /** "STR-01: 3, BUD-01: 2". */
    static String levels(Map<String, Integer> levels) {
        return levels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private ResultFilter filter() {
        return new ResultFilter(test.getValue() == null ? null : test.getValue().id(), search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        ResultFilter filter = filter();
        total.setText(getTranslation("common.total", results.count(filter)));
        // runs in the download request, outside the UI lock: it gets this filter and language, not the fields
        java.util.Locale language = getLocale();
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.xlsx(filter, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "test-results.xlsx", XLSX_TYPE,
                    bytes.length);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.results.title");
    }
}
