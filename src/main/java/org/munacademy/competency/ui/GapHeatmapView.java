package org.munacademy.competency.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
import java.time.Clock;
import java.util.Comparator;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.HeatMap;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The gap heat-map for HR: everybody in the officer's scope (or each municipality) against every competency of
 * the standard, coloured by how far they are from the required level, and the same table as a spreadsheet.
 */
@Route(value = "competencies/heatmap", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "ADMIN"})
@Menu(order = 16, title = "competency.heatmap.menu", icon = "vaadin:grid-big")
public class GapHeatmapView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvidenceFacade evidence;
    private final Select<HeatMap.Mode> mode = new Select<>();
    private final TextField filter = new TextField();
    private final Span total = new Span();
    private final Anchor xlsx = new Anchor();
    private final Paragraph truncated = new Paragraph();
    private final Paragraph explanation = new Paragraph();
    private final Grid<HeatMap.Row> grid = new Grid<>();
    private String standardCode;

    @Inject
    public GapHeatmapView(EvidenceFacade evidence, StandardFacade standards, OrganisationFacade organisation,
            Clock clock) {
        this.evidence = evidence;
        setSizeFull();
        // a person's row opens their gap report, where evidence can be added
        grid.addItemClickListener(e -> {
            if (mode.getValue() == HeatMap.Mode.PEOPLE && e.getItem() != null) {
                int levels = standardCode == null ? 4 : standards.published(standardCode)
                        .map(v -> standards.framework(v.id()).levels().size()).orElse(4);
                new PersonGapDialog(evidence, e.getItem().id(), levels,
                        code -> MyCompetenciesView.groupName(organisation, code), this::refresh,
                        java.time.LocalDate.now(clock)).open();
            }
        });

        mode.setId("heatmap-mode");
        mode.setLabel(getTranslation("competency.heatmap.mode"));
        mode.setItems(HeatMap.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("competency.heatmap.mode." + m.name()));
        mode.setValue(HeatMap.Mode.PEOPLE);
        mode.addValueChangeListener(e -> refresh());

        filter.setId("heatmap-filter");
        filter.setPlaceholder(getTranslation("competency.heatmap.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        xlsx.setId("heatmap-xlsx");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("competency.heatmap.xlsx")));
        xlsx.getElement().setAttribute("download", true);
        xlsx.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        total.setId("heatmap-total");
        HorizontalLayout toolbar = new HorizontalLayout(mode, filter, total, xlsx);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);

        truncated.setId("heatmap-truncated");
        truncated.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.Margin.NONE);
        truncated.setVisible(false);
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.NONE);

        grid.setId("heatmap-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        add(toolbar, legend(), explanation, truncated, grid);
        expand(grid);
        refresh();
    }

    private Div legend() {
        Div legend = new Div();
        legend.setId("heatmap-legend");
        legend.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.FontSize.SMALL);
        for (Gap.Status s : Gap.Status.values()) {
            legend.add(GapStyle.badge(this, s));
        }
        return legend;
    }

    private void refresh() {
        HeatMap.Mode m = mode.getValue() == null ? HeatMap.Mode.PEOPLE : mode.getValue();
        PersonFilter personFilter = new PersonFilter(filter.getValue(), null, null, null);
        HeatMap map;
        try {
            map = evidence.heatMap(personFilter, m);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        grid.removeAllColumns();
        boolean people = m == HeatMap.Mode.PEOPLE;
        grid.addColumn(HeatMap.Row::label)
                .setHeader(getTranslation(people ? "competency.heatmap.person" : "competency.heatmap.municipality"))
                .setFrozen(true).setWidth("18em").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(HeatMap.Row::label, String.CASE_INSENSITIVE_ORDER))
                .setTooltipGenerator(r -> people ? r.municipality() : r.label());
        grid.addColumn(r -> GapStyle.percent(r.fit())).setHeader(getTranslation("competency.heatmap.fit"))
                .setWidth("7em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.fit() == null ? -1 : r.fit()));
        for (HeatMap.Column c : map.columns()) {
            Span header = new Span(c.code());
            header.getElement().setAttribute("title", c.code() + " " + c.name());
            grid.addColumn(new ComponentRenderer<>(r -> cell(r.cells().get(c.code()), people)))
                    .setHeader(header).setKey(c.code()).setWidth("5.5em").setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.CENTER);
        }
        standardCode = map.standardCode();
        grid.setItems(map.rows());

        total.setText(getTranslation("common.total", String.valueOf(map.rows().size())));
        truncated.setText(getTranslation("competency.heatmap.truncated", String.valueOf(EvidenceFacade.HEATMAP_LIMIT)));
        truncated.setVisible(map.truncated());
        explanation.setText(people
                ? getTranslation("competency.heatmap.explain.PEOPLE") + " "
                        + getTranslation("competency.heatmap.openHint")
                : getTranslation("competency.heatmap.explain.MUNICIPALITIES"));
        // runs in the download request, outside the UI lock: it calls the boundary only, with this filter, mode and
        // language
        java.util.Locale language = getLocale();
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = evidence.heatMapXlsx(personFilter, m, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "gap-heatmap.xlsx", XLSX_TYPE, bytes.length);
        }));
    }

    /** People: "current/target"; municipalities: the share meeting the target. Coloured by status. */
    private Span cell(HeatMap.Cell cell, boolean people) {
        Span span = new Span();
        if (cell == null) {
            return span;
        }
        if (people) {
            span.setText((cell.current() == null ? "—" : String.valueOf(cell.current())) + "/"
                    + (cell.target() == null ? "—" : String.valueOf(cell.target())));
            span.getElement().setAttribute("title", cell.selfAssessed() == null ? GapStyle.label(this, cell.status())
                    : getTranslation("competency.heatmap.selfTitle", GapStyle.label(this, cell.status()),
                            String.valueOf(cell.selfAssessed())));
        } else {
            span.setText(GapStyle.percent(cell.share()));
            span.getElement().setAttribute("title", getTranslation("competency.heatmap.cellTitle",
                    GapStyle.label(this, cell.status()), String.valueOf(cell.people())));
        }
        GapStyle.paint(span, cell.status());
        span.getElement().setAttribute("data-status", cell.status().name());
        span.getStyle().set("display", "block").set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 var(--lumo-space-xs)");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.heatmap.title");
    }
}
