package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.munacademy.assessment.boundary.QuestionBankFacade;
import org.munacademy.assessment.boundary.QuestionMedia;
import org.munacademy.assessment.entity.ImportOptions;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.assessment.entity.MediaFile;
import org.munacademy.assessment.entity.QuestionData;
import org.munacademy.assessment.entity.QuestionDetail;
import org.munacademy.assessment.entity.QuestionFilter;
import org.munacademy.assessment.entity.QuestionRow;
import org.munacademy.assessment.entity.QuestionStatus;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The item bank for methodologists: a lazily loaded, filterable list of questions; a question opens in the
 * {@link BankEditor} with its live preview; GIFT and QTI import (all or nothing) and export of the filtered
 * competency and status.
 */
@Route(value = "assessment/bank", layout = MainLayout.class)
@RolesAllowed({Role.METHODOLOGIST_NAME, Role.ADMIN_NAME})
@Menu(order = 23, title = "admin.bank.menu", icon = "vaadin:archives")
public class BankView extends VerticalLayout implements HasDynamicTitle {

    private static final String ZIP_TYPE = "application/zip";

    private final QuestionBankFacade questions;
    private final BankScale scale;
    private final Grid<QuestionRow> grid = new Grid<>(QuestionRow.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> competency = new ComboBox<>();
    private final ComboBox<Integer> level = new ComboBox<>();
    private final ComboBox<QuestionStatus> status = new ComboBox<>();
    private final ComboBox<QuestionType> type = new ComboBox<>();
    private final Span total = new Span();
    private final Anchor exportGift = new Anchor();
    private final Anchor exportQti = new Anchor();

    private final QuestionMedia media;

    @Inject
    public BankView(QuestionBankFacade questions, QuestionMedia media, StandardFacade standards,
            CompetencySettings settings) {
        this.questions = questions;
        this.media = media;
        this.scale = BankScale.of(standards, settings.standardCode());
        setSizeFull();

        filters();
        Button add = new Button(getTranslation("admin.bank.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("bank-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(!scale.isEmpty());
        anchor(exportGift, "bank-export-gift", "admin.bank.exportGift");
        anchor(exportQti, "bank-export-qti", "admin.bank.exportQti");
        total.setId("bank-total");
        HorizontalLayout toolbar = new HorizontalLayout(search, competency, level, status, type, total, add,
                exportGift, exportQti);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassNames(LumoUtility.FlexWrap.WRAP);
        toolbar.setWidthFull();

        Paragraph noStandard = new Paragraph(getTranslation("admin.noStandard"));
        noStandard.setId("bank-no-standard");
        noStandard.addClassNames(LumoUtility.TextColor.ERROR);
        noStandard.setVisible(scale.isEmpty());

        columns();
        grid.setItems(q -> questions.list(filter(), new Page(q.getOffset(), q.getLimit())).stream(),
                q -> (int) questions.count(filter()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });

        BankImport importPanel = new BankImport(scale, new BankImport.Importer() {
            @Override
            public ImportSummary importFile(Upload file, ImportOptions options) {
                return questions.importFile(file, null, null, options);
            }

            @Override
            public byte[] report(ImportSummary summary) {
                return questions.refusedReport(summary, BankView.this::getTranslation);
            }
        }, this::imported);
        add(noStandard, toolbar, grid, importPanel);
        expand(grid);
        filterChanged();
    }

    private void filters() {
        search.setId("bank-search");
        search.setPlaceholder(getTranslation("admin.bank.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16em");
        competency.setId("bank-filter-competency");
        competency.setPlaceholder(getTranslation("admin.bank.competency"));
        competency.setWidth("20em");
        scale.competencyPicker(competency);
        level.setId("bank-filter-level");
        level.setPlaceholder(getTranslation("admin.bank.level"));
        level.setWidth("10em");
        scale.levelPicker(level);
        status.setId("bank-filter-status");
        status.setPlaceholder(getTranslation("admin.bank.status"));
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> BankLabels.of(this, s));
        status.setWidth("12em");
        type.setId("bank-filter-type");
        type.setPlaceholder(getTranslation("admin.bank.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> BankLabels.of(this, t));
        type.setWidth("14em");
        search.addValueChangeListener(e -> filterChanged());
        for (ComboBox<?> box : new ComboBox<?>[] {competency, level, status, type}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> filterChanged());
        }
    }

    private void columns() {
        grid.setId("bank-grid");
        grid.setMinHeight("24em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(QuestionRow::code).setHeader(getTranslation("admin.bank.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuestionRow::competencyCode).setHeader(getTranslation("admin.bank.competency"))
                .setTooltipGenerator(r -> scale.competency(r.competencyCode())).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionRow::level).setHeader(getTranslation("admin.bank.levelShort"))
                .setTooltipGenerator(r -> scale.level(r.level())).setTextAlign(ColumnTextAlign.CENTER)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> BankLabels.of(this, r.difficulty())).setHeader(getTranslation("admin.bank.difficulty"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> BankLabels.of(this, r.type())).setHeader(getTranslation("admin.bank.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> BankLabels.badge(BankLabels.of(this, r.status()),
                BankEditor.statusTheme(r.status())))).setHeader(getTranslation("admin.bank.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionRow::stem).setHeader(getTranslation("admin.bank.stem")).setFlexGrow(1)
                .setTooltipGenerator(QuestionRow::stem);
        grid.addColumn(QuestionRow::revision).setHeader(getTranslation("admin.bank.revisionShort"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private QuestionFilter filter() {
        return new QuestionFilter(search.getValue(), competency.getValue(), level.getValue(), status.getValue(),
                type.getValue());
    }

    private void filterChanged() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("common.total", questions.count(filter())));
        // the exports run in the download request, outside the UI lock: they get this filter, not the fields
        QuestionFilter export = new QuestionFilter(null, competency.getValue(), null, status.getValue(), null);
        String suffix = competency.getValue() == null ? "" : "-" + competency.getValue();
        exportGift.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = questions.exportGift(export).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "question-bank" + suffix + ".gift.txt",
                    "text/plain;charset=UTF-8", bytes.length);
        }));
        exportQti.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = questions.exportQti(export);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "question-bank" + suffix + "-qti.zip",
                    ZIP_TYPE, bytes.length);
        }));
    }

    private void anchor(Anchor a, String id, String key) {
        a.setId(id);
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation(key)));
        a.getElement().setAttribute("download", true);
        a.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Horizontal.SMALL);
    }

    /** Opens the editor on a stored question, or on a new one for {@code null}. */
    private void open(Long id) {
        QuestionDetail detail = null;
        if (id != null) {
            try {
                detail = questions.detail(id);
            } catch (BusinessException e) {
                Messages.error(Messages.of(this, e));
                grid.asSingleSelect().clear();
                return;
            }
        }
        BankEditor editor = new BankEditor(scale, new BankEditor.Images() {
            @Override
            public FileContent read(String sha256) {
                return media.forEditor(sha256);
            }

            @Override
            public MediaFile upload(InputStream in, String name) {
                return media.upload(in, name);
            }
        });
        editor.edit(detail);
        editor.addSaveListener(e -> save(editor, e.data()));
        editor.addStatusListener(e -> setStatus(editor, e.status()));
        editor.addReloadListener(e -> reload(editor));
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.asSingleSelect().clear();
            }
        });
        editor.open();
        if (detail == null) {
            editor.code.focus();
        } else {
            editor.stem.focus();
        }
    }

    private void save(BankEditor editor, QuestionData data) {
        QuestionDetail current = editor.detail();
        try {
            QuestionDetail saved = current == null ? questions.create(data)
                    : questions.update(current.id(), current.version(), data);
            editor.edit(saved);
            Messages.success(getTranslation("admin.bank.saved", saved.code(), saved.revision()));
            refresh();
        } catch (BusinessException | ConstraintViolationException e) {
            failed(editor, e);
        }
    }

    private void setStatus(BankEditor editor, QuestionStatus target) {
        QuestionDetail current = editor.detail();
        try {
            QuestionDetail changed = questions.setStatus(current.id(), current.version(), target);
            editor.edit(changed);
            Messages.success(getTranslation("admin.bank.statusChanged", changed.code(),
                    BankLabels.of(this, changed.status())));
            refresh();
        } catch (BusinessException | ConstraintViolationException e) {
            failed(editor, e);
        }
    }

    private void reload(BankEditor editor) {
        try {
            editor.edit(questions.detail(editor.detail().id()));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    /** Shows why the bank refused: a conflict keeps the form, field errors go to the fields. */
    private void failed(BankEditor editor, RuntimeException e) {
        if (e instanceof ConcurrentModificationException) {
            editor.showConflict();
            Messages.error(getTranslation("admin.bank.conflict"));
        } else if (e instanceof InvalidInputException invalid) {
            editor.showErrors(Messages.fields(this, invalid));
            Messages.error(getTranslation("admin.checkFields"));
        } else if (e instanceof ConstraintViolationException violations) {
            editor.showErrors(violations.getConstraintViolations().stream()
                    .map(v -> new InvalidInputException.FieldError(lastNode(v.getPropertyPath().toString()),
                            v.getMessage())).toList());
            Messages.error(getTranslation("admin.checkFields"));
        } else {
            Messages.error(Messages.of(this, (BusinessException) e));
        }
    }

    static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** After an import stored questions: the grid shows them. */
    private void imported() {
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("common.total", questions.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.bank.title");
    }
}
