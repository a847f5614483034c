package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileRefs;

/**
 * One question of an attempt: its number, the stem, a hint how to answer and the control its type needs, filled
 * with the answer saved before. Every change by the taker is handed on at once as a {@link Response} (text after
 * a short pause in typing), so the page can save it.
 */
class TakingQuestion extends Div {

    /** How long typing must pause before a text answer is saved. */
    static final int TEXT_PAUSE_MS = 700;

    private final SlotView slot;
    private final Consumer<Response> onChange;
    private final Function<String, FileContent> images;

    /** {@code images} gives the images the texts show, for this attempt only. */
    TakingQuestion(SlotView slot, int number, int total, Consumer<Response> onChange,
            Function<String, FileContent> images) {
        this.slot = slot;
        this.onChange = onChange;
        this.images = images;
        setId("question-" + slot.slot());
        addClassName("taking-question");
        getElement().setAttribute("role", "group");

        H3 heading = new H3(getTranslation("assessment.question.number", number, total));
        heading.addClassName("taking-question-number");
        Paragraph stem = new Paragraph(new MediaText(slot.stem(), images));
        stem.addClassName("taking-stem");
        Span hint = new Span(getTranslation("assessment.question.hint." + slot.type().name()));
        hint.addClassName("taking-hint");
        getElement().setAttribute("aria-label", heading.getText());
        add(heading, stem, hint, control());
    }

    /** An ordering question counts as answered only once moved or confirmed: its response is empty until then. */
    private void changed(Response response) {
        onChange.accept(response);
    }

    private Component control() {
        return switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> single();
            case MULTIPLE_CHOICE -> multiple();
            case SHORT_TEXT, NUMERIC -> text(slot.type() == QuestionType.NUMERIC);
            case MATCHING -> new TakingMatching(slot, this::changed);
            case ORDERING -> new TakingOrdering(slot, this::changed);
            case ESSAY -> essay();
        };
    }

    /** An essay: a text area starting with the template, with the length limits as helper text. */
    private TextArea essay() {
        SlotView.EssayPrompt prompt = slot.essay();
        TextArea area = new TextArea();
        area.setId("answer-" + slot.slot());
        area.addClassName("taking-essay");
        area.setAriaLabel(FileRefs.plain(RichText.plain(slot.stem())));
        area.setWidthFull();
        area.setMinHeight("14em");
        area.setMaxLength(prompt != null && prompt.unit() == ItemContent.LengthUnit.CHARACTERS
                && prompt.maxLength() != null ? prompt.maxLength() : ItemContent.ESSAY_MAX_CHARACTERS);
        if (prompt != null && (prompt.minLength() != null || prompt.maxLength() != null)) {
            String unit = getTranslation("assessment.essay.unit." + prompt.unit().name());
            area.setHelperText(getTranslation("assessment.essay.limits", unit,
                    prompt.minLength() == null ? "—" : prompt.minLength(),
                    prompt.maxLength() == null ? "—" : prompt.maxLength()));
        }
        String saved = slot.response() == null ? null : slot.response().text();
        area.setValue(saved != null ? saved : prompt != null && prompt.template() != null ? prompt.template() : "");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TEXT_PAUSE_MS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(Response.text(e.getValue()));
            }
        });
        return area;
    }

    private List<Integer> given() {
        return slot.response() == null ? List.of() : slot.response().choices();
    }

    private RadioButtonGroup<Choice> single() {
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
        group.setId("answer-" + slot.slot());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(slot.options());
        group.setItemLabelGenerator(c -> FileRefs.plain(c.text()));
        if (slot.options().stream().anyMatch(c -> MediaText.hasImages(c.text()))) {
            group.setRenderer(new ComponentRenderer<>(c -> new MediaText(c.text(), images)));
        }
        group.setAriaLabel(FileRefs.plain(RichText.plain(slot.stem())));
        slot.options().stream().filter(c -> given().contains(c.index())).findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(e.getValue() == null ? new Response(null, null, null) : Response.choice(e.getValue().index()));
            }
        });
        return group;
    }

    private CheckboxGroup<Choice> multiple() {
        CheckboxGroup<Choice> group = new CheckboxGroup<>();
        group.setId("answer-" + slot.slot());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(slot.options());
        group.setItemLabelGenerator(c -> FileRefs.plain(c.text()));
        if (slot.options().stream().anyMatch(c -> MediaText.hasImages(c.text()))) {
            group.setRenderer(new ComponentRenderer<>(c -> new MediaText(c.text(), images)));
        }
        group.setAriaLabel(FileRefs.plain(RichText.plain(slot.stem())));
        group.select(slot.options().stream().filter(c -> given().contains(c.index())).toList());
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // in presentation order, whatever order the boxes were ticked in
                List<Integer> chosen = slot.options().stream().filter(e.getValue()::contains).map(Choice::index)
                        .toList();
                changed(new Response(chosen, null, null));
            }
        });
        return group;
    }

    private TextField text(boolean numeric) {
        TextField field = new TextField();
        field.setId("answer-" + slot.slot());
        field.setAriaLabel(FileRefs.plain(RichText.plain(slot.stem())));
        field.setMaxLength(TakingFacade.MAX_TEXT);
        field.setClearButtonVisible(true);
        field.setWidth(numeric ? "12em" : "min(100%, 36em)");
        if (numeric) {
            field.setAllowedCharPattern("[-+0-9.,eE ]");
            field.setPlaceholder(getTranslation("assessment.question.numeric.placeholder"));
        }
        String saved = slot.response() == null ? null : slot.response().text();
        field.setValue(saved == null ? "" : saved);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TEXT_PAUSE_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(Response.text(e.getValue()));
            }
        });
        return field;
    }
}
