package org.munacademy.reserve.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.organisation.entity.PositionGroupRow.PositionRow;
import org.munacademy.reserve.boundary.EntryFacade;
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.InclusionBasis;
import org.munacademy.reserve.entity.NominationData;
import org.munacademy.reserve.entity.ReserveRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Messages;

/**
 * «Выдвинуть»: HR picks a person of their scope (searched by name as they type), the reserve, the target group and
 * optionally a position in it, the basis and its document; the facade checks scope, target and the one open entry.
 */
class NominateDialog extends Dialog {

    private final ComboBox<ReserveRow> reserve = new ComboBox<>();
    private final ComboBox<PersonRow> person = new ComboBox<>();
    private final ComboBox<PositionGroupRow> group = new ComboBox<>();
    private final ComboBox<PositionRow> position = new ComboBox<>();
    private final ComboBox<InclusionBasis> basis = new ComboBox<>();
    private final TextField document = new TextField();
    private final TextArea note = new TextArea();

    NominateDialog(EntryFacade entries, PersonFacade persons, List<PositionGroupRow> groups, List<ReserveRow> reserves,
            ReserveRow chosen, Runnable done) {
        setId("nominate-dialog");
        setHeaderTitle(getTranslation("reserve.nominate.title"));
        reserve.setId("nominate-reserve");
        reserve.setLabel(getTranslation("reserve.reserve"));
        reserve.setItems(reserves);
        reserve.setItemLabelGenerator(ReserveRow::name);
        reserve.setValue(chosen);
        person.setId("nominate-person");
        person.setLabel(getTranslation("reserve.nominate.person"));
        person.setItems(q -> persons.list(new PersonFilter(q.getFilter().orElse(""), null, null, null),
                new Page(q.getOffset(), Math.min(q.getLimit(), Page.MAX_LIMIT))).stream());
        person.setItemLabelGenerator(p -> Person.fullName(p.lastName(), p.firstName(), p.middleName()) + " — "
                + p.municipalityName());
        group.setId("nominate-group");
        group.setLabel(getTranslation("reserve.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(PositionGroupRow::nameRu);
        group.addValueChangeListener(e -> {
            position.clear();
            position.setItems(e.getValue() == null ? List.of() : e.getValue().positions());
        });
        position.setId("nominate-position");
        position.setLabel(getTranslation("reserve.nominate.position"));
        position.setItemLabelGenerator(PositionRow::name);
        position.setClearButtonVisible(true);
        basis.setId("nominate-basis");
        basis.setLabel(getTranslation("reserve.nominate.basis"));
        basis.setItems(InclusionBasis.values());
        basis.setItemLabelGenerator(b -> ReserveLabels.of(this, "reserve.basis.", b));
        document.setId("nominate-document");
        document.setLabel(getTranslation("reserve.nominate.document"));
        document.setMaxLength(FieldLimits.RESERVE_NAME);
        note.setId("nominate-note");
        note.setLabel(getTranslation("reserve.nominate.note"));
        note.setMaxLength(FieldLimits.RESERVE_COMMENT);
        FormLayout form = new FormLayout(reserve, person, group, position, basis, document, note);
        form.setColspan(note, 2);
        add(form);
        setWidth("48em");

        Button save = new Button(getTranslation("reserve.nominate.save"), e -> {
            try {
                EntryDetail created = entries.nominate(data());
                Messages.success(getTranslation("reserve.nominate.done") + ": " + created.entry().personName());
                close();
                done.run();
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        save.setId("nominate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("reserve.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private NominationData data() {
        NominationData d = new NominationData();
        d.setReserveCode(reserve.getValue() == null ? null : reserve.getValue().code());
        d.setPersonId(person.getValue() == null ? null : person.getValue().id());
        d.setTargetGroupCode(group.getValue() == null ? null : group.getValue().code());
        d.setTargetPositionCode(position.getValue() == null ? null : position.getValue().code());
        d.setBasis(basis.getValue());
        d.setBasisDocument(document.getValue());
        d.setNote(note.getValue());
        return d;
    }
}
