package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.reserve.boundary.MyReserveFacade;
import org.munacademy.reserve.boundary.PlanFacade;
import org.munacademy.reserve.boundary.ReadinessFacade;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.MyEntryRow;
import org.munacademy.reserve.entity.MyEntryRow.HistoryLine;
import org.munacademy.reserve.entity.PlanView;
import org.munacademy.shared.ui.MainLayout;

/**
 * «Мой резерв»: the reader's entries in any reserve — reserve, target, status, term and days in the reserve; the
 * readiness as last computed from evidence (with the fit and the competencies below minimum); the development plan;
 * the history in order. Closed entries follow the open ones.
 * <p>
 * Slots for other parts of the reserve: each card holds {@code #my-reserve-readiness-<id>} (the readiness with its
 * reasons: put a ReadinessPanel there, {@link #readinessSlot}) and {@code #my-reserve-plan-<id>} (the plan: a
 * PlanPanel, {@link #planSlot}); until then they show the stored readiness and nothing.
 */
@Route(value = "reserve/mine", layout = MainLayout.class)
@PermitAll
@Menu(order = 19.7, title = "reserve.mine.menu", icon = "vaadin:user-star")
public class MyReserveView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MyReserveFacade facade;
    private final ReadinessFacade readiness;
    private final PlanFacade plans;
    private final Div cards = new Div();
    private Map<Long, PlanView> myPlans = Map.of();

    @Inject
    public MyReserveView(MyReserveFacade facade, ReadinessFacade readiness, PlanFacade plans) {
        this.facade = facade;
        this.readiness = readiness;
        this.plans = plans;
        setMaxWidth("72em");
        cards.setId("my-reserve");
        cards.setWidthFull();
        add(new H2(getTranslation("reserve.mine.title")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<MyEntryRow> mine = facade.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reserve.mine.none"));
            none.setId("my-reserve-none");
            cards.add(none);
            return;
        }
        myPlans = plans.mine().stream().collect(Collectors.toMap(PlanView::entryId, p -> p, (a, b) -> a));
        mine.stream().filter(e -> !e.status().closed()).forEach(e -> cards.add(card(e)));
        mine.stream().filter(e -> e.status().closed()).forEach(e -> cards.add(card(e)));
    }

    private Component card(MyEntryRow e) {
        Div card = new Div();
        card.setId("my-reserve-entry-" + e.id());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        H3 heading = new H3(e.reserveName());
        heading.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        Span status = badge(getTranslation("reserve.mine.status." + e.status().name()), switch (e.status()) {
            case INCLUDED, IN_DEVELOPMENT -> "success";
            case APPOINTED -> "success primary";
            case NOMINATED -> null;
            default -> "contrast";
        });
        status.setId("my-reserve-status-" + e.id());
        Div head = new Div(heading, status);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        String group = english() && e.targetGroupNameEn() != null ? e.targetGroupNameEn() : e.targetGroupName();
        Span target = new Span(getTranslation("reserve.mine.target", e.targetPositionName() == null
                ? group : e.targetPositionName() + " (" + group + ")"));
        target.setId("my-reserve-target-" + e.id());
        Span term = new Span(term(e));
        term.setId("my-reserve-term-" + e.id());
        term.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div facts = new Div(target, term);
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        card.add(head, facts, readinessSlot(e), planSlot(e), history(e));
        return card;
    }

    private String term(MyEntryRow e) {
        if (e.status() == EntryStatus.NOMINATED) {
            return getTranslation("reserve.mine.nominatedOn", DATE.format(e.nominatedOn()));
        }
        if (e.status().closed()) {
            return e.closedOn() == null ? "" : getTranslation("reserve.mine.closedOn", DATE.format(e.closedOn()))
                    + (e.exclusionGround() == null ? "" : " — "
                            + getTranslation("reserve.mine.ground." + e.exclusionGround().name()));
        }
        return getTranslation("reserve.mine.validUntil", DATE.format(e.validUntil()), e.daysInReserve(),
                e.extensions());
    }

    /** The readiness with its reasons while in the reserve (computed now); the stored one for a nomination. */
    Component readinessSlot(MyEntryRow e) {
        Div slot = new Div();
        slot.setId("my-reserve-readiness-" + e.id());
        if (e.status().inReserve()) {
            slot.add(new ReadinessPanel(readiness.readiness(e.id())));
        } else if (e.status() == EntryStatus.NOMINATED) {
            slot.add(new Span(e.readiness() == null ? getTranslation("reserve.mine.readiness.none")
                    : getTranslation("reserve.mine.readiness", getTranslation("reserve.mine.readiness."
                            + e.readiness().name()), Math.round(e.readinessFit() * 100), e.readinessBelowMin(),
                            DATE.format(e.readinessOn()))));
        }
        return slot;
    }

    /** The development plan, when the entry has one. */
    Component planSlot(MyEntryRow e) {
        Div slot = new Div();
        slot.setId("my-reserve-plan-" + e.id());
        PlanView plan = myPlans.get(e.id());
        if (plan != null) {
            slot.add(new PlanPanel(plans, plan));
        }
        return slot;
    }

    private Component history(MyEntryRow e) {
        OrderedList list = new OrderedList();
        list.setId("my-reserve-history-" + e.id());
        for (HistoryLine l : e.history()) {
            ListItem item = new ListItem(DATE.format(l.happenedOn()) + " — "
                    + getTranslation("reserve.mine.event." + l.kind().name())
                    + (l.detail() == null || l.detail().isBlank() ? "" : ": " + l.detail()));
            list.add(item);
        }
        Details details = new Details(getTranslation("reserve.mine.history", e.history().size()), list);
        details.setOpened(!e.status().closed());
        return details;
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reserve.mine.title");
    }
}
