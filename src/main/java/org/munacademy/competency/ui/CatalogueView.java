package org.munacademy.competency.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The competency catalogue: the proficiency scale and the areas and competencies of a version of the standard
 * (the published one unless another is chosen), searchable, with each competency's indicators per level.
 */
@Route(value = "competencies", layout = MainLayout.class)
@PermitAll
@Menu(order = 20, title = "competency.catalogue.menu", icon = "vaadin:book")
public class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "competencies";

    private final StandardFacade standards;
    private final List<VersionRow> versions;
    private final Select<VersionRow> version = new Select<>();
    private final Div status = new Div();
    private final TextField search = new TextField();
    private final FlexLayout scale = new FlexLayout();
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final CompetencyDetail detail = new CompetencyDetail();
    private Framework framework;

    /** A row of the tree: an area, or a competency within its area. */
    record Node(Framework.Area area, Framework.Competency competency) {
        String code() {
            return competency == null ? area.code() : competency.code();
        }

        String name() {
            return competency == null ? area.name() : competency.name();
        }
    }

    @Inject
    public CatalogueView(StandardFacade standards, CompetencySettings settings) {
        this.standards = standards;
        setSizeFull();
        versions = VersionLabels.ordered(standards.versions(settings.standardCode()));

        VersionLabels.versionPicker(this, version, "catalogue-version", versions);
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
                if (e.isFromClient()) {
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE,
                            QueryParameters.of("version", String.valueOf(e.getValue().id())))));
                }
            }
        });
        status.setId("catalogue-status");

        search.setId("catalogue-search");
        search.setPlaceholder(getTranslation("competency.catalogue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> fillTree());

        HorizontalLayout toolbar = new HorizontalLayout(version, status, search);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        scale.setId("catalogue-scale");
        scale.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        scale.addClassNames(LumoUtility.Gap.SMALL);
        scale.setWidthFull();

        tree.setId("catalogue-tree");
        tree.addHierarchyColumn(Node::code).setHeader(getTranslation("competency.code")).setWidth("11em")
                .setFlexGrow(0);
        tree.addColumn(Node::name).setHeader(getTranslation("competency.name")).setFlexGrow(1);
        tree.addColumn(n -> n.competency() == null || n.competency().kind() == null ? ""
                        : getTranslation("competency.kind." + n.competency().kind().name()))
                .setHeader(getTranslation("competency.kind")).setAutoWidth(true).setFlexGrow(0);
        tree.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));

        SplitLayout content = new SplitLayout(tree, detail);
        content.setSplitterPosition(55);
        content.setSizeFull();

        if (versions.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("competency.catalogue.empty"));
            empty.setId("catalogue-empty");
            add(empty);
            return;
        }
        add(toolbar, scale, content);
        expand(content);
        version.setValue(versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst()
                .orElse(versions.get(0)));
    }

    /** {@code ?version=<id>} opens that version (a link to a retired version stays valid). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("version");
        if (asked.isEmpty() || versions.isEmpty()) {
            return;
        }
        Optional<VersionRow> found = versions.stream().filter(v -> String.valueOf(v.id()).equals(asked.get()))
                .findFirst();
        if (found.isPresent()) {
            version.setValue(found.get());
        } else {
            Messages.error(getTranslation("competency.catalogue.noSuchVersion"));
        }
    }

    private void open(VersionRow v) {
        try {
            framework = standards.framework(v.id());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        status.removeAll();
        status.add(VersionLabels.badge(this, v));
        if (v.effectiveDate() != null) {
            Span effective = new Span(getTranslation("competency.version.effective",
                    VersionLabels.date(v.effectiveDate())));
            effective.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                    LumoUtility.Margin.Left.SMALL);
            status.add(effective);
        }
        fillScale();
        fillTree();
        detail.showNothing();
    }

    private void fillScale() {
        scale.removeAll();
        for (Framework.Level l : framework.levels()) {
            Span name = new Span(l.number() + " · " + l.name());
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Paragraph descriptor = new Paragraph(l.descriptor());
            descriptor.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Margin.NONE);
            Div card = new Div(name, descriptor);
            card.setId("scale-level-" + l.number());
            card.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.CONTRAST_5, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            card.getStyle().set("flex", "1 1 14em");
            scale.add(card);
        }
    }

    private void fillTree() {
        if (framework == null) {
            return;
        }
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        TreeData<Node> data = new TreeData<>();
        for (Framework.Area a : framework.areas()) {
            boolean areaMatches = text.isEmpty() || contains(a.code(), text) || contains(a.name(), text);
            List<Framework.Competency> shown = a.competencies().stream()
                    .filter(c -> areaMatches || matches(c, text)).toList();
            if (!areaMatches && shown.isEmpty()) {
                continue;
            }
            Node area = new Node(a, null);
            data.addItem(null, area);
            shown.forEach(c -> data.addItem(area, new Node(a, c)));
        }
        tree.setTreeData(data);
        if (text.isEmpty()) {
            tree.expand(data.getRootItems());
        } else {
            tree.expandRecursively(data.getRootItems(), 1);
        }
    }

    private static boolean matches(Framework.Competency c, String text) {
        return contains(c.code(), text) || contains(c.name(), text)
                || c.indicators().stream().anyMatch(i -> contains(i.text(), text));
    }

    private static boolean contains(String value, String lowerText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
    }

    private void showDetail(Node node) {
        if (node == null) {
            detail.showNothing();
        } else if (node.competency() == null) {
            detail.show(framework, node.area());
        } else {
            detail.show(framework, node.area(), node.competency());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.catalogue.title");
    }
}
