package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.munacademy.reserve.boundary.AnalyticsFacade;
import org.munacademy.reserve.entity.AnalyticsReport;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReserveFigures;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The reserve's analytics for HR, commission members and administrators, within their scope: key figures, charts
 * (size by region, level and position group; readiness; the share of vacancies filled from the reserve by quarter
 * against the target), a drill-down table (regions → municipalities) and the XLSX export of what is shown.
 */
@Route(value = "reserve/analytics", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
@Menu(order = 41, title = "reserve.analytics.menu", icon = "vaadin:chart")
public class ReserveAnalyticsView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<Readiness, String> READINESS_COLOURS = Map.of(Readiness.READY_NOW, "#5cb85c",
            Readiness.WITHIN_1_YEAR, "#8fc97a", Readiness.ONE_TO_TWO_YEARS, "#f0ad4e", Readiness.NOT_READY,
            "#d9534f");

    /** A line of the drill-down table: a region or a municipality and its reserve size. */
    record Place(long id, String name, long size, boolean region) {
    }

    private final AnalyticsFacade analytics;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Span where = new Span();
    private final Button up = new Button();
    private final Anchor xlsx = new Anchor();
    private final Div figures = new Div();
    private final Div charts = new Div();
    private final Grid<Place> drill = new Grid<>();
    private Long regionId;
    private Long municipalityId;

    @Inject
    public ReserveAnalyticsView(AnalyticsFacade analytics) {
        this.analytics = analytics;
        from.setId("analytics-from");
        from.setLabel(getTranslation("reserve.analytics.from"));
        from.setPlaceholder("2026-Q1");
        to.setId("analytics-to");
        to.setLabel(getTranslation("reserve.analytics.to"));
        to.setPlaceholder("2026-Q4");
        Button show = new Button(getTranslation("reserve.analytics.show"), e -> refresh());
        show.setId("analytics-show");
        up.setId("analytics-up");
        up.setText(getTranslation("reserve.analytics.up"));
        up.addClickListener(e -> {
            if (municipalityId != null) {
                municipalityId = null;
            } else {
                regionId = null;
            }
            refresh();
        });
        where.setId("analytics-where");
        xlsx.setId("analytics-xlsx");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("reserve.analytics.xlsx")));
        xlsx.getElement().setAttribute("download", true);
        HorizontalLayout toolbar = new HorizontalLayout(from, to, show, up, where, xlsx);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();

        figures.setId("analytics-figures");
        figures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        charts.setId("analytics-charts");
        drill.setId("analytics-drill");
        drill.addThemeVariants(GridVariant.LUMO_COMPACT);
        drill.setAllRowsVisible(true);
        drill.addColumn(Place::name).setHeader(getTranslation("reserve.analytics.place"));
        drill.addColumn(Place::size).setHeader(getTranslation("reserve.analytics.size"));
        drill.addItemClickListener(e -> {
            if (e.getItem().region()) {
                regionId = e.getItem().id();
            } else {
                municipalityId = e.getItem().id();
            }
            refresh();
        });
        add(toolbar, figures, drill, charts);
        refresh();
    }

    private void refresh() {
        AnalyticsReport report;
        String f = from.getValue();
        String t = to.getValue();
        Long region = regionId;
        Long municipality = municipalityId;
        try {
            report = analytics.report(region, municipality, f, t);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        ReserveFigures fig = report.figures();
        up.setVisible(region != null || municipality != null);
        where.setText(municipality != null ? report.municipalities().getOrDefault(municipality, "")
                : region != null ? report.regions().getOrDefault(region, "") : getTranslation("reserve.analytics.all"));
        figures.removeAll();
        figures.add(figure("analytics-size", "reserve.analytics.size", String.valueOf(fig.size())),
                figure("analytics-lift-rate", "reserve.analytics.liftRate", percent(fig.liftRate()) + " ("
                        + fig.lifted() + " / " + fig.inReserveDuring() + ")"),
                figure("analytics-median", "reserve.analytics.median", fig.medianDaysToAppointment() == null ? "—"
                        : String.valueOf(Math.round(fig.medianDaysToAppointment()))),
                figure("analytics-appointments", "reserve.analytics.appointments", fig.appointmentsFromReserve()
                        + " / " + fig.appointments()),
                figure("analytics-expiring", "reserve.analytics.expiring", fig.expiring60() + " / "
                        + fig.expiring14()));
        List<Place> places = new ArrayList<>();
        if (region == null && municipality == null && fig.sizeByRegion().size() > 1) {
            fig.sizeByRegion().forEach((id, n) -> places.add(new Place(id, report.regions().getOrDefault(id, "?"),
                    n, true)));
        } else if (municipality == null) {
            fig.sizeByMunicipality().forEach((id, n) -> places.add(new Place(id,
                    report.municipalities().getOrDefault(id, "?"), n, false)));
        }
        drill.setItems(places);
        drill.setVisible(!places.isEmpty());
        charts.removeAll();
        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage());
        charts.add(chart("reserve.analytics.byRegion", ReserveCharts.bars("chart-by-region", fig.sizeByRegion()
                .entrySet().stream().map(e -> new ReserveCharts.Bar(report.regions().getOrDefault(e.getKey(), "?"),
                        e.getValue())).toList())));
        charts.add(chart("reserve.analytics.byLevel", ReserveCharts.bars("chart-by-level", fig.sizeByLevel()
                .entrySet().stream().map(e -> new ReserveCharts.Bar(getTranslation("reserve.analytics.level."
                        + e.getKey().name()), e.getValue())).toList())));
        charts.add(chart("reserve.analytics.byGroup", ReserveCharts.bars("chart-by-group", report.groups().stream()
                .map(g -> new ReserveCharts.Bar(english ? g.nameEn() : g.nameRu(), fig.sizeByGroup()
                        .getOrDefault(g.id(), 0L))).toList())));
        List<ReserveCharts.Bar> readiness = new ArrayList<>();
        fig.readiness().forEach((r, n) -> readiness.add(new ReserveCharts.Bar(getTranslation(
                "reserve.analytics.readiness." + r.name()), n, READINESS_COLOURS.get(r))));
        readiness.add(new ReserveCharts.Bar(getTranslation("reserve.analytics.readiness.unknown"),
                fig.readinessUnknown(), "#9e9e9e"));
        charts.add(chart("reserve.analytics.readiness", ReserveCharts.bars("chart-readiness", readiness)));
        charts.add(chart("reserve.analytics.share", ReserveCharts.shares("chart-share", fig.quarters().stream()
                .map(q -> new ReserveCharts.Column(q.label(), q.share(), q.fromReserve() + " / " + q.all()))
                .toList(), report.targetShare())));
        // runs in the download request, outside the UI lock: the boundary only, with what is shown now
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = analytics.xlsx(region, municipality, f, t);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "reserve-analytics.xlsx", XLSX_TYPE,
                    bytes.length);
        }));
    }

    private Div figure(String id, String key, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        Span label = new Span(getTranslation(key));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div box = new Div(number, new Div(label));
        box.addClassNames(LumoUtility.Padding.SMALL);
        return box;
    }

    private Div chart(String titleKey, String svg) {
        // Svg sets the markup as innerHTML, parsed in the SVG namespace; ReserveCharts escapes every text it writes
        Div box = new Div(new H3(getTranslation(titleKey)), new Svg(svg));
        box.getStyle().set("overflow-x", "auto");
        box.setMaxWidth("100%");
        return box;
    }

    private static String percent(Double value) {
        return value == null ? "—" : value + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reserve.analytics.title");
    }
}
