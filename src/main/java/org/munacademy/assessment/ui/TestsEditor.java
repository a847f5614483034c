package org.munacademy.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.ReviewPolicy;
import org.munacademy.assessment.entity.Shortfall;
import org.munacademy.assessment.entity.TestDetail;
import org.munacademy.assessment.entity.TestSettings;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.Messages;

/**
 * Creates or edits a test for methodologists: title, description, position group, time limit, window, attempts,
 * shuffling, paging, review policy, self-assessment, blueprint, cut scores and accommodations. Shows what keeps
 * the test from being published (rules the bank cannot serve). Fires save, publish and archive events; the view
 * calls the facade and hands the stored test back through {@link #edit}.
 */
class TestsEditor extends Dialog {

    final TextField code = new TextField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<String> positionGroup = new ComboBox<>();
    final IntegerField timeLimit = new IntegerField();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final IntegerField attempts = new IntegerField();
    final Checkbox shuffleQuestions = new Checkbox();
    final Checkbox shuffleOptions = new Checkbox();
    final Checkbox onePerPage = new Checkbox();
    final Checkbox openForSelf = new Checkbox();
    final Checkbox blindGrading = new Checkbox();
    final Select<ReviewPolicy> review = new Select<>();
    final Button save = new Button();
    final Button publish = new Button();
    final Button archive = new Button();
    private final TestsRulesEditor rules;
    private final TestsCutsEditor cuts;
    private final TestsAccommodationsEditor accommodations;
    private final VerticalLayout shortfalls = new VerticalLayout();
    private final Span state = new Span();
    private final Paragraph problems = new Paragraph();
    private TestDetail detail;
    private int storedSeconds;
    private boolean dirty;
    private boolean loading = true;

    /** {@code groups}: position group code → name; {@code persons} null when the user may not list people. */
    TestsEditor(BankScale scale, Map<String, String> groups, PersonFacade persons) {
        setId("tests-editor");
        setWidth("min(95vw, 64em)");
        setDraggable(true);
        setResizable(true);
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(e -> requestClose());

        fields(groups);
        rules = new TestsRulesEditor(scale, this::changed);
        cuts = new TestsCutsEditor(scale, this::changed);
        accommodations = new TestsAccommodationsEditor(persons, this::changed);

        shortfalls.setId("tests-shortfalls");
        shortfalls.setSpacing(false);
        shortfalls.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.BorderRadius.MEDIUM);
        state.setId("tests-state");
        problems.setId("tests-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        problems.getStyle().set("white-space", "pre-line");

        FormLayout general = new FormLayout(code, positionGroup, title, description, timeLimit, attempts, opensAt,
                closesAt, review, openForSelf, blindGrading, shuffleQuestions, shuffleOptions, onePerPage);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        general.setColspan(title, 2);
        general.setColspan(description, 2);
        add(new VerticalLayout(state, shortfalls, problems, general,
                section("admin.tests.section.rules", "admin.tests.rules.help"), rules,
                section("admin.tests.section.cuts", "admin.tests.cuts.help"), cuts,
                section("admin.tests.section.accommodations", "admin.tests.accommodations.help"), accommodations));
        footer();
        edit(null);
    }

    private void fields(Map<String, String> groups) {
        code.setId("tests-code");
        code.setLabel(getTranslation("admin.tests.code"));
        code.setHelperText(getTranslation("admin.tests.code.help"));
        code.setMaxLength(60);
        title.setId("tests-title");
        title.setLabel(getTranslation("admin.tests.title"));
        title.setMaxLength(300);
        description.setId("tests-description");
        description.setLabel(getTranslation("admin.tests.description"));
        description.setMaxLength(2000);
        positionGroup.setId("tests-position-group");
        positionGroup.setLabel(getTranslation("admin.tests.positionGroup"));
        positionGroup.setHelperText(getTranslation("admin.tests.positionGroup.help"));
        positionGroup.setItems(groups.keySet());
        positionGroup.setItemLabelGenerator(c -> c + " — " + groups.getOrDefault(c, ""));
        positionGroup.setClearButtonVisible(true);
        timeLimit.setId("tests-time-limit");
        timeLimit.setLabel(getTranslation("admin.tests.timeLimit"));
        timeLimit.setSuffixComponent(new Span(getTranslation("admin.tests.minutesSuffix")));
        timeLimit.setMin(1);
        timeLimit.setMax(360);
        timeLimit.setStepButtonsVisible(true);
        opensAt.setId("tests-opens");
        opensAt.setLabel(getTranslation("admin.tests.opensAt"));
        opensAt.setHelperText(getTranslation("admin.tests.moscowTime"));
        closesAt.setId("tests-closes");
        closesAt.setLabel(getTranslation("admin.tests.closesAt"));
        closesAt.setHelperText(getTranslation("admin.tests.moscowTime"));
        attempts.setId("tests-attempts");
        attempts.setLabel(getTranslation("admin.tests.attempts"));
        attempts.setMin(1);
        attempts.setMax(20);
        attempts.setStepButtonsVisible(true);
        review.setId("tests-review");
        review.setLabel(getTranslation("admin.tests.review"));
        review.setItems(ReviewPolicy.values());
        review.setItemLabelGenerator(r -> BankLabels.of(this, r));
        checkbox(shuffleQuestions, "tests-shuffle-questions", "admin.tests.shuffleQuestions");
        checkbox(shuffleOptions, "tests-shuffle-options", "admin.tests.shuffleOptions");
        checkbox(onePerPage, "tests-one-per-page", "admin.tests.onePerPage");
        checkbox(openForSelf, "tests-open-for-self", "admin.tests.openForSelf");
        checkbox(blindGrading, "tests-blind-grading", "admin.test.blindGrading");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        code.addValueChangeListener(e -> changed());
        title.addValueChangeListener(e -> changed());
        description.addValueChangeListener(e -> changed());
        positionGroup.addValueChangeListener(e -> changed());
        timeLimit.addValueChangeListener(e -> changed());
        opensAt.addValueChangeListener(e -> changed());
        closesAt.addValueChangeListener(e -> changed());
        attempts.addValueChangeListener(e -> changed());
        review.addValueChangeListener(e -> changed());
    }

    private void checkbox(Checkbox box, String id, String key) {
        box.setId(id);
        box.setLabel(getTranslation(key));
        box.addValueChangeListener(e -> changed());
    }

    private VerticalLayout section(String headingKey, String helpKey) {
        H4 heading = new H4(getTranslation(headingKey));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        VerticalLayout section = new VerticalLayout(heading, help);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void footer() {
        publish.setText(getTranslation("admin.tests.publish"));
        publish.setId("tests-publish");
        publish.setIcon(VaadinIcon.CHECK.create());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> {
            if (dirty) {
                Messages.error(getTranslation("admin.tests.saveFirst"));
            } else {
                fireEvent(new PublishEvent(this));
            }
        });
        archive.setText(getTranslation("admin.tests.archive"));
        archive.setId("tests-archive");
        archive.setIcon(VaadinIcon.ARCHIVE.create());
        archive.addClickListener(e -> confirmArchive());
        Button close = new Button(getTranslation("common.close"), e -> requestClose());
        close.setId("tests-close");
        save.setText(getTranslation("common.save"));
        save.setId("tests-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        Div spacer = new Div();
        spacer.getStyle().set("flex-grow", "1");
        getFooter().add(publish, archive, spacer, close, save);
    }

    /** Shows a stored test (or a new one for {@code null}); the form is clean afterwards. */
    void edit(TestDetail test) {
        loading = true;
        detail = test;
        clearErrors();
        TestSettings s = test == null ? new TestSettings() : test.settings();
        setHeaderTitle(test == null ? getTranslation("admin.tests.new")
                : getTranslation("admin.tests.edit", test.code()));
        code.setValue(test == null ? "" : test.code());
        code.setReadOnly(test != null);
        title.setValue(s.getTitle() == null ? "" : s.getTitle());
        description.setValue(s.getDescription() == null ? "" : s.getDescription());
        positionGroup.setValue(s.getPositionGroupCode());
        storedSeconds = s.getTimeLimitSeconds();
        timeLimit.setValue(minutes(storedSeconds));
        opensAt.setValue(local(s.getOpensAt()));
        closesAt.setValue(local(s.getClosesAt()));
        attempts.setValue(s.getAttemptsAllowed());
        shuffleQuestions.setValue(s.isShuffleQuestions());
        shuffleOptions.setValue(s.isShuffleOptions());
        onePerPage.setValue(s.isOnePerPage());
        openForSelf.setValue(s.isOpenForSelf());
        blindGrading.setValue(s.isBlindGrading());
        review.setValue(s.getReview());
        rules.load(s.getRules());
        cuts.load(s.getCuts());
        accommodations.load(s.getAccommodations(),
                detail == null || detail.accommodatedPersons() == null ? Map.of() : detail.accommodatedPersons());
        showState();
        loading = false;
        dirty = false;
    }

    private void showState() {
        state.removeAll();
        TestStatus status = detail == null ? TestStatus.DRAFT : detail.status();
        state.add(BankLabels.badge(BankLabels.of(this, status), TestsView.statusTheme(status)));
        if (detail != null) {
            state.add(new Span(" " + getTranslation("admin.tests.attemptsMade", detail.attempts())));
        }
        publish.setVisible(detail != null && status == TestStatus.DRAFT);
        archive.setVisible(detail != null && status == TestStatus.PUBLISHED);
        List<Shortfall> missing = detail == null ? List.of() : detail.shortfalls();
        shortfalls.removeAll();
        if (!missing.isEmpty()) {
            Span heading = new Span(getTranslation(status == TestStatus.PUBLISHED ? "admin.tests.shortfalls.published"
                    : "admin.tests.shortfalls"));
            heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            shortfalls.add(heading);
            missing.forEach(m -> shortfalls.add(new Span("• " + m.violation().render(this::getTranslation)
                    .message())));
        }
        shortfalls.setVisible(!missing.isEmpty());
        publish.setEnabled(missing.isEmpty());
        publish.setTooltipText(missing.isEmpty() ? null : getTranslation("admin.tests.shortfalls"));
    }

    TestDetail detail() {
        return detail;
    }

    private void changed() {
        if (!loading) {
            dirty = true;
        }
    }

    private void validateAndSave() {
        clearErrors();
        List<FieldError> missing = new ArrayList<>();
        if (code.getValue().isBlank()) {
            missing.add(new FieldError("code", getTranslation("admin.bank.required")));
        }
        if (title.getValue().isBlank()) {
            missing.add(new FieldError("title", getTranslation("admin.bank.required")));
        }
        if (timeLimit.getValue() == null || timeLimit.isInvalid()) {
            missing.add(new FieldError("timeLimitSeconds", getTranslation("admin.tests.timeLimit.range")));
        }
        if (attempts.getValue() == null || attempts.isInvalid()) {
            missing.add(new FieldError("attemptsAllowed", getTranslation("admin.tests.attempts.range")));
        }
        if (!missing.isEmpty()) {
            showErrors(missing);
            return;
        }
        fireEvent(new SaveEvent(this, code.getValue().strip(), settings()));
    }

    private TestSettings settings() {
        TestSettings s = new TestSettings();
        s.setTitle(title.getValue().strip());
        s.setDescription(description.getValue().isBlank() ? null : description.getValue().strip());
        s.setPositionGroupCode(positionGroup.getValue());
        int minutes = timeLimit.getValue();
        s.setTimeLimitSeconds(minutes == minutes(storedSeconds) ? storedSeconds : minutes * 60);
        s.setOpensAt(instant(opensAt.getValue()));
        s.setClosesAt(instant(closesAt.getValue()));
        s.setAttemptsAllowed(attempts.getValue());
        s.setShuffleQuestions(shuffleQuestions.getValue());
        s.setShuffleOptions(shuffleOptions.getValue());
        s.setOnePerPage(onePerPage.getValue());
        s.setOpenForSelf(openForSelf.getValue());
        s.setBlindGrading(blindGrading.getValue());
        s.setReview(review.getValue());
        s.setRules(rules.value());
        s.setCuts(cuts.value());
        s.setAccommodations(accommodations.value());
        return s;
    }

    /** Whole minutes as shown; a limit stored in seconds that are no whole minute is kept while unchanged. */
    private static int minutes(int seconds) {
        return Math.max(1, (int) Math.round(seconds / 60.0));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BankLabels.MOSCOW);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(BankLabels.MOSCOW).toInstant();
    }

    /** Marks the refused fields; blueprint, cut and other problems are listed above the form. */
    void showErrors(List<FieldError> errors) {
        List<String> other = new ArrayList<>();
        for (FieldError e : errors) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "code" -> code;
                case "title" -> title;
                case "description" -> description;
                case "timeLimitSeconds" -> timeLimit;
                case "attemptsAllowed" -> attempts;
                case "opensAt" -> opensAt;
                case "closesAt" -> closesAt;
                case "review" -> review;
                default -> null;
            };
            if (field == null) {
                other.add(e.message());
            } else {
                field.setErrorMessage(e.message());
                field.setInvalid(true);
            }
        }
        problems.setText(String.join("\n", other));
        problems.setVisible(!other.isEmpty());
    }

    /** Somebody saved the test meanwhile: the form stays as typed. */
    void showConflict() {
        problems.setText(getTranslation("admin.tests.conflict"));
        problems.setVisible(true);
    }

    private void clearErrors() {
        code.setInvalid(false);
        title.setInvalid(false);
        description.setInvalid(false);
        timeLimit.setInvalid(false);
        attempts.setInvalid(false);
        opensAt.setInvalid(false);
        closesAt.setInvalid(false);
        review.setInvalid(false);
        problems.setText("");
        problems.setVisible(false);
    }

    private void confirmArchive() {
        Confirmations.danger("tests-archive-confirm", getTranslation("admin.tests.archive.title", detail.code()),
                getTranslation("admin.tests.archive.text"), getTranslation("admin.tests.archive"),
                getTranslation("common.cancel"), () -> fireEvent(new ArchiveEvent(this)));
    }

    private void requestClose() {
        Confirmations.closeOrDiscard(this, dirty, "tests-discard", this::close);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    Registration addArchiveListener(ComponentEventListener<ArchiveEvent> listener) {
        return addListener(ArchiveEvent.class, listener);
    }

    /** Save the test: its code (used for a new test only) and settings. */
    static class SaveEvent extends ComponentEvent<TestsEditor> {
        private final String code;
        private final TestSettings settings;

        SaveEvent(TestsEditor source, String code, TestSettings settings) {
            super(source, false);
            this.code = code;
            this.settings = settings;
        }

        String code() {
            return code;
        }

        TestSettings settings() {
            return settings;
        }
    }

    /** Publish the stored test. */
    static class PublishEvent extends ComponentEvent<TestsEditor> {
        PublishEvent(TestsEditor source) {
            super(source, false);
        }
    }

    /** Archive the stored test. */
    static class ArchiveEvent extends ComponentEvent<TestsEditor> {
        ArchiveEvent(TestsEditor source) {
            super(source, false);
        }
    }
}
