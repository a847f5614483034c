package org.munacademy.reserve.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.reserve.boundary.ShortlistFacade;
import org.munacademy.reserve.entity.ReadinessReason;
import org.munacademy.reserve.entity.Shortlist;
import org.munacademy.reserve.entity.ShortlistQuery;
import org.munacademy.reserve.entity.ShortlistRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * A vacancy shortlist: a position group (and optionally a position), a place (a region or a municipality; none means
 * the caller's whole scope), and whether every employee is a candidate or only the reserve; the ranked grid with
 * fit, readiness, time in reserve, plan progress and the per-competency reasons in each row's details; an XLSX
 * export. Ids: {@code shortlist-group}, {@code shortlist-position}, {@code shortlist-region},
 * {@code shortlist-municipality}, {@code shortlist-everyone}, {@code shortlist-show}, {@code shortlist-xlsx},
 * {@code shortlist-total}, {@code shortlist-grid}.
 */
@Route(value = "reserve/shortlist", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
@Menu(order = 41, title = "reserve.fit.shortlist.menu", icon = "vaadin:list-ol")
public class ShortlistView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ShortlistFacade shortlists;
    private final ComboBox<PositionGroupRow> group = new ComboBox<>();
    private final ComboBox<PositionGroupRow.PositionRow> position = new ComboBox<>();
    private final ComboBox<RegionRow> region = new ComboBox<>();
    private final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    private final Checkbox everyone = new Checkbox();
    private final Span total = new Span();
    private final Paragraph truncated = new Paragraph();
    private final Paragraph rules = new Paragraph();
    private final Anchor xlsx = new Anchor();
    private final Grid<ShortlistRow> grid = new Grid<>();

    @Inject
    public ShortlistView(ShortlistFacade shortlists, OrganisationFacade organisation) {
        this.shortlists = shortlists;
        setSizeFull();
        group.setId("shortlist-group");
        group.setLabel(getTranslation("reserve.fit.shortlist.group"));
        group.setItems(organisation.positionGroups());
        group.setItemLabelGenerator(g -> g.code() + " " + g.nameRu());
        group.addValueChangeListener(e -> {
            position.clear();
            position.setItems(e.getValue() == null ? List.of() : e.getValue().positions());
        });
        position.setId("shortlist-position");
        position.setLabel(getTranslation("reserve.fit.shortlist.position"));
        position.setClearButtonVisible(true);
        position.setItemLabelGenerator(p -> p.code() + " " + p.name());

        region.setId("shortlist-region");
        region.setLabel(getTranslation("reserve.fit.shortlist.region"));
        region.setClearButtonVisible(true);
        region.setItems(organisation.regions());
        region.setItemLabelGenerator(r -> r.code() + " " + r.name());
        region.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                municipality.clear();
            }
        });
        municipality.setId("shortlist-municipality");
        municipality.setLabel(getTranslation("reserve.fit.shortlist.municipality"));
        municipality.setClearButtonVisible(true);
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.regionName() + ")");
        municipality.setItems(query -> organisation.municipalities(
                new MunicipalityFilter(query.getFilter().orElse(null), null, null, null),
                new Page(query.getOffset(), query.getLimit())).stream());
        municipality.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                region.clear();
            }
        });
        everyone.setId("shortlist-everyone");
        everyone.setLabel(getTranslation("reserve.fit.shortlist.everyone"));

        Button show = new Button(getTranslation("reserve.fit.shortlist.show"), e -> refresh());
        show.setId("shortlist-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        xlsx.setId("shortlist-xlsx");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("reserve.fit.shortlist.xlsx")));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setEnabled(false);
        HorizontalLayout toolbar = new HorizontalLayout(group, position, region, municipality, everyone, show, xlsx);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");

        total.setId("shortlist-total");
        truncated.setId("shortlist-truncated");
        truncated.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.Margin.NONE);
        truncated.setVisible(false);
        Paragraph order = new Paragraph(getTranslation("reserve.fit.shortlist.order"));
        order.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        rules.setId("shortlist-rules");
        rules.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        rules.setVisible(false);

        grid.setId("shortlist-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(ShortlistRow::rank).setHeader(getTranslation("reserve.fit.col.rank")).setWidth("4em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ShortlistRow::personName).setHeader(getTranslation("reserve.fit.col.person")).setFlexGrow(2);
        grid.addColumn(ShortlistRow::municipalityName).setHeader(getTranslation("reserve.fit.col.municipality"))
                .setFlexGrow(2);
        grid.addColumn(r -> ReadinessPanel.percent(r.fit())).setHeader(getTranslation("reserve.fit.col.fit"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(r -> ReadinessPanel.badge(this, r.readiness())))
                .setHeader(getTranslation("reserve.fit.col.readiness")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ShortlistRow::belowMin).setHeader(getTranslation("reserve.fit.col.below-min"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ShortlistRow::daysInReserve).setHeader(getTranslation("reserve.fit.col.days"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.planPercent() + " %").setHeader(getTranslation("reserve.fit.col.plan"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::reasons));
        grid.setDetailsVisibleOnClick(true);

        add(toolbar, order, rules, total, truncated, grid);
        expand(grid);
    }

    private ShortlistQuery query() {
        return new ShortlistQuery(position.getValue() == null ? null : position.getValue().code(),
                group.getValue() == null ? null : group.getValue().code(),
                municipality.getValue() == null ? null : municipality.getValue().id(),
                region.getValue() == null ? null : region.getValue().id(), everyone.getValue(),
                ShortlistQuery.DEFAULT_LIMIT);
    }

    private void refresh() {
        if (group.getValue() == null) {
            Messages.error(getTranslation("reserve.fit.shortlist.pickTarget"));
            return;
        }
        ShortlistQuery q = query();
        Shortlist s;
        try {
            s = shortlists.shortlist(q);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        grid.setItems(s.rows());
        total.setText(getTranslation("reserve.fit.shortlist.total", String.valueOf(s.candidates()),
                String.valueOf(s.rows().size())));
        truncated.setText(getTranslation("reserve.fit.shortlist.truncated",
                String.valueOf(ShortlistFacade.POOL_LIMIT)));
        truncated.setVisible(s.truncated());
        rules.setText(ReadinessPanel.rules(this, s.thresholds()));
        rules.setVisible(true);
        // runs in the download request, outside the UI lock: the boundary only, with this query and language
        Locale language = getLocale();
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = shortlists.shortlistXlsx(q, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "shortlist.xlsx", XLSX_TYPE, bytes.length);
        }));
        xlsx.setEnabled(true);
    }

    /** A row's details: the reasons per competency, in one line each. */
    private VerticalLayout reasons(ShortlistRow row) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.getElement().setAttribute("data-person", String.valueOf(row.personId()));
        for (ReadinessReason r : row.reasons()) {
            Span line = new Span(r.competencyCode() + " " + (r.competencyName() == null ? "" : r.competencyName())
                    + ": " + (r.level() == null ? "—" : r.level()) + " / " + r.minLevel() + "–" + r.targetLevel()
                    + (r.ageDays() == null ? "" : " (" + r.ageDays() + ")") + " ");
            line.add(ReadinessPanel.status(this, r));
            box.add(line);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reserve.fit.shortlist.title");
    }
}
