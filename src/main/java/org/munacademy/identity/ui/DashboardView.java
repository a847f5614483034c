package org.munacademy.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.AccountFacade;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AuditFilter;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.shared.ui.MainLayout;

/**
 * The start page: a greeting, the user's roles with their scopes, and real figures for each role (an HR officer
 * sees how many people are in their scope and how many still lack a consent).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(order = 0, title = "dashboard.menu", icon = "vaadin:home")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public DashboardView(CurrentUser currentUser, PersonFacade persons, AccountFacade accounts, AuditLog audit,
            OrganisationFacade organisation) {
        Caller caller = currentUser.require();
        H2 greeting = new H2(getTranslation("dashboard.greeting", caller.displayName()));
        greeting.addClassNames(LumoUtility.FontSize.XLARGE);
        Paragraph roles = new Paragraph(getTranslation("dashboard.roles") + " " + caller.grants().stream()
                .map(this::describe).collect(Collectors.joining("; ")));
        roles.setId("dashboard-roles");
        roles.addClassNames(LumoUtility.TextColor.SECONDARY);

        FlexLayout figures = new FlexLayout();
        figures.setId("dashboard-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassNames(LumoUtility.Gap.MEDIUM);

        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            figures.add(figure("figure-people", getTranslation("dashboard.people"),
                    persons.count(PersonFilter.all())));
            figures.add(figure("figure-no-consent", getTranslation("dashboard.noConsent"),
                    persons.count(new PersonFilter(null, null, null, false))));
        }
        if (caller.hasRole(Role.ADMIN)) {
            figures.add(figure("figure-accounts", getTranslation("dashboard.accounts"), accounts.count(null)));
            figures.add(figure("figure-audit", getTranslation("dashboard.audit"), audit.count(AuditFilter.all())));
        }
        figures.add(figure("figure-regions", getTranslation("dashboard.regions"), organisation.regions().size()));
        figures.add(figure("figure-municipalities", getTranslation("dashboard.municipalities"),
                organisation.countMunicipalities(MunicipalityFilter.all())));
        if (caller.hasRole(Role.EMPLOYEE) && !caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            add(greeting, roles, figures, new Paragraph(getTranslation("dashboard.employee.next")));
        } else {
            add(greeting, roles, figures);
        }
    }

    private String describe(Grant g) {
        String role = getTranslation("role." + g.role().name());
        return switch (g.scopeType()) {
            case NATIONAL -> role + " — " + getTranslation("scope.NATIONAL");
            case REGION, MUNICIPALITY -> role + " — " + g.scopeName();
        };
    }

    private static Component figure(String id, String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassNames("figure-value", LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD,
                LumoUtility.TextColor.PRIMARY);
        Span caption = new Span(label);
        caption.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div card = new Div(number, caption);
        card.setId(id);
        card.addClassNames("figure-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.LARGE, LumoUtility.BorderRadius.LARGE, LumoUtility.Background.CONTRAST_5);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
