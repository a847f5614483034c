package org.munacademy.competency.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.competency.entity.Framework;

/**
 * What a competency means: its description and, level by level of the scale, the level's name and the observable
 * behaviours that show the competency at that level. For an area: its description and competencies.
 */
class CompetencyDetail extends Div {

    CompetencyDetail() {
        setId("competency-detail");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Overflow.AUTO);
        showNothing();
    }

    void showNothing() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("competency.catalogue.pick"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(hint);
    }

    void show(Framework framework, Framework.Area area) {
        removeAll();
        H3 title = new H3(area.code() + " — " + area.name());
        title.setId("detail-title");
        add(title, kindLine(getTranslation("competency.node.area")));
        description(area.description());
        add(new H4(getTranslation("competency.catalogue.areaCompetencies",
                String.valueOf(area.competencies().size()))));
        UnorderedList list = new UnorderedList();
        area.competencies().forEach(c -> list.add(new ListItem(c.code() + " — " + c.name())));
        add(list);
    }

    void show(Framework framework, Framework.Area area, Framework.Competency competency) {
        removeAll();
        H3 title = new H3(competency.code() + " — " + competency.name());
        title.setId("detail-title");
        String kind = competency.kind() == null ? "" : getTranslation("competency.kind." + competency.kind().name());
        add(title, kindLine(kind + " · " + area.name()));
        description(competency.description());
        for (Framework.Level level : framework.levels()) {
            H4 heading = new H4(getTranslation("competency.level.heading", String.valueOf(level.number()),
                    level.name()));
            heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
            List<String> indicators = competency.indicatorsAt(level.number());
            Div block = new Div(heading);
            block.setId("indicators-level-" + level.number());
            if (indicators.isEmpty()) {
                Span none = new Span(getTranslation("competency.catalogue.noIndicators"));
                none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                block.add(none);
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassNames(LumoUtility.Margin.Vertical.NONE);
                indicators.forEach(i -> list.add(new ListItem(i)));
                block.add(list);
            }
            add(block);
        }
    }

    private Span kindLine(String text) {
        Span kind = new Span(text);
        kind.getElement().getThemeList().add("badge contrast");
        return kind;
    }

    private void description(String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(text);
            p.setId("detail-description");
            add(p);
        }
    }
}
