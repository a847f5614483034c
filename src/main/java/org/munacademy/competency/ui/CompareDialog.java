package org.munacademy.competency.ui;

import org.munacademy.competency.entity.FrameworkChange;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.competency.entity.VersionRow;

/** What changed from one version of the standard to another, one sentence per difference. */
class CompareDialog extends Dialog {

    CompareDialog(VersionRow from, VersionRow to, List<FrameworkChange> changes) {
        setId("compare-dialog");
        setHeaderTitle(getTranslation("competency.compare.title", String.valueOf(from.number()),
                String.valueOf(to.number())));
        setWidth("56em");
        setMaxWidth("95vw");
        Div result = new Div();
        result.setId("compare-result");
        if (changes.isEmpty()) {
            result.add(new Paragraph(getTranslation("competency.compare.none")));
        } else {
            Paragraph count = new Paragraph(getTranslation("competency.compare.count", String.valueOf(changes.size())));
            count.addClassNames(LumoUtility.TextColor.SECONDARY);
            UnorderedList list = new UnorderedList();
            for (FrameworkChange change : changes) {
                ListItem item = new ListItem(ChangeText.of(this, change));
                item.getElement().setAttribute("data-kind", change.kind().name());
                item.getStyle().set("white-space", "pre-line");
                item.addClassNames(LumoUtility.Margin.Bottom.SMALL);
                list.add(item);
            }
            result.add(count, list);
        }
        add(result);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("compare-close");
        getFooter().add(close);
    }
}
