package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.learning.boundary.CatalogueFacade;
import org.munacademy.learning.boundary.CourseFacade;
import org.munacademy.learning.boundary.ProgrammeFacade;
import org.munacademy.learning.boundary.ScormFacade;
import org.munacademy.learning.entity.ScormPackageRow;
import org.munacademy.learning.boundary.ProviderFacade;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.ModuleData;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The programme editor for methodologists and administrators: the programme's terms (a new programme without a code
 * in the address), then its course — modules and lessons — and its life cycle (publish, archive). Every change sends
 * the version this page read; when somebody else changed the programme meanwhile the change is refused and the page
 * says so and offers to load the current state, instead of overwriting their work.
 */
@Route(value = "learning/editor/:code?", layout = MainLayout.class)
@RolesAllowed({"METHODOLOGIST", "ADMIN"})
@Menu(order = 25, title = "learning.editor.menu", icon = "vaadin:notebook")
public class ProgrammeEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver,
        OutlineEditor.Actions {

    private final ProgrammeFacade programmes;
    private final CourseFacade courses;
    private final TestFacade tests;
    private final ProgrammeForm form;
    private final OutlineEditor outline = new OutlineEditor(this);
    private final H2 heading = new H2();
    private final Div state = new Div();
    private final Div actions = new Div();
    private final H3 outlineHeading = new H3();
    private ProgrammeDetail detail;
    private final ScormFacade scorm;

    @Inject
    public ProgrammeEditorView(ProgrammeFacade programmes, CourseFacade courses, ProviderFacade providers,
            CatalogueFacade catalogue, StandardFacade standards, CompetencySettings settings,
            OrganisationFacade organisation, TestFacade tests, ScormFacade scorm) {
        this.programmes = programmes;
        this.scorm = scorm;
        this.courses = courses;
        this.tests = tests;
        setMaxWidth("72em");
        Map<String, String> groups = new LinkedHashMap<>();
        organisation.positionGroups().forEach(g -> groups.put(g.code(), g.nameRu()));
        Map<String, String> published = new LinkedHashMap<>();
        catalogue.search(ProgrammeFilter.all(), new Page(0, Page.MAX_LIMIT)).items()
                .forEach(r -> published.put(r.code(), r.title()));
        form = new ProgrammeForm(new ProgrammeForm.Choices(standards.publishedFramework(settings.standardCode())
                .orElse(null), providers.list(), groups, published));
        form.addSaveListener(e -> save(e.data()));
        heading.setId("editor-title");
        heading.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        state.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        outlineHeading.setText(getTranslation("learning.programme.outline"));
        add(new Div(heading), state, form, outlineHeading, outline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse(null);
        if (code == null) {
            detail = null;
            ProgrammeData fresh = new ProgrammeData();
            fresh.setKind(ProgrammeKind.QUALIFICATION_UPGRADE);
            fresh.setFormat(StudyFormat.MIXED);
            fresh.setHours(ProgrammeKind.QUALIFICATION_UPGRADE.minimumHours());
            form.edit(fresh, true, false);
            showState();
            return;
        }
        try {
            load(code);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            event.forwardTo(ProgrammeCatalogueView.class);
        }
    }

    private void load(String code) {
        detail = programmes.detail(code);
        form.edit(programmes.data(code), false, detail.status() != ProgrammeStatus.DRAFT);
        showState();
    }

    private void showState() {
        heading.setText(detail == null ? getTranslation("learning.editor.new") : detail.title());
        state.removeAll();
        actions.removeAll();
        outlineHeading.setVisible(detail != null);
        outline.setVisible(detail != null);
        form.setEnabled(detail == null || detail.status() != ProgrammeStatus.ARCHIVED);
        if (detail == null) {
            return;
        }
        RouterLink page = new RouterLink(getTranslation("learning.editor.openPage"), ProgrammeView.class,
                new RouteParameters("code", detail.code()));
        page.setId("editor-open-page");
        state.add(LearningLabels.statusBadge(this, detail.status()), page, actions);
        if (detail.status() == ProgrammeStatus.DRAFT) {
            Button publish = new Button(getTranslation("learning.editor.publish"), VaadinIcon.CHECK_CIRCLE.create(),
                    e -> Confirmations.affirm("editor-publish-confirm", getTranslation("learning.editor.publish"),
                            getTranslation("learning.editor.publishText"), getTranslation("learning.editor.publish"),
                            getTranslation("common.cancel"), () -> change(() -> programmes.publish(detail.code(),
                                    detail.version()))));
            publish.setId("editor-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (detail.status() == ProgrammeStatus.PUBLISHED) {
            Button archive = new Button(getTranslation("learning.editor.archive"), VaadinIcon.ARCHIVE.create(),
                    e -> Confirmations.danger("editor-archive-confirm", getTranslation("learning.editor.archive"),
                            getTranslation("learning.editor.archiveText"), getTranslation("learning.editor.archive"),
                            getTranslation("common.cancel"), () -> change(() -> programmes.archive(detail.code(),
                                    detail.version()))));
            archive.setId("editor-archive");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        outline.show(detail);
    }

    private void save(ProgrammeData data) {
        try {
            if (detail == null) {
                ProgrammeDetail created = programmes.create(data);
                Messages.success(getTranslation("learning.editor.created", created.code()));
                getUI().ifPresent(ui -> ui.navigate(ProgrammeEditorView.class,
                        new RouteParameters("code", created.code())));
            } else {
                detail = programmes.update(detail.code(), detail.version(), data);
                form.edit(programmes.data(detail.code()), false, detail.status() != ProgrammeStatus.DRAFT);
                showState();
                Messages.success(getTranslation("learning.editor.saved"));
            }
        } catch (RuntimeException e) {
            failed(e, form::showErrors);
        }
    }

    /** Runs a change of the programme with the version read and shows the programme it answers. */
    private boolean change(Supplier<ProgrammeDetail> action) {
        try {
            detail = action.get();
            if (detail.status() != ProgrammeStatus.DRAFT) {
                form.edit(programmes.data(detail.code()), false, true);
            }
            showState();
            return true;
        } catch (RuntimeException e) {
            failed(e, form::showErrors);
            return false;
        }
    }

    private void failed(RuntimeException e, java.util.function.Consumer<List<FieldError>> showErrors) {
        if (e instanceof ConcurrentModificationException conflict) {
            Confirmations.affirm("editor-conflict", getTranslation("learning.editor.conflictTitle"),
                    Messages.of(this, conflict) + " " + getTranslation("learning.editor.conflictText"),
                    getTranslation("learning.editor.reload"), getTranslation("common.cancel"),
                    () -> load(detail.code()));
        } else if (e instanceof InvalidInputException invalid) {
            showErrors.accept(Messages.fields(this, invalid));
            Messages.error(Messages.of(this, invalid));
        } else if (e instanceof ConstraintViolationException violations) {
            showErrors.accept(violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
            Messages.error(getTranslation("learning.editor.checkFields"));
        } else if (e instanceof BusinessException business) {
            Messages.error(Messages.of(this, business));
        } else {
            throw e;
        }
    }

    // ---- the outline ----

    @Override
    public void addModule(String title) {
        change(() -> courses.addModule(detail.code(), detail.version(), new ModuleData(title)));
    }

    @Override
    public void renameModule(long moduleId, String title) {
        if (change(() -> courses.renameModule(detail.code(), detail.version(), moduleId, new ModuleData(title)))) {
            Messages.success(getTranslation("learning.editor.saved"));
        }
    }

    @Override
    public void removeModule(long moduleId) {
        Confirmations.danger("editor-remove-module", getTranslation("learning.editor.removeModule"),
                getTranslation("learning.editor.removeModuleText"), getTranslation("learning.editor.remove"),
                getTranslation("common.cancel"),
                () -> change(() -> courses.removeModule(detail.code(), detail.version(), moduleId)));
    }

    @Override
    public void moveModule(long moduleId, int delta) {
        change(() -> courses.moveModule(detail.code(), detail.version(), moduleId, delta));
    }

    @Override
    public void addLesson(long moduleId) {
        LessonData fresh = new LessonData();
        fresh.setKind(LessonKind.TEXT);
        fresh.setMandatory(true);
        openLesson(fresh, true, (data, dialog) -> saveLesson(dialog,
                () -> courses.addLesson(detail.code(), detail.version(), moduleId, data)));
    }

    @Override
    public void editLesson(long lessonId) {
        try {
            LessonData data = courses.lessonData(detail.code(), lessonId);
            LessonDialog dialog = openLesson(data, false, (d, dlg) -> saveLesson(dlg,
                    () -> courses.updateLesson(detail.code(), detail.version(), lessonId, d)));
            if (data.getKind() == LessonKind.SCORM && detail.status() == ProgrammeStatus.DRAFT) {
                dialog.offerScorm(new ScormUploadField(null, upload -> {
                    ScormPackageRow row = scorm.upload(upload);
                    detail = scorm.attach(detail.code(), detail.version(), lessonId, row.id());
                    showState();
                    return row;
                }));
            }
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private LessonDialog openLesson(LessonData data, boolean isNew, LessonDialog.SaveHandler onSave) {
        List<TestRow> available = tests.list();
        LessonDialog dialog = new LessonDialog(data, isNew, detail.status() != ProgrammeStatus.DRAFT, available,
                courses::upload, onSave);
        dialog.open();
        return dialog;
    }

    private boolean saveLesson(LessonDialog dialog, Supplier<ProgrammeDetail> action) {
        try {
            detail = action.get();
            showState();
            Messages.success(getTranslation("learning.editor.saved"));
            return true;
        } catch (ConcurrentModificationException e) {
            dialog.close();
            failed(e, errors -> { });
            return false;
        } catch (RuntimeException e) {
            if (e instanceof BusinessException b && !(e instanceof InvalidInputException)) {
                dialog.showProblem(Messages.of(this, b));
                return false;
            }
            failed(e, dialog::showErrors);
            return false;
        }
    }

    @Override
    public void removeLesson(long lessonId) {
        Confirmations.danger("editor-remove-lesson", getTranslation("learning.editor.removeLesson"),
                getTranslation("learning.editor.removeLessonText"), getTranslation("learning.editor.remove"),
                getTranslation("common.cancel"),
                () -> change(() -> courses.removeLesson(detail.code(), detail.version(), lessonId)));
    }

    @Override
    public void moveLesson(long lessonId, int delta) {
        change(() -> courses.moveLesson(detail.code(), detail.version(), lessonId, delta));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.editor.title");
    }
}
