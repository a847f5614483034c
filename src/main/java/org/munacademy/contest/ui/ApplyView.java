package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.munacademy.contest.boundary.ApplicationFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.ApplicationData;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * «Заявка на конкурс» ({@code contest/apply}): the candidate chooses a nomination of a season whose application window
 * is open ({@code #apply-nomination}), reads who may apply ({@code #apply-rules}), fills the questionnaire generated
 * from the nomination's fields ({@code #apply-field-<code>}: text, long text with a counter, number, date, choice; a
 * file field says that files come later), names the team for a team nomination ({@code #apply-team-name},
 * {@code #apply-members}), consents ({@code #apply-consent}, the text in {@code #apply-consent-text}) and submits
 * ({@code #apply-submit}). The result ({@code #apply-result}) says whether the application is admitted or, for an
 * ineligible one, why, one reason a line ({@code #apply-result-reasons}). Refusals are listed in {@code #apply-errors}.
 */
@Route(value = "contest/apply", layout = MainLayout.class)
@PermitAll
@Menu(order = 19.8, title = "contest.apply.menu", icon = "vaadin:trophy")
public class ApplyView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A nomination offered for applying, with its season. */
    record Choice(SeasonRow season, NominationRow nomination) {
    }

    private final ApplicationFacade applications;
    private final Select<Choice> nomination = new Select<>();
    private final Div form = new Div();
    private final Div result = new Div();
    private final ErrorList errors = new ErrorList("apply-errors");
    private final Map<String, Supplier<String>> answers = new LinkedHashMap<>();
    private TextField teamName;
    private TextField members;
    private Checkbox consent;

    @Inject
    public ApplyView(SeasonFacade seasons, ApplicationFacade applications, Clock clock) {
        this.applications = applications;
        setId("apply");
        setMaxWidth("60em");
        add(new H2(getTranslation("contest.apply.title")));
        LocalDate today = LocalDate.now(clock);
        List<Choice> open = new ArrayList<>();
        for (SeasonRow s : seasons.seasons()) {
            if (s.status() == SeasonStatus.OPEN && !today.isBefore(s.applicationsFrom())
                    && !today.isAfter(s.applicationsUntil())) {
                s.nominations().forEach(n -> open.add(new Choice(s, n)));
            }
        }
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest.apply.noneOpen"));
            none.setId("apply-none");
            add(none);
            return;
        }
        nomination.setId("apply-nomination");
        nomination.setLabel(getTranslation("contest.apply.nomination"));
        nomination.setItems(open);
        nomination.setItemLabelGenerator(c -> getTranslation("contest.apply.choice", c.season().title(),
                c.nomination().title()));
        nomination.setWidthFull();
        nomination.addValueChangeListener(e -> show(e.getValue()));
        form.setId("apply-form");
        form.setWidthFull();
        result.setId("apply-result");
        result.setWidthFull();
        add(nomination, form, errors, result);
        if (open.size() == 1) {
            nomination.setValue(open.get(0));
        }
    }

    private void show(Choice choice) {
        form.removeAll();
        answers.clear();
        errors.clear();
        teamName = null;
        members = null;
        if (choice == null) {
            return;
        }
        NominationRow n = choice.nomination();
        Span window = new Span(getTranslation("contest.apply.window", DATE.format(choice.season().applicationsFrom()),
                DATE.format(choice.season().applicationsUntil())));
        window.addClassNames(LumoUtility.TextColor.SECONDARY);
        UnorderedList rules = new UnorderedList();
        rules.setId("apply-rules");
        ApplyTexts.rules(n, this::getTranslation).forEach(r -> rules.add(new ListItem(r)));
        form.add(window, new H3(getTranslation("contest.apply.rules")), rules,
                new H3(getTranslation("contest.apply.questionnaire")));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        fields.setId("apply-questionnaire");
        n.questionnaire().forEach(f -> fields.add(field(f)));
        form.add(fields);
        if (n.kind() == NominationKind.TEAM) {
            teamName = new TextField(getTranslation("contest.apply.teamName"));
            teamName.setId("apply-team-name");
            teamName.setWidthFull();
            teamName.setRequiredIndicatorVisible(true);
            members = new TextField(getTranslation("contest.apply.members"));
            members.setId("apply-members");
            members.setWidthFull();
            members.setHelperText(getTranslation("contest.apply.rules.team", n.teamMin(), n.teamMax()));
            form.add(new H3(getTranslation("contest.apply.team")), teamName, members);
        }
        Paragraph consentText = new Paragraph(getTranslation("contest.apply.consentText"));
        consentText.setId("apply-consent-text");
        consentText.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        consent = new Checkbox(getTranslation("contest.apply.consent"));
        consent.setId("apply-consent");
        Button submit = new Button(getTranslation("contest.apply.submit"), e -> submit(choice));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        consent.addValueChangeListener(e -> submit.setEnabled(e.getValue()));
        form.add(consentText, consent, new Div(submit));
    }

    /** The input for one questionnaire field; its answer is read as text when the candidate submits. */
    private Component field(QuestionField f) {
        String id = "apply-field-" + f.code();
        switch (f.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(f.label());
                area.setWidthFull();
                area.setMinHeight("8em");
                if (f.maxLength() != null) {
                    area.setMaxLength(f.maxLength());
                }
                area.setValueChangeMode(ValueChangeMode.LAZY);
                Runnable counter = () -> area.setHelperText(f.maxLength() == null ? null : getTranslation(
                        "contest.apply.counter", area.getValue().length(), f.maxLength()));
                counter.run();
                area.addValueChangeListener(e -> counter.run());
                return answer(f, id, area, area::getValue);
            }
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField(f.label());
                number.setWidthFull();
                number.setMaxWidth("30em");
                if (f.min() != null || f.max() != null) {
                    number.setHelperText((f.min() == null ? "…" : f.min().toPlainString()) + " – "
                            + (f.max() == null ? "…" : f.max().toPlainString()));
                }
                return answer(f, id, number, () -> number.getValue() == null ? ""
                        : plain(number.getValue()));
            }
            case DATE -> {
                DatePicker date = new DatePicker(f.label());
                return answer(f, id, date, () -> date.getValue() == null ? "" : date.getValue().toString());
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(f.label());
                choice.setItems(f.choices());
                choice.setWidthFull();
                return answer(f, id, choice, () -> choice.getValue() == null ? "" : choice.getValue());
            }
            case FILE -> {
                Paragraph note = new Paragraph(f.label() + ": " + getTranslation("contest.apply.file"));
                note.setId(id);
                note.addClassNames(LumoUtility.TextColor.SECONDARY);
                return note;
            }
            default -> {
                TextField text = new TextField(f.label());
                text.setWidthFull();
                if (f.maxLength() != null) {
                    text.setMaxLength(f.maxLength());
                }
                return answer(f, id, text, text::getValue);
            }
        }
    }

    private Component answer(QuestionField f, String id, Component input, Supplier<String> value) {
        input.setId(id);
        if (input instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
            v.setRequiredIndicatorVisible(f.required());
        }
        answers.put(f.code(), value);
        return input;
    }

    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private void submit(Choice choice) {
        errors.clear();
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            String v = value.get();
            if (v != null && !v.isBlank()) {
                given.put(code, v.strip());
            }
        });
        ApplicationData data = new ApplicationData(choice.season().code(), choice.nomination().code(), given,
                consent.getValue(), teamName == null ? null : teamName.getValue(),
                members == null ? null : ApplyTexts.members(members.getValue()));
        try {
            ApplicationDetail done = applications.apply(data);
            Messages.success(getTranslation("contest.apply.submitted", done.row().number()));
            form.removeAll();
            nomination.setEnabled(false);
            showResult(done.row());
        } catch (InvalidInputException e) {
            errors.showFields(Messages.fields(this, e));
            Messages.error(Messages.of(this, e));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void showResult(ApplicationRow row) {
        result.removeAll();
        H3 heading = new H3(getTranslation("contest.apply.result", row.number(),
                getTranslation("contest.mine.status." + row.status().name())));
        heading.setId("apply-result-status");
        result.add(heading);
        if (row.status() == ApplicationStatus.INELIGIBLE) {
            result.add(new Paragraph(getTranslation("contest.apply.result.ineligible")));
            UnorderedList reasons = new UnorderedList();
            reasons.setId("apply-result-reasons");
            row.eligibility().forEach(l -> reasons.add(new ListItem(ApplyTexts.reason(l, this::getTranslation))));
            result.add(reasons);
        } else {
            result.add(new Paragraph(getTranslation("contest.apply.result.active")));
        }
        RouterLink mine = new RouterLink(getTranslation("contest.apply.toMine"), MyApplicationsView.class);
        mine.setId("apply-to-mine");
        result.add(mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.apply.title");
    }
}
