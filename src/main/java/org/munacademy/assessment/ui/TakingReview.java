package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.munacademy.assessment.entity.ReviewItem;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileRefs;

/**
 * The questions of a finished attempt with the taker's answer, the right answer, the score and the feedback, when
 * the test's review policy shows answers.
 */
class TakingReview extends Div {

    private final Function<String, FileContent> images;

    /** {@code images} gives the images the stems show, for this attempt only. */
    TakingReview(List<ReviewItem> items, Function<String, FileContent> images) {
        this.images = images;
        setId("result-review");
        addClassName("taking-review");
        int number = 1;
        for (ReviewItem item : items) {
            add(item(item, number++));
        }
    }

    private Div item(ReviewItem item, int number) {
        H4 heading = new H4(getTranslation("assessment.question.numberShort", number));
        Paragraph stem = new Paragraph(new MediaText(item.stem(), images));
        stem.addClassName("taking-stem");
        Div box = new Div(heading, stem,
                line("assessment.review.given", blank(item.given()) ? getTranslation("assessment.review.noAnswer")
                        : item.given()),
                line("assessment.review.correct", blank(item.correct()) ? "—" : item.correct()),
                line("assessment.review.score", getTranslation("assessment.review.points",
                        TakingFormat.number(this, item.score()))));
        if (!blank(item.feedback())) {
            box.add(line("assessment.review.feedback", item.feedback()));
        }
        box.setId("review-" + item.slot());
        box.addClassName("taking-review-item");
        box.addClassName(item.score() >= 0.999 ? "right" : item.score() > 0 ? "partial" : "wrong");
        return box;
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("taking-review-label");
        Span text = new Span(FileRefs.plain(value));
        text.addClassName("taking-review-value");
        Div line = new Div(label, text);
        line.addClassName("taking-review-line");
        return line;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
