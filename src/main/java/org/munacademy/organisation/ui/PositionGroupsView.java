package org.munacademy.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.shared.ui.MainLayout;

/** The position groups of municipal service and the elected offices, each with its positions. */
@Route(value = "position-groups", layout = MainLayout.class)
@PermitAll
@Menu(order = 55, title = "positionGroups.menu", icon = "vaadin:sitemap")
public class PositionGroupsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public PositionGroupsView(OrganisationFacade organisation) {
        setSizeFull();
        boolean english = "en".equals(getLocale().getLanguage());
        Grid<PositionGroupRow> grid = new Grid<>(PositionGroupRow.class, false);
        grid.setId("position-groups-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(g -> english ? g.nameEn() : g.nameRu()).setHeader(getTranslation("positionGroups.name"))
                .setFlexGrow(1);
        grid.addColumn(g -> getTranslation("positionGroups.kind." + g.kind().name()))
                .setHeader(getTranslation("positionGroups.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.positions().stream().map(PositionGroupRow.PositionRow::name)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("positionGroups.positions")).setFlexGrow(2);
        grid.setItems(organisation.positionGroups());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("positionGroups.title");
    }
}
