package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.munacademy.learning.boundary.CohortFacade;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.ProgrammeFacade;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeDetail.CompetencyLine;
import org.munacademy.learning.entity.ProgrammeDetail.LessonOutline;
import org.munacademy.learning.entity.ProgrammeDetail.ModuleOutline;
import org.munacademy.learning.entity.ProgrammeDetail.PrerequisiteLine;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * A programme's page: everything a person decides from — who runs it, its kind, hours, form of study and the document
 * it ends with; the competencies it develops with the target levels beside the reader's current levels; the
 * prerequisites and whether the reader meets them; the description; and the course outline with links to the lessons
 * that have a page. Methodologists get a link to the editor.
 */
@Route(value = "learning/programmes/:code", layout = MainLayout.class)
@PermitAll
public class ProgrammeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProgrammeFacade programmes;
    private final CohortFacade cohorts;
    private final EnrolmentFacade enrolment;
    private String title = "";

    @Inject
    public ProgrammeView(ProgrammeFacade programmes, CohortFacade cohorts, EnrolmentFacade enrolment) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        addClassName("learning-page");
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        try {
            show(programmes.detail(code));
        } catch (BusinessException e) {
            Paragraph problem = new Paragraph(Messages.of(this, e));
            problem.setId("programme-problem");
            add(problem, new RouterLink(getTranslation("learning.programme.toCatalogue"),
                    ProgrammeCatalogueView.class));
        }
    }

    private void show(ProgrammeDetail p) {
        title = p.title();
        RouterLink back = new RouterLink(getTranslation("learning.programme.toCatalogue"),
                ProgrammeCatalogueView.class);
        back.setId("programme-back");
        H2 heading = new H2(p.title());
        heading.setId("programme-title");
        heading.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        Div head = new Div(heading);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        if (p.status() != ProgrammeStatus.PUBLISHED) {
            head.add(LearningLabels.statusBadge(this, p.status()));
        }
        if (p.editable()) {
            Button edit = new Button(getTranslation("learning.programme.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeEditorView.class,
                            new RouteParameters("code", p.code()))));
            edit.setId("programme-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            head.add(edit);
        }
        add(back, head, facts(p));
        if (p.status() == ProgrammeStatus.PUBLISHED) {
            add(section("learning.cohorts.title"), new CohortsPanel(cohorts, enrolment, p.code()));
        }
        add(section("learning.programme.competencies"), competencies(p));
        if (!p.prerequisites().isEmpty()) {
            add(section("learning.programme.prerequisites"), prerequisites(p));
        }
        if (p.descriptionHtml() != null && !p.descriptionHtml().isBlank()) {
            add(section("learning.programme.about"), SafeHtml.of(p.descriptionHtml(), "programme-description"));
        }
        add(section("learning.programme.outline"), outline(p));
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassNames(LumoUtility.Margin.Bottom.NONE, LumoUtility.Margin.Top.MEDIUM);
        return h;
    }

    private Div facts(ProgrammeDetail p) {
        Div facts = new Div();
        facts.setId("programme-facts");
        facts.addClassName("learning-facts");
        ProviderRow provider = p.provider();
        facts.add(fact("learning.programme.provider", provider.name()
                + (provider.regionName() == null ? "" : " (" + provider.regionName() + ")")));
        facts.add(fact("learning.programme.kind", LearningLabels.of(this, p.kind())));
        facts.add(fact("learning.programme.hours", LearningLabels.hours(this, p.hours())));
        facts.add(fact("learning.programme.format", LearningLabels.format(this, p.format(), p.distanceLearning())));
        facts.add(fact("learning.programme.document", LearningLabels.of(this, p.document())));
        if (provider.licenceNumber() != null) {
            String date = provider.licenceDate() == null ? "" : provider.licenceDate().toString();
            facts.add(fact("learning.programme.licence", getTranslation("learning.programme.licenceValue",
                    provider.licenceNumber(), date)));
        }
        return facts;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("learning-fact-label");
        Span text = new Span(value);
        text.addClassName("learning-fact-value");
        return new Div(label, text);
    }

    private Component competencies(ProgrammeDetail p) {
        UnorderedList list = new UnorderedList();
        list.setId("programme-competencies");
        list.addClassName("learning-list");
        for (CompetencyLine c : p.competencies()) {
            ListItem item = new ListItem();
            item.setId("competency-" + c.code());
            Span name = new Span(c.code() + " " + c.name());
            name.addClassName("learning-item-name");
            item.add(name, LearningLabels.badge(getTranslation("learning.programme.target", c.targetLevel()), null));
            if (c.currentLevel() != null) {
                boolean reached = c.currentLevel() >= c.targetLevel();
                item.add(LearningLabels.badge(getTranslation("learning.programme.current", c.currentLevel()),
                        reached ? "success" : "contrast"));
            }
            list.add(item);
        }
        if (p.competencies().stream().allMatch(c -> c.currentLevel() == null)) {
            Paragraph hint = new Paragraph(getTranslation("learning.programme.noLevels"));
            hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(list, hint);
        }
        return list;
    }

    private Component prerequisites(ProgrammeDetail p) {
        UnorderedList list = new UnorderedList();
        list.setId("programme-prerequisites");
        list.addClassName("learning-list");
        for (PrerequisiteLine r : p.prerequisites()) {
            ListItem item = new ListItem();
            String what = switch (r.kind()) {
                case POSITION_GROUP -> getTranslation("learning.prerequisite.line.POSITION_GROUP", r.label());
                case COMPETENCY_LEVEL -> getTranslation("learning.prerequisite.line.COMPETENCY_LEVEL", r.code(),
                        r.label(), r.minLevel());
                case PROGRAMME -> getTranslation("learning.prerequisite.line.PROGRAMME", r.label());
            };
            item.add(new Span(what));
            if (r.met() != null) {
                item.add(LearningLabels.badge(getTranslation(r.met() ? "learning.prerequisite.met"
                        : "learning.prerequisite.notMet"), r.met() ? "success" : "contrast"));
            }
            list.add(item);
        }
        if (p.prerequisites().stream().filter(r -> r.kind() == PrerequisiteKind.POSITION_GROUP).count() > 1) {
            Paragraph any = new Paragraph(getTranslation("learning.prerequisite.anyGroup"));
            any.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(list, any);
        }
        return list;
    }

    private Component outline(ProgrammeDetail p) {
        Div outline = new Div();
        outline.setId("programme-outline");
        for (ModuleOutline m : p.modules()) {
            H4 module = new H4(getTranslation("learning.programme.module", m.number(), m.title()));
            module.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
            OrderedList lessons = new OrderedList();
            lessons.addClassName("learning-outline");
            for (LessonOutline l : m.lessons()) {
                lessons.add(lesson(p, l));
            }
            outline.add(module, lessons);
        }
        if (p.modules().isEmpty()) {
            outline.add(new Paragraph(getTranslation("learning.programme.noLessons")));
        }
        return outline;
    }

    private ListItem lesson(ProgrammeDetail p, LessonOutline l) {
        ListItem item = new ListItem();
        item.setId("lesson-" + l.id());
        if (l.hasPage()) {
            RouterLink link = new RouterLink(l.title(), LessonPage.class, LessonPage.parameters(p.code(), l.id()));
            link.setId("lesson-link-" + l.id());
            item.add(link);
        } else {
            item.add(new Span(l.title()));
        }
        item.add(LearningLabels.badge(LearningLabels.of(this, l.kind()), "contrast"));
        if (!l.mandatory()) {
            item.add(LearningLabels.badge(getTranslation("learning.lesson.optional"), null));
        }
        if (l.kind() == LessonKind.CHECK && l.testTitle() != null) {
            Span test = new Span(getTranslation("learning.lesson.checkTest", l.testTitle()));
            test.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(test);
        }
        if (!l.complete()) {
            item.add(LearningLabels.badge(getTranslation("learning.lesson.incomplete"), "error"));
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("learning.catalogue.title") : title;
    }
}
