package org.munacademy.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.munacademy.assessment.boundary.QuestionMedia;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.AttemptView;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SaveAck;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * Taking a test: the countdown, a navigator over the questions, the questions one at a time or all on one page
 * (the test's setting, which the taker may switch), and «Завершить тест». Every answer is saved the moment it is
 * given, naming the sequence number of the last acknowledged save; a refusal is never silent: a save from another
 * window reloads the saved answers, a closed attempt or a passed deadline leads to the result, anything else
 * leaves the answer pending with a button to try again.
 */
@Route(value = "tests/attempt", layout = TakingLayout.class)
@PermitAll
public class AttemptPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        BeforeLeaveObserver, TakingAutosave.Listener {

    private static final Logger LOG = Logger.getLogger(AttemptPage.class.getName());

    private final TakingFacade taking;
    private final Clock clock;
    /**
     * The attempt's questions as the server gave them (their texts are the shared, cached content's: no copy per
     * session), and the question components built so far: one question per page builds a question only when it is
     * first shown, so a session holds the components of the questions visited, not of the whole test.
     */
    private List<SlotView> slots = List.of();
    private final List<TakingQuestion> questions = new ArrayList<>();
    /** The slots answered, as loaded and as the taker changed them since. */
    private final Set<Integer> answered = new HashSet<>();
    private final TakingSaveStatus status = new TakingSaveStatus(this::flush);
    private final Div questionBox = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Checkbox allOnOnePage = new Checkbox();
    private long attemptId;
    private String testTitle;
    private TakingAutosave autosave;
    private TakingTimer timer;
    private TakingNavigator navigator;
    private ConfirmDialog confirmation;
    private int current;
    /** The taker's choice of one question per page, kept when the attempt is reloaded; null until first shown. */
    private Boolean onePerPage;
    /** The attempt is closed and the taker sent on to the result: nothing more is saved from this page. */
    private boolean over;

    private final QuestionMedia media;

    @Inject
    public AttemptPage(TakingFacade taking, Clock clock, QuestionMedia media) {
        this.taking = taking;
        this.clock = clock;
        this.media = media;
        addClassName("taking-attempt");
        setMaxWidth("64em");

        questionBox.setId("attempt-questions");
        questionBox.addClassName("taking-questions");
        previous.setText(getTranslation("assessment.attempt.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("previous-question");
        previous.addClickListener(e -> go(current - 1));
        next.setText(getTranslation("assessment.attempt.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.setId("next-question");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> go(current + 1));
        allOnOnePage.setLabel(getTranslation("assessment.attempt.allOnOnePage"));
        allOnOnePage.setId("attempt-mode");
        allOnOnePage.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onePerPage = !e.getValue();
                showCurrent(true);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // the browser's time zone, for "saved at 12:04:31"
        event.getUI().getPage().retrieveExtendedClientDetails(details -> { });
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        // the router reuses this page when only the attempt changes
        this.attemptId = attemptId;
        over = false;
        onePerPage = null;
        current = 0;
        try {
            AttemptView view = taking.view(attemptId);
            if (view.status() != AttemptStatus.IN_PROGRESS) {
                event.forwardTo(ResultPage.class, attemptId);
                return;
            }
            render(view);
        } catch (BusinessException e) {
            problem(Messages.of(this, e));
        }
    }

    private void render(AttemptView view) {
        removeAll();
        questions.clear();
        answered.clear();
        questionBox.removeAll();
        if (autosave != null) {
            autosave.stop();
        }
        autosave = new TakingAutosave(taking, attemptId, view.seq(), status, this, this::number);
        testTitle = view.testTitle();
        if (onePerPage == null) {
            onePerPage = view.onePerPage();
        }
        allOnOnePage.setValue(!onePerPage);
        timer = new TakingTimer(clock, view.deadlineAt(), view.remainingSeconds(), this::timeUp);
        slots = view.slots();
        navigator = new TakingNavigator(slots.stream().map(SlotView::slot).toList(), this::goToSlot);
        for (SlotView slot : slots) {
            questions.add(null);
            if (slot.answered()) {
                answered.add(slot.slot());
            }
        }
        current = Math.max(0, Math.min(current, slots.size() - 1));
        Div pager = new Div(previous, next);
        pager.addClassName("taking-pager");
        add(header(), navigator, questionBox, pager);
        if (slots.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.attempt.noQuestions")));
        }
        showCurrent(false);
    }

    private Div header() {
        H2 title = new H2(testTitle);
        title.setId("attempt-title");
        title.addClassName("taking-title");
        Span timeLabel = new Span(getTranslation("assessment.attempt.timeLeft"));
        timeLabel.addClassName("taking-timer-label");
        Div clock = new Div(VaadinIcon.CLOCK.create(), timeLabel, timer);
        clock.addClassName("taking-clock");
        Button finish = new Button(getTranslation("assessment.attempt.finish"), VaadinIcon.FLAG_CHECKERED.create(),
                e -> confirmFinish());
        finish.setId("finish-attempt");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Div tools = new Div(status, allOnOnePage, finish);
        tools.addClassName("taking-tools");
        Div header = new Div(new Div(title, clock), tools);
        header.addClassName("taking-header");
        return header;
    }

    /** The question at the index, built (and put in its place on the page) when first asked for. */
    private TakingQuestion question(int index) {
        TakingQuestion q = questions.get(index);
        if (q == null) {
            SlotView slot = slots.get(index);
            long attempt = attemptId;
            q = new TakingQuestion(slot, index + 1, slots.size(), r -> changed(slot.slot(), r),
                    sha -> media.forAttempt(attempt, sha));
            questions.set(index, q);
            int position = (int) questions.subList(0, index).stream().filter(b -> b != null).count();
            questionBox.addComponentAtIndex(position, q);
        }
        return q;
    }

    private void goToSlot(int slot) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).slot() == slot) {
                go(i);
                return;
            }
        }
    }

    private void go(int index) {
        if (index >= 0 && index < slots.size()) {
            current = index;
            showCurrent(true);
        }
    }

    private void showCurrent(boolean scroll) {
        for (int i = 0; i < slots.size(); i++) {
            boolean shown = !onePerPage || i == current;
            TakingQuestion q = shown ? question(i) : questions.get(i);
            if (q != null) {
                q.setVisible(shown);
            }
        }
        previous.setVisible(onePerPage);
        next.setVisible(onePerPage);
        previous.setEnabled(current > 0);
        next.setEnabled(current < slots.size() - 1);
        updateNavigator();
        if (scroll && !slots.isEmpty()) {
            question(current).scrollIntoView();
        }
    }

    private void updateNavigator() {
        int currentSlot = slots.isEmpty() ? -1 : slots.get(current).slot();
        navigator.update(currentSlot, answered::contains);
    }

    private void changed(int slot, Response response) {
        if (response.isEmpty()) {
            answered.remove(slot);
        } else {
            answered.add(slot);
        }
        updateNavigator();
        autosave.give(slot, response);
    }

    private void flush() {
        if (autosave != null) {
            autosave.flush();
        }
    }

    @Override
    public void saved(SaveAck ack) {
        timer.sync(ack.remainingSeconds());
    }

    @Override
    public void stale() {
        if (reload()) {
            String text = getTranslation("assessment.attempt.stale");
            status.notice(text);
            Messages.error(text);
        }
    }

    @Override
    public void deadlinePassed() {
        try {
            taking.finish(attemptId);
        } catch (BusinessException e) {
            LOG.fine(() -> "Finishing overdue attempt " + attemptId + ": " + e.getMessage());
        }
        leave(getTranslation("assessment.attempt.deadlinePassed"), true);
    }

    @Override
    public void closed() {
        leave(getTranslation("assessment.attempt.closedElsewhere"), true);
    }

    /** The attempt as saved on the server; false if there is none to show here any more. */
    private boolean reload() {
        try {
            AttemptView view = taking.view(attemptId);
            if (view.status() != AttemptStatus.IN_PROGRESS) {
                leave(getTranslation("assessment.attempt.closedElsewhere"), true);
                return false;
            }
            render(view);
            return true;
        } catch (BusinessException e) {
            problem(Messages.of(this, e));
            return false;
        }
    }

    /** The countdown reached zero in the browser: save what is pending and let the server close the attempt. */
    private void timeUp() {
        if (over) {
            return;
        }
        flush();
        if (over) {
            return;
        }
        try {
            taking.finish(attemptId);
            leave(getTranslation("assessment.attempt.timeUp"), false);
        } catch (BusinessException e) {
            reload();
        }
    }

    private void confirmFinish() {
        flush();
        if (over) {
            return;
        }
        long unanswered = slots.size() - answered.size();
        String text = unanswered == 0
                ? getTranslation("assessment.attempt.finish.allAnswered", slots.size())
                : getTranslation("assessment.attempt.finish.unanswered", unanswered, slots.size());
        if (autosave.pendingCount() > 0) {
            text += " " + getTranslation("assessment.attempt.finish.unsaved");
        }
        confirmation = new ConfirmDialog();
        confirmation.setId("finish-dialog");
        confirmation.setHeader(getTranslation("assessment.attempt.finish.title"));
        confirmation.setText(text);
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("common.cancel"));
        Button confirm = new Button(getTranslation("assessment.attempt.finish.confirm"), e -> {
            confirmation.close();
            finish();
        });
        confirm.setId("finish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirmation.setConfirmButton(confirm);
        confirmation.open();
    }

    private void finish() {
        flush();
        if (over) {
            return;
        }
        try {
            taking.finish(attemptId);
            leave(getTranslation("assessment.attempt.finished"), false);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            reload();
        }
    }

    /** The attempt is closed: tell the taker why and show the result. */
    private void leave(String message, boolean warning) {
        over = true;
        if (autosave != null) {
            autosave.stop();
        }
        if (confirmation != null) {
            confirmation.close();
        }
        if (warning) {
            Messages.error(message);
        } else {
            Messages.success(message);
        }
        getUI().ifPresent(ui -> ui.navigate(ResultPage.class, attemptId));
    }

    /** Leaving with answers that could not be saved asks first: they would be lost. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        // every answer is saved as it is given, so only answers whose save failed can be pending here
        if (over || autosave == null || autosave.pendingCount() == 0) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog leave = new ConfirmDialog(getTranslation("assessment.attempt.leave.title"),
                getTranslation("assessment.attempt.leave.text", autosave.pendingCount()),
                getTranslation("assessment.attempt.leave.confirm"), e -> action.proceed());
        leave.setId("leave-dialog");
        leave.setCancelable(true);
        leave.setCancelText(getTranslation("assessment.attempt.leave.stay"));
        leave.setConfirmButtonTheme("error primary");
        leave.open();
    }

    private void problem(String message) {
        removeAll();
        Paragraph p = new Paragraph(message);
        p.setId("attempt-problem");
        p.addClassName("taking-note");
        add(p, new RouterLink(getTranslation("assessment.my.back"), MyTestsView.class));
    }

    private int number(int slot) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).slot() == slot) {
                return i + 1;
            }
        }
        return slot;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.attempt.title");
    }
}
