package org.munacademy.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.munacademy.shared.boundary.NotificationsFacade;
import org.munacademy.shared.entity.NotificationRow;
import org.munacademy.shared.entity.Page;

/**
 * The bell in the header: the number of unread notifications, and on a click the latest ones (newest first) to
 * open or mark read. Texts are rendered in the UI's language from the template and its arguments.
 */
class NotificationBell extends Composite<HorizontalLayout> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final NotificationsFacade notifications;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();

    NotificationBell(NotificationsFacade notifications) {
        this.notifications = notifications;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> open());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        getContent().setSpacing(false);
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        getContent().add(bell, count);
        refresh();
    }

    /** Shows the current unread count (hidden at zero). */
    void refresh() {
        long unread = notifications.unread();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notify.bell") + ", " + getTranslation("notify.bell.unread", unread));
        bell.setTooltipText(getTranslation("notify.bell.unread", unread));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notification-list");
        dialog.setHeaderTitle(getTranslation("notify.bell"));
        dialog.setWidth("min(36em, 95vw)");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        fill(list, dialog);
        dialog.add(list);
        Button all = new Button(getTranslation("notify.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
            fill(list, dialog);
        });
        all.setId("notification-read-all");
        Button close = new Button(getTranslation("notify.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(all, close);
        dialog.open();
    }

    private void fill(VerticalLayout list, Dialog dialog) {
        list.removeAll();
        var rows = notifications.mine(new Page(0, 30));
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("notify.empty")));
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        for (NotificationRow n : rows) {
            Span title = new Span(getTranslation(n.template() + ".title", n.args().toArray()));
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span when = new Span(WHEN.format(n.createdAt().atZone(zone)));
            when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            Paragraph text = new Paragraph(getTranslation(n.template() + ".text", n.args().toArray()));
            text.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
            HorizontalLayout actions = new HorizontalLayout();
            if (n.link() != null && !n.link().isBlank()) {
                actions.add(new Button(getTranslation("notify.open"), e -> {
                    markRead(n);
                    dialog.close();
                    getUI().ifPresent(ui -> ui.navigate(n.link()));
                }));
            }
            if (!n.read()) {
                Button read = new Button(getTranslation("notify.markRead"), e -> {
                    markRead(n);
                    fill(list, dialog);
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(read);
            }
            Div entry = new Div(title, new Div(when), text, actions);
            entry.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                    n.read() ? LumoUtility.Background.BASE : LumoUtility.Background.CONTRAST_5);
            entry.setWidthFull();
            entry.getElement().setAttribute("data-read", String.valueOf(n.read()));
            list.add(entry);
        }
    }

    private void markRead(NotificationRow n) {
        if (!n.read()) {
            notifications.markRead(n.id());
        }
        refresh();
    }
}
