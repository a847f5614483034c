package org.munacademy.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.StandardImportPreview;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The methodologist's workplace for the competency standard: its versions (draft, published, retired), a new
 * edition from the published version, editing and publishing the draft, retiring, comparing two versions, and
 * export and import as CSV or CASE.
 */
@Route(value = "competencies/editor", layout = MainLayout.class)
@RolesAllowed("METHODOLOGIST")
@Menu(order = 21, title = "competency.editor.menu", icon = "vaadin:edit")
public class StandardEditorView extends VerticalLayout implements HasDynamicTitle {

    /** Where CASE identifiers of exported elements resolve: the REST API's CASE path. */
    private static final String CASE_PATH = "/ims/case/v1p1";

    private final StandardFacade standards;
    private final String standardCode;
    private final Grid<VersionRow> versions = new Grid<>(VersionRow.class, false);
    private final Button createDraft = new Button();
    private final Button publish = new Button();
    private final Button retire = new Button();
    private final Button compare = new Button();
    private final Anchor exportCsv = new Anchor();
    private final Anchor exportCase = new Anchor();
    private final Paragraph readOnly = new Paragraph();
    private final DraftEditor editor = new DraftEditor();
    private final StandardImport importPanel;
    private List<VersionRow> rows = List.of();

    @Inject
    public StandardEditorView(StandardFacade standards, CompetencySettings settings) {
        this.standards = standards;
        this.standardCode = settings.standardCode();
        setWidthFull();

        versions.setId("versions-grid");
        versions.setSelectionMode(Grid.SelectionMode.MULTI);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.setAllRowsVisible(true);
        versions.addColumn(VersionRow::number).setHeader(getTranslation("competency.versions.number"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(new ComponentRenderer<>(v -> VersionLabels.statusBadge(this, v.status())))
                .setHeader(getTranslation("competency.versions.status")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> VersionLabels.date(v.effectiveDate()))
                .setHeader(getTranslation("competency.versions.effective")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> VersionLabels.date(v.publishedAt()))
                .setHeader(getTranslation("competency.versions.published")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> VersionLabels.date(v.retiredAt()))
                .setHeader(getTranslation("competency.versions.retired")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.basedOnNumber() == null ? "—" : String.valueOf(v.basedOnNumber()))
                .setHeader(getTranslation("competency.versions.basedOn")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.changeNote() == null ? "" : v.changeNote())
                .setHeader(getTranslation("competency.versions.note")).setFlexGrow(1);
        versions.addItemClickListener(e -> {
            if (e.getColumn() == null) {
                return; // the selection checkbox: the grid selects by itself
            }
            if (e.isCtrlKey() || e.isMetaKey()) {
                if (versions.getSelectedItems().contains(e.getItem())) {
                    versions.deselect(e.getItem());
                } else {
                    versions.select(e.getItem());
                }
            } else {
                versions.asMultiSelect().setValue(Set.of(e.getItem()));
            }
        });
        versions.asMultiSelect().addValueChangeListener(e -> selectionChanged(e.getValue()));

        button(createDraft, "create-draft", "competency.versions.createDraft", VaadinIcon.COPY_O);
        createDraft.addClickListener(e -> single().ifPresent(this::createDraft));
        button(publish, "publish-draft", "competency.versions.publish", VaadinIcon.CHECK);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> single().ifPresent(this::confirmPublish));
        button(retire, "retire-version", "competency.versions.retire", VaadinIcon.ARCHIVE);
        retire.addClickListener(e -> single().ifPresent(this::confirmRetire));
        button(compare, "compare-versions", "competency.versions.compare", VaadinIcon.SPLIT);
        compare.addClickListener(e -> compare());
        anchor(exportCsv, "export-csv", "competency.versions.exportCsv");
        anchor(exportCase, "export-case", "competency.versions.exportCase");
        Span hint = new Span(getTranslation("competency.versions.selectHint"));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout toolbar = new HorizontalLayout(createDraft, publish, retire, compare, exportCsv, exportCase);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassNames(LumoUtility.FlexWrap.WRAP);

        readOnly.setId("editor-readonly");
        readOnly.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.SMALL,
                LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        readOnly.setVisible(false);
        editor.setVisible(false);
        editor.addSaveListener(e -> saveDraft(e.content(), e.changeNote()));
        editor.addReloadListener(e -> reloadDraft());

        reload();
        importPanel = new StandardImport(standardCode, rows.isEmpty() ? "" : rows.get(0).standardTitle(),
                new StandardImport.Previewer() {
                    @Override
                    public StandardImportPreview preview(Upload file, String code, String title,
                            java.time.LocalDate effective, Map<String, String> itemTypes) {
                        return standards.previewImport(file, null, null, code, title, null, effective, itemTypes);
                    }

                    @Override
                    public List<String> unmappedItemTypes(Upload file) {
                        return standards.unmappedItemTypes(file, null);
                    }
                },
                this::importFile);

        add(toolbar, hint, versions, importPanel, readOnly, editor);
        rows.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst()
                .or(() -> rows.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst())
                .ifPresentOrElse(v -> versions.asMultiSelect().setValue(Set.of(v)), this::updateActions);
    }

    private void button(Button b, String id, String key, VaadinIcon icon) {
        b.setText(getTranslation(key));
        b.setId(id);
        b.setIcon(icon.create());
    }

    private void anchor(Anchor a, String id, String key) {
        a.setId(id);
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation(key)));
        a.getElement().setAttribute("download", true);
        a.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Horizontal.SMALL);
    }

    /** Reads the versions again; keeps the selection by id where the versions still exist. */
    private void reload() {
        rows = standards.versions(standardCode); // newest first
        versions.setItems(rows);
    }

    private void reloadAndSelect(long id) {
        reload();
        byId(id).ifPresent(v -> versions.asMultiSelect().setValue(Set.of(v)));
    }

    private Optional<VersionRow> byId(long id) {
        return rows.stream().filter(v -> v.id() == id).findFirst();
    }

    private Optional<VersionRow> byNumber(Integer number) {
        return number == null ? Optional.empty() : rows.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The one version the actions apply to, when exactly one is selected. */
    private Optional<VersionRow> single() {
        Set<VersionRow> selected = versions.getSelectedItems();
        return selected.size() == 1 ? Optional.of(selected.iterator().next()) : Optional.empty();
    }

    private void selectionChanged(Set<VersionRow> selected) {
        updateActions();
        if (selected.size() != 1) {
            return;
        }
        VersionRow v = selected.iterator().next();
        setDownloads(v);
        VersionRow editing = editor.row();
        if (editor.isVisible() && editing != null && editing.id().equals(v.id())) {
            return; // the draft being edited stays as it is
        }
        if (editor.isVisible() && editor.isDirty()) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("competency.editor.discard.title"),
                    getTranslation("competency.editor.discard.text"), getTranslation("competency.editor.discard.ok"),
                    e -> show(v));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.addCancelListener(e -> byId(editing.id())
                    .ifPresent(d -> versions.asMultiSelect().setValue(Set.of(d))));
            confirm.setId("discard-confirm");
            confirm.open();
            return;
        }
        show(v);
    }

    /** Shows the version below the list: the editor for a draft, a hint for the others. */
    private void show(VersionRow v) {
        if (v.status() == VersionStatus.DRAFT) {
            try {
                editor.edit(v, standards.framework(v.id()));
            } catch (BusinessException e) {
                Messages.error(Messages.of(this, e));
                return;
            }
            editor.setVisible(true);
            readOnly.setVisible(false);
        } else {
            editor.setVisible(false);
            boolean draftExists = rows.stream().anyMatch(r -> r.status() == VersionStatus.DRAFT);
            readOnly.setText(getTranslation(draftExists ? "competency.editor.readOnlyDraftExists"
                    : "competency.editor.readOnly", String.valueOf(v.number()), VersionLabels.item(this, v)));
            readOnly.setVisible(true);
        }
    }

    private void updateActions() {
        Optional<VersionRow> one = single();
        boolean draftExists = rows.stream().anyMatch(r -> r.status() == VersionStatus.DRAFT);
        createDraft.setEnabled(!draftExists && one.map(v -> v.status() == VersionStatus.PUBLISHED).orElse(false));
        publish.setEnabled(one.map(v -> v.status() == VersionStatus.DRAFT).orElse(false));
        retire.setEnabled(one.map(v -> v.status() == VersionStatus.PUBLISHED).orElse(false));
        compare.setEnabled(comparePair().isPresent());
        exportCsv.setEnabled(one.isPresent());
        exportCase.setEnabled(one.isPresent());
        if (one.isEmpty()) {
            exportCsv.removeHref();
            exportCase.removeHref();
        }
    }

    private void setDownloads(VersionRow v) {
        long id = v.id();
        String name = v.standardCode() + "-v" + v.number();
        // both run in the download request, outside the UI lock: they call the boundary only, never a component
        exportCsv.setHref(DownloadHandler.fromInputStream(event ->
                response(standards.exportCsv(id), name + ".csv", "text/csv;charset=UTF-8")));
        exportCase.setHref(DownloadHandler.fromInputStream(event ->
                response(standards.exportCase(id, caseBase(event.getRequest())), name + ".case.json",
                        "application/json;charset=UTF-8")));
    }

    private static DownloadResponse response(String text, String fileName, String type) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
    }

    private static String caseBase(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest r = servlet.getHttpServletRequest();
            boolean defaultPort = "http".equals(r.getScheme()) && r.getServerPort() == 80
                    || "https".equals(r.getScheme()) && r.getServerPort() == 443;
            return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + r.getServerPort())
                    + r.getContextPath() + CASE_PATH;
        }
        return CASE_PATH;
    }

    private void createDraft(VersionRow published) {
        try {
            VersionRow draft = standards.createDraft(published.id());
            Messages.success(getTranslation("competency.versions.draftCreated", String.valueOf(draft.number())));
            reloadAndSelect(draft.id());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void confirmPublish(VersionRow draft) {
        String text = getTranslation("competency.versions.publish.text");
        if (editor.isVisible() && editor.isDirty()) {
            text += " " + getTranslation("competency.versions.publish.unsaved");
        }
        Confirmations.affirm("publish-confirm",
                getTranslation("competency.versions.publish.title", String.valueOf(draft.number())), text,
                getTranslation("competency.versions.publish"), getTranslation("common.cancel"), () -> publish(draft));
    }

    private void publish(VersionRow draft) {
        // the editor holds the newest version number after its own saves
        long expected = editor.row() != null && editor.row().id().equals(draft.id()) ? editor.row().version()
                : draft.version();
        try {
            VersionRow published = standards.publish(draft.id(), expected);
            Messages.success(getTranslation("competency.versions.published.done", String.valueOf(published.number())));
            editor.setVisible(false);
            reloadAndSelect(published.id());
        } catch (ImportRejectedException e) {
            editor.showErrors(e.errors());
            Messages.error(Messages.of(this, e));
        } catch (ConcurrentModificationException e) {
            Messages.error(getTranslation("competency.editor.conflict"));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void confirmRetire(VersionRow v) {
        Confirmations.danger("retire-confirm", getTranslation("competency.versions.retire.title",
                String.valueOf(v.number())), getTranslation("competency.versions.retire.text"),
                getTranslation("competency.versions.retire"), getTranslation("common.cancel"), () -> retire(v));
    }

    private void retire(VersionRow v) {
        try {
            VersionRow retired = standards.retire(v.id());
            Messages.success(getTranslation("competency.versions.retired.done", String.valueOf(retired.number())));
            reloadAndSelect(retired.id());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    /** Two selected versions (older → newer), or the one selected and the version it is based on. */
    private Optional<VersionRow[]> comparePair() {
        List<VersionRow> selected = versions.getSelectedItems().stream()
                .sorted(Comparator.comparingInt(VersionRow::number)).toList();
        if (selected.size() == 2) {
            return Optional.of(new VersionRow[] {selected.get(0), selected.get(1)});
        }
        if (selected.size() == 1) {
            VersionRow to = selected.get(0);
            return byNumber(to.basedOnNumber()).map(from -> new VersionRow[] {from, to});
        }
        return Optional.empty();
    }

    private void compare() {
        comparePair().ifPresent(pair -> {
            try {
                new CompareDialog(pair[0], pair[1], standards.compare(pair[0].id(), pair[1].id())).open();
            } catch (BusinessException e) {
                Messages.error(Messages.of(this, e));
            }
        });
    }

    private void saveDraft(Framework content, String changeNote) {
        VersionRow draft = editor.row();
        try {
            VersionRow saved = standards.saveDraft(draft.id(), draft.version(), content, changeNote);
            editor.saved(saved, standards.framework(saved.id()));
            Messages.success(getTranslation("competency.editor.savedNotice", String.valueOf(saved.number())));
            reload();
            byId(saved.id()).ifPresent(v -> versions.asMultiSelect().setValue(Set.of(v)));
        } catch (ImportRejectedException e) {
            editor.showErrors(e.errors());
            Messages.error(getTranslation("competency.editor.rejected", String.valueOf(e.errors().size())));
        } catch (ConcurrentModificationException e) {
            Messages.error(getTranslation("competency.editor.conflict"));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void reloadDraft() {
        VersionRow draft = editor.row();
        try {
            VersionRow fresh = standards.version(draft.id());
            reload();
            if (fresh.status() == VersionStatus.DRAFT) {
                editor.edit(fresh, standards.framework(fresh.id()));
            }
            byId(fresh.id()).ifPresent(v -> versions.asMultiSelect().setValue(Set.of(v)));
            if (fresh.status() != VersionStatus.DRAFT) {
                show(fresh);
            }
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    /**
     * Imports the chosen file as a new draft; the boundary judges its format. A refused import (every error) and
     * invalid options are listed by the upload component; anything else goes to the one error handler.
     */
    private void importFile(Upload file, String code, String title, java.time.LocalDate effectiveDate,
            Map<String, String> itemTypes) {
        VersionRow draft = standards.importFile(file, null, null, code, title, null, effectiveDate, itemTypes);
        importPanel.done();
        if (!draft.standardCode().equals(standardCode)) {
            Messages.success(getTranslation("competency.import.doneOther", draft.standardCode(),
                    String.valueOf(draft.number())));
            return;
        }
        Messages.success(getTranslation("competency.import.done", String.valueOf(draft.number())));
        reloadAndSelect(draft.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.editor.title");
    }
}
