package org.munacademy.competency.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The employee's own competencies: how well they fit the required profile of their position, as one figure, a
 * chart and a list of gaps with the current level and how trustworthy it is.
 */
@Route(value = "competencies/me", layout = MainLayout.class)
@PermitAll
@Menu(order = 15, title = "competency.my.menu", icon = "vaadin:chart-3d")
public class MyCompetenciesView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyCompetenciesView(EvidenceFacade evidence, StandardFacade standards, PersonFacade persons,
            OrganisationFacade organisation) {
        setMaxWidth("72em");
        addClassNames(LumoUtility.Padding.MEDIUM);

        Optional<PersonCard> card = persons.myCard();
        if (card.isEmpty()) {
            add(note("my-no-card", getTranslation("competency.my.noCard")));
            return;
        }
        GapReport report;
        int maxLevel;
        try {
            report = evidence.myGaps();
            String code = report.standardCode();
            maxLevel = standards.published(code).map(v -> standards.framework(v.id()).levels().size())
                    .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD, code));
        } catch (NotFoundException e) {
            add(note("my-no-standard", getTranslation("competency.my.noStandard")));
            return;
        } catch (BusinessException e) {
            add(note("my-error", Messages.of(this, e)));
            return;
        }

        if (report.gaps().isEmpty()) {
            add(note("my-no-profile", getTranslation("competency.my.noProfile")));
            return;
        }
        add(new GapReportPanel(report, card.get().positionName(), groupName(organisation, report.positionGroupCode()),
                maxLevel));
    }

    static String groupName(OrganisationFacade organisation, String code) {
        if (code == null) {
            return null;
        }
        Function<PositionGroupRow, String> name = VersionLabels.english() ? PositionGroupRow::nameEn
                : PositionGroupRow::nameRu;
        return organisation.positionGroups().stream().filter(g -> code.equals(g.code())).findFirst().map(name)
                .orElse(code);
    }

    private Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.my.title");
    }
}
