package org.munacademy.learning.ui;

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
import java.util.Optional;
import org.munacademy.learning.boundary.DocumentFacade;
import org.munacademy.learning.entity.DocumentVerification;
import org.munacademy.shared.entity.BusinessException;

/**
 * The public verification page the QR code of a document leads to ({@code verify/{code}}), open without signing in
 * like "forgot password": it confirms the document's number, the holder's name, the programme, its hours and the
 * date of issue, and nothing else. An unknown or altered code shows one "not found"; too many requests from a client
 * address one "try later".
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final DocumentFacade documents;
    private final Div result = new Div();

    @Inject
    public VerifyView(DocumentFacade documents) {
        this.documents = documents;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        result.setId("verify-result");
        result.setWidthFull();
        add(new H2(getTranslation("verify.title")), result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        result.removeAll();
        Optional<DocumentVerification> found;
        try {
            found = documents.verify(code);
        } catch (BusinessException e) {
            if (e.status() != 429) {
                throw e;
            }
            result.add(message("verify-limited", getTranslation("verify.limited")));
            return;
        }
        found.ifPresentOrElse(d -> {
            Paragraph ok = message("verify-found", getTranslation("verify.found"));
            ok.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
            result.add(ok,
                    line("verify-number", "verify.number", d.registrationNumber()),
                    line("verify-holder", "verify.holder", d.holderName()),
                    line("verify-programme", "verify.programme", d.programmeTitle()),
                    line("verify-hours", "verify.hours", String.valueOf(d.hours())),
                    line("verify-date", "verify.date", DATE.format(d.issuedOn())));
        }, () -> result.add(message("verify-not-found", getTranslation("verify.notFound"))));
    }

    private Paragraph line(String id, String key, String value) {
        Paragraph p = new Paragraph();
        p.setId(id);
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        p.add(label, new Span(value));
        return p;
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " — " + getTranslation("app.name");
    }
}
