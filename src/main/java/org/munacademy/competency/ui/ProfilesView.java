package org.munacademy.competency.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.ProfileFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.ProfileCell;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * Required profiles: the matrix of position groups × competencies of a version of the standard (minimum–target
 * level and weight), and the overrides for single positions. Methodologists change them in a draft version.
 */
@Route(value = "competencies/profiles", layout = MainLayout.class)
@RolesAllowed({"METHODOLOGIST", "HR_OFFICER", "ADMIN"})
@Menu(order = 22, title = "competency.profiles.menu", icon = "vaadin:table")
public class ProfilesView extends VerticalLayout implements HasDynamicTitle {

    private static final String GROUP_KEY = "group:";

    private final StandardFacade standards;
    private final ProfileFacade profiles;
    private final boolean methodologist;
    private final List<PositionGroupRow> groups;
    private final Map<String, String> groupNames = new LinkedHashMap<>();
    private final Map<String, String> positionNames = new HashMap<>();
    private final Select<VersionRow> version = new Select<>();
    private final Paragraph hint = new Paragraph();
    private final Grid<Framework.Competency> matrix = new Grid<>();
    private final Grid<ProfileCell> overrides = new Grid<>(ProfileCell.class, false);
    private final Map<String, String> groupOfPosition = new HashMap<>();
    private final ComboBox<String> newPosition = new ComboBox<>();
    private final ComboBox<Framework.Competency> newCompetency = new ComboBox<>();
    private final HorizontalLayout addOverride = new HorizontalLayout();
    private Framework framework;
    private Map<String, Map<String, ProfileCell>> byGroup = Map.of();

    @Inject
    public ProfilesView(StandardFacade standards, ProfileFacade profiles, OrganisationFacade organisation,
            CompetencySettings settings, CurrentUser currentUser) {
        this.standards = standards;
        this.profiles = profiles;
        this.methodologist = currentUser.require().hasRole(Role.METHODOLOGIST);
        setSizeFull();
        groups = organisation.positionGroups();
        boolean english = VersionLabels.english();
        for (PositionGroupRow g : groups) {
            groupNames.put(g.code(), english ? g.nameEn() : g.nameRu());
            g.positions().forEach(p -> {
                positionNames.put(p.code(), p.name());
                groupOfPosition.put(p.code(), g.code());
            });
        }

        List<VersionRow> versions = VersionLabels.ordered(standards.versions(settings.standardCode()));
        VersionLabels.versionPicker(this, version, "profiles-version", versions);
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        hint.setId("profiles-hint");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout toolbar = new HorizontalLayout(version, hint);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(hint);

        matrix.setId("profiles-grid");
        matrix.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES);
        matrix.setSelectionMode(Grid.SelectionMode.NONE);
        matrix.addColumn(Framework.Competency::code).setHeader(getTranslation("competency.code")).setFrozen(true)
                .setAutoWidth(true).setFlexGrow(0);
        matrix.addColumn(Framework.Competency::name).setHeader(getTranslation("competency.name")).setFrozen(true)
                .setWidth("18em").setFlexGrow(0).setTooltipGenerator(Framework.Competency::name);
        for (PositionGroupRow g : groups) {
            Span header = new Span(groupNames.get(g.code()));
            header.getElement().setAttribute("title", g.code());
            header.getStyle().set("white-space", "normal");
            matrix.addColumn(c -> text(cell(g.code(), c.code()))).setKey(GROUP_KEY + g.code()).setHeader(header)
                    .setWidth("9em").setFlexGrow(1).setTextAlign(ColumnTextAlign.CENTER);
        }
        matrix.addItemClickListener(e -> {
            if (e.getColumn() != null && e.getColumn().getKey() != null
                    && e.getColumn().getKey().startsWith(GROUP_KEY)) {
                String group = e.getColumn().getKey().substring(GROUP_KEY.length());
                edit(group, null, e.getItem().code(), cell(group, e.getItem().code()));
            }
        });

        H3 overridesHeading = new H3(getTranslation("competency.profiles.overrides"));
        overridesHeading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        overrides.setId("profiles-overrides");
        overrides.addThemeVariants(GridVariant.LUMO_COMPACT);
        overrides.setAllRowsVisible(true);
        overrides.addColumn(c -> groupNames.getOrDefault(c.positionGroupCode(), c.positionGroupCode()))
                .setHeader(getTranslation("competency.profiles.group")).setFlexGrow(1);
        overrides.addColumn(c -> positionNames.getOrDefault(c.positionCode(), c.positionCode()))
                .setHeader(getTranslation("competency.profiles.position")).setFlexGrow(1);
        overrides.addColumn(c -> c.competencyCode() + " " + competencyName(c.competencyCode()))
                .setHeader(getTranslation("competency.profiles.competency")).setFlexGrow(2);
        overrides.addColumn(ProfilesView::text).setHeader(getTranslation("competency.profiles.requirement"))
                .setAutoWidth(true).setFlexGrow(0);
        overrides.addItemClickListener(e -> edit(e.getItem().positionGroupCode(), e.getItem().positionCode(),
                e.getItem().competencyCode(), e.getItem()));

        // a new override: a position and a competency, then the usual requirement dialog
        newPosition.setId("override-position");
        newPosition.setLabel(getTranslation("competency.profiles.position"));
        newPosition.setWidth("22em");
        newPosition.setItems(positionNames.keySet().stream().sorted().toList());
        newPosition.setItemLabelGenerator(code -> positionNames.get(code) + " ("
                + groupNames.getOrDefault(groupOfPosition.get(code), "") + ")");
        newCompetency.setId("override-competency");
        newCompetency.setLabel(getTranslation("competency.profiles.competency"));
        newCompetency.setItemLabelGenerator(c -> c.code() + " " + c.name());
        newCompetency.setWidth("24em");
        com.vaadin.flow.component.button.Button add = new com.vaadin.flow.component.button.Button(
                getTranslation("competency.profiles.addOverride"), e -> {
                    if (newPosition.getValue() != null && newCompetency.getValue() != null) {
                        String position = newPosition.getValue();
                        String competency = newCompetency.getValue().code();
                        ProfileCell existing = overrides.getListDataView().getItems()
                                .filter(c -> position.equals(c.positionCode()) && competency.equals(c.competencyCode()))
                                .findFirst().orElse(null);
                        edit(groupOfPosition.get(position), position, competency, existing);
                    }
                });
        add.setId("override-add");
        addOverride.add(newPosition, newCompetency, add);
        addOverride.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(toolbar, matrix, overridesHeading, overrides, addOverride);
        expand(matrix);
        if (versions.isEmpty()) {
            hint.setText(getTranslation("competency.catalogue.empty"));
        } else {
            version.setValue(versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst()
                    .orElse(versions.get(0)));
        }
    }

    private boolean editable() {
        return methodologist && version.getValue() != null && version.getValue().status() == VersionStatus.DRAFT;
    }

    private void open(VersionRow v) {
        try {
            framework = standards.framework(v.id());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        matrix.setItems(framework.competencies());
        newCompetency.setItems(framework.competencies());
        addOverride.setVisible(editable());
        loadCells();
        hint.setText(getTranslation("competency.profiles.legend") + " " + getTranslation(editable()
                ? "competency.profiles.editable"
                : methodologist ? "competency.profiles.readOnlyMethodologist" : "competency.profiles.readOnly"));
    }

    private void loadCells() {
        List<ProfileCell> cells = profiles.profile(version.getValue().id());
        Map<String, Map<String, ProfileCell>> groupCells = new HashMap<>();
        cells.stream().filter(c -> c.positionCode() == null).forEach(c -> groupCells
                .computeIfAbsent(c.positionGroupCode(), k -> new HashMap<>()).put(c.competencyCode(), c));
        byGroup = groupCells;
        matrix.getDataProvider().refreshAll();
        overrides.setItems(cells.stream().filter(c -> c.positionCode() != null).toList());
    }

    private ProfileCell cell(String group, String competencyCode) {
        return byGroup.getOrDefault(group, Map.of()).get(competencyCode);
    }

    /** "2–3 ×4": minimum–target level, weight; empty when the competency is not required. */
    static String text(ProfileCell c) {
        return c == null ? "" : c.minLevel() + "–" + c.targetLevel() + " ×" + c.weight();
    }

    private String competencyName(String code) {
        Framework.Competency c = framework == null ? null : framework.competency(code);
        return c == null ? "" : c.name();
    }

    private void edit(String group, String position, String competencyCode, ProfileCell existing) {
        if (!editable()) {
            return;
        }
        String who = position == null ? groupNames.getOrDefault(group, group)
                : groupNames.getOrDefault(group, group) + " · " + positionNames.getOrDefault(position, position);
        RequirementDialog dialog = new RequirementDialog(competencyCode + " " + competencyName(competencyCode),
                who, competencyCode, existing, framework.levels().size());
        dialog.addSaveListener(e -> store(dialog, group, position, competencyCode, e.requirement()));
        dialog.addRemoveListener(e -> store(dialog, group, position, competencyCode, null));
        dialog.open();
    }

    private void store(RequirementDialog dialog, String group, String position, String competencyCode,
            Requirement requirement) {
        try {
            profiles.set(version.getValue().id(), group, position, competencyCode, requirement);
            dialog.close();
            loadCells();
            Messages.success(getTranslation(requirement == null ? "competency.profiles.removed"
                    : "competency.profiles.saved"));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.profiles.title");
    }
}
