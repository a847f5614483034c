package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.boundary.DocumentFacade;
import org.munacademy.learning.entity.DocumentRow;
import org.munacademy.learning.entity.RegistryExport;
import org.munacademy.shared.ui.MainLayout;

/**
 * Documents of completed programmes («Документы об обучении»): everybody's own, each with its PDF; for HR (their
 * scope) and administrators the issued documents with PDFs and the ФИС ФРДО export (holders lacking СНИЛС, date of
 * birth or sex are named instead of exported); for methodologists and administrators the explicit issue of a
 * programme's document to a person (seeding, corrections).
 */
@Route(value = "learning/documents", layout = MainLayout.class)
@PermitAll
@Menu(order = 27, title = "learning.documents.menu", icon = "vaadin:diploma")
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DocumentFacade documents;

    @Inject
    public DocumentsView(DocumentFacade documents, CurrentUser currentUser) {
        this.documents = documents;
        Caller caller = currentUser.require();
        add(new H2(getTranslation("learning.documents.title")));
        Grid<DocumentRow> mine = grid("documents-mine");
        mine.setItems(documents.mine());
        add(new H3(getTranslation("learning.documents.mine")), mine);

        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            Grid<DocumentRow> scope = grid("documents-scope");
            scope.addColumn(DocumentRow::holderName).setHeader(getTranslation("learning.documents.holder"))
                    .setAutoWidth(true);
            scope.setItems(documents.list(null));
            Anchor export = new Anchor();
            export.setId("documents-export");
            export.setText(getTranslation("learning.documents.export"));
            // runs in the download request: the boundary decides the scope and audits the export
            export.setHref(DownloadHandler.fromInputStream(event -> {
                RegistryExport x = documents.registryExport(null);
                return new DownloadResponse(new ByteArrayInputStream(x.xlsx()), "frdo-dpo.xlsx", XLSX,
                        x.xlsx().length);
            }));
            Button check = new Button(getTranslation("learning.documents.check"), e -> {
                RegistryExport x = documents.registryExport(null);
                Notification.show(x.incomplete().isEmpty() ? getTranslation("learning.documents.complete",
                        x.exported()) : getTranslation("learning.documents.incomplete", x.exported(),
                        String.join("; ", x.incomplete().stream().map(i -> i.holderName() + " ("
                                + i.registrationNumber() + "): " + i.missing().stream()
                                        .map(f -> getTranslation("learning.documents.missing." + f)).toList())
                                .toList())), 8000, Notification.Position.MIDDLE);
            });
            check.setId("documents-check");
            add(new H3(getTranslation("learning.documents.scope")), new HorizontalLayout(check, export), scope);
        }

        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            TextField programme = new TextField(getTranslation("learning.documents.programmeCode"));
            programme.setId("documents-issue-programme");
            IntegerField person = new IntegerField(getTranslation("learning.documents.personId"));
            person.setId("documents-issue-person");
            Button issue = new Button(getTranslation("learning.documents.issue"));
            issue.setId("documents-issue");
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.addClickListener(e -> {
                if (programme.isEmpty() || person.isEmpty()) {
                    return;
                }
                DocumentRow row = documents.issue(programme.getValue().strip(), person.getValue(), null);
                Notification.show(getTranslation("learning.documents.issued", row.registrationNumber(),
                        row.holderName()), 5000, Notification.Position.BOTTOM_START);
                mine.setItems(documents.mine());
            });
            HorizontalLayout form = new HorizontalLayout(programme, person, issue);
            form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(new H3(getTranslation("learning.documents.issueTitle")), form);
        }
    }

    private Grid<DocumentRow> grid(String id) {
        Grid<DocumentRow> g = new Grid<>(DocumentRow.class, false);
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setAllRowsVisible(true);
        g.addColumn(DocumentRow::registrationNumber).setHeader(getTranslation("learning.documents.number"))
                .setAutoWidth(true);
        g.addColumn(d -> getTranslation("learning.document." + d.kind().name()))
                .setHeader(getTranslation("learning.documents.kind")).setAutoWidth(true);
        g.addColumn(DocumentRow::programmeTitle).setHeader(getTranslation("learning.documents.programme"))
                .setFlexGrow(1);
        g.addColumn(DocumentRow::hours).setHeader(getTranslation("learning.documents.hours")).setAutoWidth(true);
        g.addColumn(d -> DATE.format(d.issuedOn())).setHeader(getTranslation("learning.documents.issuedOn"))
                .setAutoWidth(true);
        g.addComponentColumn(this::pdfLink).setHeader("PDF").setAutoWidth(true);
        return g;
    }

    private Anchor pdfLink(DocumentRow d) {
        Anchor a = new Anchor();
        a.setText(getTranslation("learning.documents.download"));
        a.setId("document-pdf-" + d.registrationNumber());
        // runs in the download request: the boundary checks who may read the document and audits it
        a.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.pdf(d.registrationNumber());
            return new DownloadResponse(new ByteArrayInputStream(bytes), d.registrationNumber() + ".pdf", PDF,
                    bytes.length);
        }));
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.documents.title");
    }
}
