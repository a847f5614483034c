package org.munacademy.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Locale;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.MunicipalityType;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;

/**
 * Regions → municipalities: the 89 subjects of the Federation on the left (filterable), the municipalities of
 * the chosen region (or of all regions) on the right, loaded lazily and filtered by name, OKTMO code and type.
 */
@Route(value = "organisation", layout = MainLayout.class)
@PermitAll
@Menu(order = 50, title = "organisation.menu", icon = "vaadin:globe")
public class OrganisationView extends SplitLayout implements HasDynamicTitle {

    private final OrganisationFacade organisation;
    private final Grid<RegionRow> regions = new Grid<>(RegionRow.class, false);
    private final Grid<MunicipalityRow> municipalities = new Grid<>(MunicipalityRow.class, false);
    private final TextField regionSearch = new TextField();
    private final TextField municipalitySearch = new TextField();
    private final Select<MunicipalityType> type = new Select<>();
    private final H3 heading = new H3();
    private final Span total = new Span();

    @Inject
    public OrganisationView(OrganisationFacade organisation) {
        this.organisation = organisation;
        setSizeFull();
        setSplitterPosition(35);

        ListDataProvider<RegionRow> regionData = new ListDataProvider<>(organisation.regions());
        regions.setId("regions-grid");
        regions.addThemeVariants(GridVariant.LUMO_COMPACT);
        regions.setDataProvider(regionData);
        regions.addColumn(RegionRow::code).setHeader(getTranslation("region.code")).setAutoWidth(true).setFlexGrow(0);
        regions.addColumn(RegionRow::name).setHeader(getTranslation("region.name")).setFlexGrow(1).setWidth("14em");
        regions.addColumn(RegionRow::federalDistrict).setHeader(getTranslation("region.district")).setAutoWidth(true);
        regions.addColumn(RegionRow::municipalities).setHeader(getTranslation("region.municipalities"))
                .setAutoWidth(true).setFlexGrow(0);
        regions.asSingleSelect().addValueChangeListener(e -> refreshMunicipalities());

        regionSearch.setId("region-search");
        regionSearch.setPlaceholder(getTranslation("region.search"));
        regionSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        regionSearch.setClearButtonVisible(true);
        regionSearch.setValueChangeMode(ValueChangeMode.EAGER);
        regionSearch.setWidthFull();
        regionSearch.addValueChangeListener(e -> regionData.setFilter(r -> matches(r, e.getValue())));

        VerticalLayout left = new VerticalLayout(regionSearch, regions);
        left.setSizeFull();
        left.setPadding(true);
        left.expand(regions);

        municipalitySearch.setId("municipality-search");
        municipalitySearch.setPlaceholder(getTranslation("municipality.search"));
        municipalitySearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        municipalitySearch.setClearButtonVisible(true);
        municipalitySearch.setValueChangeMode(ValueChangeMode.LAZY);
        municipalitySearch.addValueChangeListener(e -> refreshMunicipalities());

        type.setId("municipality-type");
        type.setLabel(getTranslation("municipality.type"));
        type.setItems(MunicipalityType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("common.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("common.all")
                : getTranslation("municipality.type." + t.name()));
        type.addValueChangeListener(e -> refreshMunicipalities());

        municipalities.setId("municipalities-grid");
        municipalities.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        municipalities.addColumn(MunicipalityRow::oktmo).setHeader(getTranslation("municipality.oktmo"))
                .setAutoWidth(true).setFlexGrow(0);
        municipalities.addColumn(MunicipalityRow::name).setHeader(getTranslation("municipality.name")).setFlexGrow(3)
                .setWidth("20em");
        municipalities.addColumn(m -> getTranslation("municipality.type." + m.type().name()))
                .setHeader(getTranslation("municipality.type")).setAutoWidth(true);
        municipalities.addColumn(MunicipalityRow::parentName).setHeader(getTranslation("municipality.parent"))
                .setFlexGrow(1);
        municipalities.addColumn(MunicipalityRow::regionName).setHeader(getTranslation("region.name"))
                .setFlexGrow(1);
        municipalities.addColumn(m -> m.population() == null ? "" : m.population().toPlainString())
                .setHeader(getTranslation("municipality.population")).setAutoWidth(true).setFlexGrow(0);
        municipalities.setItems(q -> organisation.municipalities(filter(), new Page(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) organisation.countMunicipalities(filter()));

        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        total.setId("municipalities-total");
        HorizontalLayout toolbar = new HorizontalLayout(municipalitySearch, type, total);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(municipalitySearch);
        VerticalLayout right = new VerticalLayout(heading, toolbar, municipalities);
        right.setSizeFull();
        right.expand(municipalities);

        addToPrimary(left);
        addToSecondary(right);
        updateHeading();
    }

    private MunicipalityFilter filter() {
        RegionRow region = regions.asSingleSelect().getValue();
        return new MunicipalityFilter(municipalitySearch.getValue(), type.getValue(),
                region == null ? null : region.id(), null);
    }

    private void refreshMunicipalities() {
        municipalities.getDataProvider().refreshAll();
        updateHeading();
    }

    private void updateHeading() {
        RegionRow region = regions.asSingleSelect().getValue();
        heading.setText(region == null ? getTranslation("municipality.allRegions") : region.name());
        total.setText(getTranslation("common.total", organisation.countMunicipalities(filter())));
    }

    private static boolean matches(RegionRow r, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return r.name().toLowerCase(Locale.ROOT).contains(t) || r.code().startsWith(t)
                || r.federalDistrict().toLowerCase(Locale.ROOT).contains(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
