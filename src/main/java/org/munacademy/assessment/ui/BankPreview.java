package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileRefs;

/**
 * The question as a taker sees it — the stem and the answer controls, disabled — redrawn on every change in the
 * question editor. Right answers, weights and feedback are not shown; pairs and items to order appear mixed.
 */
class BankPreview extends VerticalLayout {

    private final Function<String, FileContent> images;

    /** {@code images} gives the images the texts show. */
    BankPreview(Function<String, FileContent> images) {
        this.images = images;
        setId("bank-preview");
        setSpacing(false);
        addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
    }

    void show(ItemContent content) {
        removeAll();
        H4 heading = new H4(getTranslation("admin.bank.preview.title"));
        heading.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        Paragraph stem = content.stem().isBlank() ? new Paragraph(getTranslation("admin.bank.preview.noStem"))
                : new Paragraph(new MediaText(content.stem(), images));
        stem.setId("bank-preview-stem");
        stem.getStyle().set("white-space", "pre-wrap");
        stem.addClassNames(LumoUtility.FontWeight.MEDIUM);
        if (content.stem().isBlank()) {
            stem.addClassNames(LumoUtility.TextColor.TERTIARY);
        }
        add(heading, stem, answer(content));
    }

    private Component answer(ItemContent c) {
        List<String> texts = c.options().stream().map(ItemContent.Option::text).toList();
        return switch (c.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> radios(c.type() == QuestionType.TRUE_FALSE
                    ? List.of(ItemContent.TRUE_TEXT, ItemContent.FALSE_TEXT) : texts);
            case MULTIPLE_CHOICE -> checkboxes(texts);
            case SHORT_TEXT -> textAnswer();
            case NUMERIC -> numberAnswer();
            case MATCHING -> matching(c);
            case ORDERING -> ordering(c.sequence());
            case ESSAY -> essayAnswer(c.essay());
        };
    }

    private Component essayAnswer(ItemContent.Essay essay) {
        com.vaadin.flow.component.textfield.TextArea area = new com.vaadin.flow.component.textfield.TextArea();
        area.setValue(essay.template() == null ? "" : essay.template());
        area.setWidthFull();
        area.setEnabled(false);
        return area;
    }

    private Component radios(List<String> texts) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setItems(IntStream.range(0, texts.size()).boxed().toList());
        group.setItemLabelGenerator(i -> FileRefs.plain(label(texts.get(i))));
        if (texts.stream().anyMatch(MediaText::hasImages)) {
            group.setRenderer(new ComponentRenderer<>(i -> new MediaText(label(texts.get(i)), images)));
        }
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setEnabled(false);
        return group;
    }

    private Component checkboxes(List<String> texts) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>();
        group.setItems(IntStream.range(0, texts.size()).boxed().toList());
        group.setItemLabelGenerator(i -> FileRefs.plain(label(texts.get(i))));
        if (texts.stream().anyMatch(MediaText::hasImages)) {
            group.setRenderer(new ComponentRenderer<>(i -> new MediaText(label(texts.get(i)), images)));
        }
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setEnabled(false);
        return group;
    }

    private Component matching(ItemContent c) {
        List<String> rights = c.pairs().stream().map(ItemContent.Pair::right).filter(r -> r != null && !r.isBlank())
                .distinct().sorted(mixed()).toList();
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        for (ItemContent.Pair p : c.pairs().stream().filter(p -> !p.distractor()).toList()) {
            Span left = new Span(label(p.left()));
            left.setWidth("50%");
            Select<String> pick = new Select<>();
            pick.setItems(rights);
            pick.setPlaceholder(getTranslation("admin.bank.preview.pick"));
            pick.setEnabled(false);
            HorizontalLayout row = new HorizontalLayout(left, pick);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            rows.add(row);
        }
        return rows;
    }

    private Component ordering(List<String> items) {
        Div box = new Div();
        Paragraph hint = new Paragraph(getTranslation("admin.bank.preview.order"));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        OrderedList list = new OrderedList();
        items.stream().sorted(mixed()).forEach(item -> {
            Icon handle = VaadinIcon.ARROWS_LONG_V.create();
            handle.setSize("var(--lumo-icon-size-s)");
            ListItem li = new ListItem(handle, new Span(" " + label(item)));
            li.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(li);
        });
        box.add(hint, list);
        return box;
    }

    private Component textAnswer() {
        TextField field = new TextField();
        field.setPlaceholder(getTranslation("admin.bank.preview.answer"));
        field.setEnabled(false);
        return field;
    }

    private Component numberAnswer() {
        NumberField field = new NumberField();
        field.setPlaceholder(getTranslation("admin.bank.preview.number"));
        field.setEnabled(false);
        return field;
    }

    private String label(String text) {
        return text == null || text.isBlank() ? getTranslation("admin.bank.preview.empty") : text;
    }

    /** A fixed order that is not the stored one, as a taker would see pairs and items mixed. */
    private static Comparator<String> mixed() {
        return Comparator.comparingInt((String s) -> Integer.reverse(s == null ? 0 : s.hashCode()))
                .thenComparing(Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
