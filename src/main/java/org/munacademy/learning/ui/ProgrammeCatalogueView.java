package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.boundary.CatalogueFacade;
import org.munacademy.learning.boundary.ProviderFacade;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeRow;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;

/**
 * The catalogue of programmes («Каталог программ»): a filter bar (text, competency, kind, form of study, provider,
 * hours, the dates a cohort starts in; the status for methodologists) over a lazily loaded list — each row with what
 * people compare programmes by and a link to its page. {@code ?competency=INB-01} opens it filtered (a link from a
 * gap or a recommendation).
 */
@Route(value = "learning/catalogue", layout = MainLayout.class)
@PermitAll
@Menu(order = 19, title = "learning.catalogue.menu", icon = "vaadin:academy-cap")
public class ProgrammeCatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogueFacade catalogue;
    private final TextField text = new TextField();
    private final ComboBox<Framework.Competency> competency = new ComboBox<>();
    private final Select<ProgrammeKind> kind = new Select<>();
    private final Select<StudyFormat> format = new Select<>();
    private final ComboBox<ProviderRow> provider = new ComboBox<>();
    private final IntegerField minHours = new IntegerField();
    private final IntegerField maxHours = new IntegerField();
    private final DatePicker startsFrom = new DatePicker();
    private final DatePicker startsTo = new DatePicker();
    private final Select<ProgrammeStatus> status = new Select<>();
    private final Span total = new Span();
    private final Grid<ProgrammeRow> grid = new Grid<>(ProgrammeRow.class, false);
    private final Map<String, String> competencyNames;
    private final List<Framework.Competency> competencies;

    @Inject
    public ProgrammeCatalogueView(CatalogueFacade catalogue, ProviderFacade providers, StandardFacade standards,
            CompetencySettings settings, CurrentUser currentUser) {
        this.catalogue = catalogue;
        setSizeFull();
        competencies = standards.publishedFramework(settings.standardCode()).map(Framework::competencies)
                .orElse(List.of());
        competencyNames = competencies.stream().collect(Collectors.toMap(Framework.Competency::code,
                Framework.Competency::name, (a, b) -> a));
        boolean editor = currentUser.require().hasAnyRole(Role.METHODOLOGIST, Role.ADMIN);

        text.setId("catalogue-text");
        text.setPlaceholder(getTranslation("learning.catalogue.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMinWidth("16em");

        competency.setId("catalogue-competency");
        competency.setPlaceholder(getTranslation("learning.catalogue.competency"));
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> c.code() + " " + c.name());
        competency.setClearButtonVisible(true);
        competency.setMinWidth("18em");

        anyOf(kind, "catalogue-kind", ProgrammeKind.values(), "learning.catalogue.anyKind",
                k -> LearningLabels.of(this, k));
        anyOf(format, "catalogue-format", StudyFormat.values(), "learning.catalogue.anyFormat",
                f -> LearningLabels.of(this, f));

        provider.setId("catalogue-provider");
        provider.setPlaceholder(getTranslation("learning.catalogue.provider"));
        provider.setItems(providers.list());
        provider.setItemLabelGenerator(ProviderRow::shortName);
        provider.setClearButtonVisible(true);

        minHours.setId("catalogue-min-hours");
        minHours.setPlaceholder(getTranslation("learning.catalogue.minHours"));
        minHours.setMin(0);
        minHours.setWidth("8em");
        maxHours.setId("catalogue-max-hours");
        maxHours.setPlaceholder(getTranslation("learning.catalogue.maxHours"));
        maxHours.setMin(0);
        maxHours.setWidth("8em");

        // a cohort starts in the range; each picker keeps the other's end, so the range cannot turn round
        startsFrom.setId("catalogue-starts-from");
        startsFrom.setPlaceholder(getTranslation("learning.catalogue.startsFrom"));
        startsFrom.setClearButtonVisible(true);
        startsFrom.setWidth("11em");
        startsTo.setId("catalogue-starts-to");
        startsTo.setPlaceholder(getTranslation("learning.catalogue.startsTo"));
        startsTo.setClearButtonVisible(true);
        startsTo.setWidth("11em");
        startsFrom.addValueChangeListener(e -> {
            startsTo.setMin(e.getValue());
            refresh();
        });
        startsTo.addValueChangeListener(e -> {
            startsFrom.setMax(e.getValue());
            refresh();
        });

        status.setId("catalogue-status");
        status.setItems(ProgrammeStatus.values());
        status.setValue(ProgrammeStatus.PUBLISHED);
        status.setItemLabelGenerator(s -> LearningLabels.of(this, s));
        status.setVisible(editor);

        text.addValueChangeListener(e -> refresh());
        minHours.addValueChangeListener(e -> refresh());
        maxHours.addValueChangeListener(e -> refresh());
        competency.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        format.addValueChangeListener(e -> refresh());
        provider.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(text, competency, kind, format, provider, minHours, maxHours, startsFrom,
                startsTo, status);
        filters.setId("catalogue-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.SMALL);
        filters.setWidthFull();

        total.setId("catalogue-total");
        Div head = new Div(total);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        if (editor) {
            Button create = new Button(getTranslation("learning.catalogue.new"), VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ProgrammeEditorView.class)));
            create.setId("catalogue-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(create);
        }

        grid.setId("catalogue-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(new ComponentRenderer<>(this::title)).setHeader(getTranslation("learning.programme.title"))
                .setFlexGrow(4);
        grid.addColumn(ProgrammeRow::providerShortName).setHeader(getTranslation("learning.programme.provider"))
                .setFlexGrow(1);
        grid.addColumn(r -> LearningLabels.of(this, r.kind())).setHeader(getTranslation("learning.programme.kind"))
                .setFlexGrow(1);
        grid.addColumn(r -> LearningLabels.hours(this, r.hours())).setHeader(getTranslation("learning.programme.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> LearningLabels.format(this, r.format(), r.distanceLearning()))
                .setHeader(getTranslation("learning.programme.format")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::developed))
                .setHeader(getTranslation("learning.programme.competencies")).setFlexGrow(3);
        grid.setItems(q -> catalogue.search(filter(), new Page(q.getOffset(), q.getLimit())).items().stream(),
                q -> count());

        add(filters, head, grid);
        expand(grid);
    }

    /** A filter of one of the values, or any (the empty selection, labelled by {@code anyKey}). */
    private <E> void anyOf(Select<E> select, String id, E[] values, String anyKey, Function<E, String> label) {
        select.setId(id);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(anyKey) : label.apply(v));
    }

    /** {@code ?competency=CODE} opens the catalogue filtered by that competency. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("competency")
                .flatMap(code -> competencies.stream().filter(c -> c.code().equals(code)).findFirst())
                .ifPresent(competency::setValue);
    }

    private ProgrammeFilter filter() {
        return new ProgrammeFilter(text.getValue(), competency.getValue() == null ? null : competency.getValue().code(),
                kind.getValue(), format.getValue(), provider.getValue() == null ? null : provider.getValue().code(),
                minHours.getValue(), maxHours.getValue(), status.isVisible() ? status.getValue() : null,
                startsFrom.getValue(), startsTo.getValue());
    }

    private int count() {
        long n = catalogue.search(filter(), new Page(0, 1)).total();
        total.setText(getTranslation("learning.catalogue.total", n));
        return (int) n;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Div title(ProgrammeRow r) {
        RouterLink link = new RouterLink(r.title(), ProgrammeView.class, new RouteParameters("code", r.code()));
        link.setId("programme-link-" + r.code());
        Div cell = new Div(link);
        if (r.status() != ProgrammeStatus.PUBLISHED) {
            cell.add(new Span(" "), LearningLabels.statusBadge(this, r.status()));
        }
        Span document = new Span(LearningLabels.of(this, r.document()));
        document.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Display.BLOCK);
        cell.add(document);
        return cell;
    }

    private Div developed(ProgrammeRow r) {
        Div cell = new Div();
        cell.addClassName("learning-competency-chips");
        Function<CompetencyTarget, String> tip = t -> competencyNames.getOrDefault(t.competencyCode(), "");
        for (CompetencyTarget t : r.competencies()) {
            Span chip = LearningLabels.badge(getTranslation("learning.catalogue.chip", t.competencyCode(),
                    t.targetLevel()), "contrast");
            chip.getElement().setAttribute("title", tip.apply(t));
            cell.add(chip);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.catalogue.title");
    }
}
