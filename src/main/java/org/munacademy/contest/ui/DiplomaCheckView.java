package org.munacademy.contest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.entity.DiplomaCheck;
import org.munacademy.shared.entity.BusinessException;

/**
 * The public check of a contest diploma ({@code contest/diploma/<number>?code=<code>}), where the diploma's QR code
 * leads, open without signing in like {@code learning/ui/VerifyView}: it confirms the number, the holder, season,
 * nomination, stage, outcome and date, nothing else. A wrong pair shows one "not found"; too many requests "try
 * later".
 */
@Route(value = "contest/diploma", autoLayout = false)
@AnonymousAllowed
public class DiplomaCheckView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final RankingFacade rankings;
    private final Div result = new Div();

    @Inject
    public DiplomaCheckView(RankingFacade rankings) {
        this.rankings = rankings;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        result.setId("diploma-result");
        result.setWidthFull();
        add(new H2(getTranslation("contest-admin.diploma.title")), result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String number) {
        result.removeAll();
        String code = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of(""))
                .stream().findFirst().orElse("");
        DiplomaCheck d;
        try {
            d = rankings.verify(number, code);
        } catch (BusinessException e) {
            result.add(message(e.status() == 429 ? "diploma-limited" : "diploma-not-found",
                    getTranslation(e.status() == 429 ? "contest-admin.diploma.limited"
                            : "contest-admin.diploma.notFound")));
            return;
        }
        Paragraph ok = message("diploma-found", getTranslation("contest-admin.diploma.found"));
        ok.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
        result.add(ok,
                line("diploma-number", "contest-admin.diploma.number", d.number()),
                line("diploma-holder", "contest-admin.diploma.holder", d.name()),
                line("diploma-season", "contest-admin.diploma.season", d.season()),
                line("diploma-nomination", "contest-admin.diploma.nomination", d.nomination()),
                line("diploma-stage", "contest-admin.diploma.stage", d.stage()),
                line("diploma-outcome", "contest-admin.diploma.outcome",
                        getTranslation("contest-admin.applicationStatus." + d.outcome().name())),
                line("diploma-date", "contest-admin.diploma.date", DATE.format(d.issuedOn())));
    }

    private Paragraph line(String id, String key, String value) {
        Paragraph p = new Paragraph();
        p.setId(id);
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        p.add(label, new Span(value == null ? "" : value));
        return p;
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest-admin.diploma.title") + " — " + getTranslation("app.name");
    }
}
