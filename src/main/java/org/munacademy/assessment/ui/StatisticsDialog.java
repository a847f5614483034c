package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.StatisticsReport;
import org.munacademy.assessment.entity.TestRow;

/**
 * Item statistics of a test for methodologists: the number of attempts analysed, whether all had the same items,
 * Cronbach's α of the test and of each competency, and per item its n, facility, discrimination and the
 * warnings (highlighted) that suggest revising it.
 */
class StatisticsDialog extends Dialog {

    /** {@code labels}: question id → {code, stem, competency}, as {@code ResultsFacade.questionLabels} gives. */
    StatisticsDialog(TestRow test, StatisticsReport report, Map<Long, String[]> labels) {
        setId("statistics-dialog");
        setHeaderTitle(getTranslation("admin.stats.title", test.code(), test.title()));
        setWidth("min(95vw, 72em)");
        setResizable(true);

        HorizontalLayout summary = new HorizontalLayout(
                figure("stats-attempts", "admin.stats.attempts", String.valueOf(report.attempts())),
                figure("stats-alpha", "admin.stats.alpha", BankLabels.number(report.alpha(), 2)),
                figure("stats-form", "admin.stats.form", report.attempts() == 0 ? "—"
                        : getTranslation(report.fixedForm() ? "admin.stats.fixedForm" : "admin.stats.randomForm")));
        summary.addClassNames(LumoUtility.FlexWrap.WRAP);

        Div perCompetency = new Div();
        perCompetency.setId("stats-alpha-competencies");
        report.alphaByCompetency().forEach((code, alpha) -> {
            Span chip = BankLabels.badge(code + ": α " + BankLabels.number(alpha, 2), "contrast");
            chip.addClassNames(LumoUtility.Margin.End.SMALL);
            perCompetency.add(chip);
        });
        Paragraph help = new Paragraph(getTranslation("admin.stats.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        Grid<ItemStat> items = new Grid<>(ItemStat.class, false);
        items.setId("stats-grid");
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(new ComponentRenderer<>(s -> code(label(labels, s, 0), !s.flags().isEmpty())))
                .setHeader(getTranslation("admin.bank.code")).setWidth("10em").setFlexGrow(0)
                .setComparator(s -> label(labels, s, 0));
        items.addColumn(s -> label(labels, s, 2)).setHeader(getTranslation("admin.bank.competency"))
                .setWidth("9em").setFlexGrow(0).setComparator(s -> label(labels, s, 2));
        items.addColumn(s -> label(labels, s, 1)).setHeader(getTranslation("admin.bank.stem")).setFlexGrow(1);
        items.addColumn(ItemStat::n).setHeader("n").setTextAlign(ColumnTextAlign.END).setWidth("5em")
                .setFlexGrow(0).setComparator(ItemStat::n);
        items.addColumn(s -> BankLabels.number(s.facility(), 2)).setHeader(getTranslation("admin.stats.facility"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10em").setFlexGrow(0)
                .setComparator(ItemStat::facility);
        items.addColumn(s -> BankLabels.number(s.discrimination(), 2))
                .setHeader(getTranslation("admin.stats.discrimination")).setTextAlign(ColumnTextAlign.END)
                .setWidth("11em").setFlexGrow(0)
                .setComparator(s -> s.discrimination() == null ? Double.NEGATIVE_INFINITY : s.discrimination());
        items.addColumn(new ComponentRenderer<>(this::flags)).setHeader(getTranslation("admin.stats.flags"))
                .setWidth("16em").setFlexGrow(0);
        items.setItems(report.items());
        items.setHeight("28em");
        items.setEmptyStateText(getTranslation("admin.stats.empty"));

        VerticalLayout body = new VerticalLayout(summary, perCompetency, help, items);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("stats-close");
        getFooter().add(close);
    }

    private Component figure(String id, String key, String value) {
        Span caption = new Span(getTranslation(key));
        caption.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span number = new Span(value);
        number.setId(id);
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        VerticalLayout box = new VerticalLayout(caption, number);
        box.setSpacing(false);
        box.setAlignItems(FlexComponent.Alignment.START);
        box.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        box.setWidth("auto");
        return box;
    }

    private static String label(Map<Long, String[]> labels, ItemStat s, int part) {
        String[] l = labels.get(s.itemId());
        return l == null || l[part] == null ? (part == 0 ? "#" + s.itemId() : "") : l[part];
    }

    /** The item's code, in red with a warning sign when the item is flagged. */
    private static Component code(String code, boolean flagged) {
        Span span = new Span(code);
        if (flagged) {
            Icon icon = VaadinIcon.WARNING.create();
            icon.setSize("var(--lumo-icon-size-s)");
            icon.addClassNames(LumoUtility.Margin.End.XSMALL);
            span.addComponentAsFirst(icon);
            span.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            span.getElement().setAttribute("data-flagged", true);
        }
        return span;
    }

    private Component flags(ItemStat s) {
        Div box = new Div();
        s.flags().forEach(f -> {
            Span badge = BankLabels.badge(getTranslation("admin.stats.flag." + f.name()), "error");
            badge.addClassNames(LumoUtility.Margin.End.XSMALL);
            box.add(badge);
        });
        return box;
    }
}
