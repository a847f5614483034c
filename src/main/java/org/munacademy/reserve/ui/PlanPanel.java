package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.reserve.boundary.PlanFacade;
import org.munacademy.reserve.entity.PlanError;
import org.munacademy.reserve.entity.PlanItemData;
import org.munacademy.reserve.entity.PlanItemRow;
import org.munacademy.reserve.entity.PlanItemStatus;
import org.munacademy.reserve.entity.PlanMentorData;
import org.munacademy.reserve.entity.PlanView;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.Messages;

/**
 * An entry's individual development plan, for the entry page and «Мой резерв»: each item with its kind, title,
 * competencies, due date, status, what tracking saw last and an overdue marker; «Сформировать план» for HR while the
 * entry has none; «Добавить задачу», changing an item, marking a task or mentoring done and removing an item for HR
 * and the person; the mentor's name, and for HR a combo box choosing the mentor among the persons of their scope
 * (searched by name on the server). Every edit sends the plan's version read: a concurrent change is refused and the
 * panel reloads.
 * <p>
 * Stable ids: {@code plan-panel}, {@code plan-generate}, {@code plan-summary}, {@code plan-overdue},
 * {@code plan-mentor}, {@code plan-mentor-choose},
 * {@code plan-add-task}, {@code plan-item-<seq>} with {@code -status}, {@code -overdue}, {@code -done},
 * {@code -edit}, {@code -remove}; the dialog: {@code plan-task-dialog}, {@code plan-task-title},
 * {@code plan-task-due}, {@code plan-task-save}.
 */
public class PlanPanel extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PlanFacade plans;
    private final PersonFacade persons;
    private final long entryId;
    private PlanView plan;

    /**
     * The plan of an entry (loaded here; a generate button for HR while there is none); {@code persons} finds the
     * mentor HR chooses among the persons of their scope.
     */
    public PlanPanel(PlanFacade plans, PersonFacade persons, long entryId) {
        this.plans = plans;
        this.persons = persons;
        this.entryId = entryId;
        setId("plan-panel");
        setWidthFull();
        reload();
    }

    /** A plan already read (the caller's own, on «Мой резерв»). */
    public PlanPanel(PlanFacade plans, PlanView plan) {
        this.plans = plans;
        this.persons = null;
        this.entryId = plan.entryId();
        setId("plan-panel-" + plan.entryId());
        setWidthFull();
        show(plan);
    }

    private void reload() {
        try {
            show(plans.plan(entryId));
        } catch (BusinessException e) {
            if (e.code() == PlanError.PLAN_NOT_FOUND) {
                showNone();
            } else {
                removeAll();
                add(new Paragraph(Messages.of(this, e)));
            }
        }
    }

    private void showNone() {
        removeAll();
        plan = null;
        add(new H3(getTranslation("reserve.plan.title")));
        Paragraph none = new Paragraph(getTranslation("reserve.plan.none"));
        none.setId("plan-none");
        add(none);
        if (plans.mayGenerate(entryId)) {
            Button generate = new Button(getTranslation("reserve.plan.generate"), VaadinIcon.MAGIC.create(),
                    e -> run(() -> plans.generate(entryId, null, getLocale()),
                            getTranslation("reserve.plan.generated")));
            generate.setId("plan-generate");
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(generate);
        }
    }

    private void show(PlanView view) {
        removeAll();
        plan = view;
        add(new H3(getTranslation("reserve.plan.title")));
        Span summary = new Span(getTranslation("reserve.plan.summary", view.percentDone(),
                DATE.format(view.createdOn()), DATE.format(view.dueOn())));
        summary.setId("plan-summary");
        Div head = new Div(summary);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        if (view.overdue()) {
            Span overdue = badge(getTranslation("reserve.plan.overdue", view.overdueSince() == null ? ""
                    : DATE.format(view.overdueSince())), "error");
            overdue.setId("plan-overdue");
            head.add(overdue);
        }
        add(head, mentor(view));
        if (view.items().isEmpty()) {
            add(new Paragraph(getTranslation("reserve.plan.empty")));
        }
        view.items().forEach(i -> add(item(i)));
        if (view.mayEdit()) {
            Button addTask = new Button(getTranslation("reserve.plan.addTask"), VaadinIcon.PLUS.create(),
                    e -> openDialog(null));
            addTask.setId("plan-add-task");
            add(addTask);
        }
    }

    /**
     * The mentor's name; for HR of the scope a combo box choosing another (persons of HR's scope found by name on the
     * server as they type, a page at a time) or clearing it. The person sees the name only.
     */
    private Component mentor(PlanView view) {
        Span name = new Span(getTranslation("reserve.plan.mentor") + ": " + (view.mentorName() == null
                ? getTranslation("reserve.plan.mentor.none") : view.mentorName()));
        name.setId("plan-mentor");
        Div row = new Div(name);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE,
                LumoUtility.FlexWrap.WRAP, LumoUtility.Margin.Bottom.SMALL);
        if (view.mayManage() && persons != null) {
            ComboBox<PersonRow> choose = new ComboBox<>(getTranslation("reserve.plan.mentor.choose"));
            choose.setId("plan-mentor-choose");
            choose.setPlaceholder(getTranslation("reserve.plan.mentor.placeholder"));
            choose.setClearButtonVisible(true);
            choose.setWidth("24em");
            choose.setItems(q -> persons.list(new PersonFilter(q.getFilter().orElse(""), null, null, null),
                    new Page(q.getOffset(), Math.min(q.getLimit(), Page.MAX_LIMIT))).stream());
            choose.setItemLabelGenerator(p -> p.fullName() + " — " + p.municipalityName());
            if (view.mentorPersonId() != null) { // the current mentor as the value (not from the client: no edit)
                persons.rows(List.of(view.mentorPersonId())).stream().findFirst().ifPresent(choose::setValue);
            }
            choose.addValueChangeListener(e -> {
                if (!e.isFromClient() || (e.getValue() == null && view.mentorPersonId() == null)) {
                    return;
                }
                Long chosen = e.getValue() == null ? null : e.getValue().id();
                run(() -> plans.setMentor(entryId, new PlanMentorData(chosen, plan.version())),
                        getTranslation(chosen == null ? "reserve.plan.mentor.cleared" : "reserve.plan.mentor.saved"));
            });
            row.add(choose);
        }
        return row;
    }

    private Component item(PlanItemRow i) {
        String id = "plan-item-" + i.seq();
        Div box = new Div();
        box.setId(id);
        box.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        Span kind = badge(getTranslation("reserve.plan.kind." + i.kind().name()), "contrast");
        Span title = new Span(i.title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        title.setId(id + "-title");
        Span status = badge(getTranslation("reserve.plan.status." + i.status().name()),
                i.status() == PlanItemStatus.DONE ? "success" : null);
        status.setId(id + "-status");
        Div head = new Div(kind, title, status);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        if (i.overdue()) {
            Span overdue = badge(getTranslation("reserve.plan.itemOverdue"), "error");
            overdue.setId(id + "-overdue");
            head.add(overdue);
        }
        box.add(head);
        Span due = new Span(getTranslation("reserve.plan.due", DATE.format(i.dueOn()))
                + (i.doneOn() == null ? "" : " · " + getTranslation("reserve.plan.doneOn", DATE.format(i.doneOn()))));
        due.setId(id + "-due");
        Div details = new Div(due);
        details.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        if (!i.competencyCodes().isEmpty()) {
            details.add(new Span(" · " + getTranslation("reserve.plan.competencies",
                    String.join(", ", i.competencyCodes()))));
        }
        if (i.progressNote() != null) {
            Span note = new Span(" · " + note(i.progressNote()));
            note.setId(id + "-note");
            details.add(note);
        }
        box.add(details);
        if (plan.mayEdit()) {
            Div actions = new Div();
            actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
            if (i.markable() && i.status() != PlanItemStatus.DONE) {
                Button done = new Button(getTranslation("reserve.plan.markDone"), VaadinIcon.CHECK.create(),
                        e -> run(() -> plans.markDone(entryId, i.seq(), plan.version(), true), null));
                done.setId(id + "-done");
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                actions.add(done);
            }
            Button edit = new Button(getTranslation("reserve.plan.edit"), VaadinIcon.EDIT.create(),
                    e -> openDialog(i));
            edit.setId(id + "-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("reserve.plan.remove"), VaadinIcon.TRASH.create(),
                    e -> Confirmations.danger(id + "-confirm", getTranslation("reserve.plan.remove.title"),
                            getTranslation("reserve.plan.remove.text", i.title()),
                            getTranslation("reserve.plan.remove"), getTranslation("common.cancel"),
                            () -> run(() -> plans.removeItem(entryId, i.seq(), plan.version()), null)));
            remove.setId(id + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(edit, remove);
            box.add(actions);
        }
        return box;
    }

    /** «ENROLLED:VOL-2027-01» → «записан в поток VOL-2027-01». */
    private String note(String raw) {
        String[] parts = raw.split(":", 3);
        String key = "reserve.plan.note." + parts[0];
        Object detail = parts.length > 1 ? parts[1] : "";
        Object on = parts.length > 2 ? date(parts[2]) : "";
        if (parts.length == 2 && "FINISHED".equals(parts[0])) {
            on = date(parts[1]);
        }
        return getTranslation(key, detail, on);
    }

    private static String date(String iso) {
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** The dialog adding a task (item null) or changing an item's title and due date. */
    private void openDialog(PlanItemRow item) {
        Dialog dialog = new Dialog();
        dialog.setId("plan-task-dialog");
        dialog.setHeaderTitle(getTranslation(item == null ? "reserve.plan.addTask" : "reserve.plan.edit"));
        TextField title = new TextField(getTranslation("reserve.plan.field.title"));
        title.setId("plan-task-title");
        title.setMaxLength(FieldLimits.RESERVE_NAME);
        title.setRequired(true);
        title.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("reserve.plan.field.due"));
        due.setId("plan-task-due");
        due.setLocale(getLocale() == null ? Locale.forLanguageTag("ru") : getLocale());
        due.setRequired(true);
        if (item != null) {
            title.setValue(item.title());
            due.setValue(item.dueOn());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            PlanItemData d = new PlanItemData(title.getValue(), due.getValue(), plan.version());
            boolean ok = run(() -> item == null ? plans.addTask(entryId, d) : plans.updateItem(entryId, item.seq(),
                    d), null, title);
            if (ok) {
                dialog.close();
            }
        });
        save.setId("plan-task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(new Div(title), new Div(due));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void run(java.util.function.Supplier<PlanView> action, String success) {
        run(action, success, null);
    }

    /** Runs an edit and shows the plan it returns; a failure is shown (on the field, if given) and the plan reloads. */
    private boolean run(java.util.function.Supplier<PlanView> action, String success, TextField field) {
        try {
            show(action.get());
            if (success != null) {
                Messages.success(success);
            }
            return true;
        } catch (ConstraintViolationException e) {
            String text = e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("; "));
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(text);
            }
            Messages.error(text);
            return false;
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            reload();
            return false;
        } catch (jakarta.transaction.TransactionalException e) { // a concurrent change caught at commit
            Messages.error(getTranslation("error.shared.CONCURRENT_MODIFICATION"));
            reload();
            return false;
        }
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }
}
