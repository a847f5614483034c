package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.ui.BankItemRows.ItemRow;
import org.munacademy.assessment.ui.BankItemRows.NumberRow;
import org.munacademy.assessment.ui.BankItemRows.OptionRow;
import org.munacademy.assessment.ui.BankItemRows.PairRow;

/**
 * The answer part of the question editor, by type: weighted options for choice questions, accepted answers for
 * short text, numbers with tolerance, pairs to match, items to order, or the right value of a true/false
 * statement. Only the part of the current type is shown and makes up the content; the others keep what was
 * typed, so switching types back and forth loses nothing.
 */
class BankContentEditor extends VerticalLayout {

    private final Runnable changed;
    private final Paragraph help = new Paragraph();
    private final BankRows<OptionRow> choices;
    private final BankRows<OptionRow> answers;
    private final BankRows<NumberRow> numbers;
    private final BankRows<PairRow> pairs;
    private final BankRows<ItemRow> sequence;
    private final VerticalLayout trueFalse = new VerticalLayout();
    private final RadioButtonGroup<Boolean> right = new RadioButtonGroup<>();
    private final TextField trueFeedback = new TextField();
    private final TextField falseFeedback = new TextField();
    private final BankEssayEditor essay;
    private QuestionType type = QuestionType.SINGLE_CHOICE;

    BankContentEditor(Runnable changed) {
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        help.setId("bank-type-help");
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.Vertical.XSMALL);

        choices = new BankRows<>("bank-options", getTranslation("admin.bank.option.add"),
                () -> new OptionRow(changed, 0), false, changed);
        answers = new BankRows<>("bank-answers", getTranslation("admin.bank.answer.add"),
                () -> new OptionRow(changed, 100), false, changed);
        numbers = new BankRows<>("bank-numbers", getTranslation("admin.bank.number.add"),
                () -> new NumberRow(changed), false, changed);
        pairs = new BankRows<>("bank-pairs", getTranslation("admin.bank.pair.add"),
                () -> new PairRow(changed), false, changed);
        sequence = new BankRows<>("bank-sequence", getTranslation("admin.bank.sequence.add"),
                () -> new ItemRow(changed), true, changed);

        right.setId("bank-true-false");
        right.setLabel(getTranslation("admin.bank.trueFalse.right"));
        right.setItems(Boolean.TRUE, Boolean.FALSE);
        right.setItemLabelGenerator(v -> v ? ItemContent.TRUE_TEXT : ItemContent.FALSE_TEXT);
        right.setValue(Boolean.TRUE);
        right.addValueChangeListener(e -> changed.run());
        feedback(trueFeedback, "admin.bank.trueFalse.feedbackTrue");
        feedback(falseFeedback, "admin.bank.trueFalse.feedbackFalse");
        trueFalse.setPadding(false);
        trueFalse.add(right, trueFeedback, falseFeedback);

        essay = new BankEssayEditor(changed);
        add(help, choices, answers, numbers, pairs, sequence, trueFalse, essay);
        setType(type);
    }

    private void feedback(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
    }

    /** Shows the part of a type, with a couple of empty rows to start from when it has none yet. */
    void setType(QuestionType type) {
        this.type = type;
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        choices.setVisible(choice);
        answers.setVisible(type == QuestionType.SHORT_TEXT);
        numbers.setVisible(type == QuestionType.NUMERIC);
        pairs.setVisible(type == QuestionType.MATCHING);
        sequence.setVisible(type == QuestionType.ORDERING);
        trueFalse.setVisible(type == QuestionType.TRUE_FALSE);
        essay.setVisible(type == QuestionType.ESSAY);
        help.setText(getTranslation("admin.bank.help." + type.name()));
        if (choice && choices.isEmpty()) {
            choices.addRow().weight.setValue(100.0);
            choices.addRow();
        } else if (type == QuestionType.SHORT_TEXT && answers.isEmpty()) {
            answers.addRow();
        } else if (type == QuestionType.NUMERIC && numbers.isEmpty()) {
            numbers.addRow();
        } else if (type == QuestionType.MATCHING && pairs.isEmpty()) {
            pairs.addRow();
            pairs.addRow();
        } else if (type == QuestionType.ORDERING && sequence.isEmpty()) {
            sequence.addRow();
            sequence.addRow();
        }
    }

    /** Fills the part of the content's type from stored content. */
    void load(ItemContent content) {
        choices.clear();
        answers.clear();
        numbers.clear();
        pairs.clear();
        sequence.clear();
        switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> content.options().forEach(o -> choices.addRow().set(o));
            case SHORT_TEXT -> content.options().forEach(o -> answers.addRow().set(o));
            case NUMERIC -> content.options().forEach(o -> numbers.addRow().set(o));
            case MATCHING -> content.pairs().forEach(p -> pairs.addRow().set(p));
            case ORDERING -> content.sequence().forEach(s -> sequence.addRow().text.setValue(s));
            case TRUE_FALSE -> loadTrueFalse(content.options());
            case ESSAY -> essay.load(content.essay());
        }
        setType(content.type());
    }

    private void loadTrueFalse(List<Option> options) {
        Option yes = options.stream().filter(o -> ItemContent.TRUE_TEXT.equals(o.text())).findFirst().orElse(null);
        Option no = options.stream().filter(o -> ItemContent.FALSE_TEXT.equals(o.text())).findFirst().orElse(null);
        right.setValue(yes == null || yes.weight() > 0);
        trueFeedback.setValue(yes == null || yes.feedback() == null ? "" : yes.feedback());
        falseFeedback.setValue(no == null || no.feedback() == null ? "" : no.feedback());
    }

    /**
     * The pairs with the weights an import gave them while those still sum to 100 % (the editor shows no weights);
     * after pairs were added or removed, without weights, so that every left item counts alike (penalties for a
     * wrong match are kept).
     */
    private static List<Pair> keptWeights(List<Pair> edited) {
        double sum = edited.stream().filter(p -> !p.distractor() && p.weight() != null).mapToDouble(Pair::weight)
                .sum();
        boolean whole = edited.stream().filter(p -> !p.distractor()).allMatch(p -> p.weight() != null);
        return whole && Math.abs(sum - 100) <= 0.01 ? edited
                : edited.stream().map(p -> new Pair(p.left(), p.right(), null, p.penalty())).toList();
    }

    /** The content as edited: the stem and general feedback come from the editor around this part. */
    ItemContent content(String stem, String generalFeedback) {
        List<Option> options = List.of();
        List<Pair> pairList = List.of();
        List<String> items = List.of();
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options = choices.rows().stream().map(OptionRow::value).toList();
            case SHORT_TEXT -> options = answers.rows().stream().map(OptionRow::value).toList();
            case NUMERIC -> options = numbers.rows().stream().map(NumberRow::value).toList();
            case MATCHING -> pairList = keptWeights(pairs.rows().stream().map(PairRow::value).toList());
            case ORDERING -> items = sequence.rows().stream().map(ItemRow::value).toList();
            case TRUE_FALSE -> {
                boolean isTrue = !Boolean.FALSE.equals(right.getValue());
                options = List.of(
                        Option.choice(ItemContent.TRUE_TEXT, isTrue ? 100 : 0, trueFeedback.getValue().strip()),
                        Option.choice(ItemContent.FALSE_TEXT, isTrue ? 0 : 100, falseFeedback.getValue().strip()));
            }
        }
        return new ItemContent(type, stem, options, pairList, items, generalFeedback,
                type == QuestionType.ESSAY ? essay.value() : null);
    }
}
