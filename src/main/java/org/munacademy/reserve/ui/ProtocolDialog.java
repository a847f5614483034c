package org.munacademy.reserve.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.reserve.boundary.EntryFacade;
import org.munacademy.reserve.boundary.ProtocolFacade;
import org.munacademy.reserve.entity.DecisionData;
import org.munacademy.reserve.entity.DecisionKind;
import org.munacademy.reserve.entity.EntryFilter;
import org.munacademy.reserve.entity.EntryRow;
import org.munacademy.reserve.entity.ExclusionGround;
import org.munacademy.reserve.entity.ProtocolData;
import org.munacademy.reserve.entity.ProtocolRow;
import org.munacademy.reserve.entity.ReserveRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Messages;

/**
 * «Протокол комиссии»: number, date and the members present (one per line), then the reserve's open entries (nominated
 * or in the reserve), each with a decision (none, include, not include, extend, exclude with a ground), its votes and a
 * comment. Recorded all at once or not at all.
 */
class ProtocolDialog extends Dialog {

    private final TextField number = new TextField();
    private final DatePicker heldOn = new DatePicker();
    private final TextArea members = new TextArea();
    private final Map<Long, Line> lines = new HashMap<>();

    /** One entry's inputs. */
    private record Line(ComboBox<DecisionKind> kind, IntegerField votesFor, IntegerField against,
            IntegerField abstained, ComboBox<ExclusionGround> ground, TextField comment) {
    }

    ProtocolDialog(ProtocolFacade protocols, EntryFacade entries, ReserveRow reserve, LocalDate today,
            Runnable done) {
        setId("protocol-dialog");
        setHeaderTitle(getTranslation("reserve.protocol.title") + ": " + reserve.name());
        number.setId("protocol-number");
        number.setLabel(getTranslation("reserve.protocol.number"));
        number.setMaxLength(FieldLimits.RESERVE_DOCUMENT_NUMBER);
        heldOn.setId("protocol-date");
        heldOn.setLabel(getTranslation("reserve.protocol.date"));
        heldOn.setValue(today);
        heldOn.setMax(today);
        members.setId("protocol-members");
        members.setLabel(getTranslation("reserve.protocol.members"));
        members.setMaxLength(FieldLimits.RESERVE_COMMENT);
        FormLayout head = new FormLayout(number, heldOn, members);
        head.setColspan(members, 2);

        // every open entry in one read (rows with names and targets, their positions' names, the count): the
        // dialog's statements do not grow with the statuses or the entries listed
        List<EntryRow> open = entries.entries(EntryFilter.of(reserve.code(), ReserveView.decidable()),
                new Page(0, Page.MAX_LIMIT)).items().stream()
                .sorted(Comparator.comparing(EntryRow::status)).toList(); // by status, then by name as read
        Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
        grid.setId("protocol-entries");
        grid.addColumn(EntryRow::personName).setHeader(getTranslation("reserve.col.person")).setFlexGrow(2);
        grid.addColumn(r -> ReserveLabels.of(this, "reserve.entryStatus.", r.status()))
                .setHeader(getTranslation("reserve.status"));
        grid.addComponentColumn(r -> line(r).kind()).setHeader(getTranslation("reserve.protocol.decision"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> line(r).votesFor()).setHeader(getTranslation("reserve.protocol.for"));
        grid.addComponentColumn(r -> line(r).against()).setHeader(getTranslation("reserve.protocol.against"));
        grid.addComponentColumn(r -> line(r).abstained()).setHeader(getTranslation("reserve.protocol.abstained"));
        grid.addComponentColumn(r -> line(r).ground()).setHeader(getTranslation("reserve.protocol.ground"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> line(r).comment()).setHeader(getTranslation("reserve.protocol.comment"))
                .setFlexGrow(2);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        add(head, grid);
        setWidth("90em");

        Button save = new Button(getTranslation("reserve.protocol.save"), e -> {
            ProtocolData data = data(open);
            if (data.getDecisions().isEmpty()) {
                Messages.error(getTranslation("reserve.protocol.noDecision"));
                return;
            }
            try {
                ProtocolRow row = protocols.record(reserve.code(), data);
                Messages.success(getTranslation("reserve.protocol.done", row.number(), row.decisions().size()));
                close();
                done.run();
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        save.setId("protocol-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("reserve.cancel"), e -> close()), save);
    }

    private Line line(EntryRow r) {
        return lines.computeIfAbsent(r.id(), id -> {
            ComboBox<DecisionKind> kind = new ComboBox<>();
            kind.setId("protocol-kind-" + id);
            kind.setItems(Arrays.stream(DecisionKind.values()).filter(k -> r.status().inReserve()
                    ? k == DecisionKind.EXTEND || k == DecisionKind.EXCLUDE
                    : k != DecisionKind.EXTEND).toList());
            kind.setItemLabelGenerator(k -> ReserveLabels.of(this, "reserve.decision.", k));
            kind.setClearButtonVisible(true);
            ComboBox<ExclusionGround> ground = new ComboBox<>();
            ground.setId("protocol-ground-" + id);
            ground.setItems(ExclusionGround.values());
            ground.setItemLabelGenerator(g -> ReserveLabels.of(this, "reserve.ground.", g));
            ground.setEnabled(false);
            kind.addValueChangeListener(e -> ground.setEnabled(e.getValue() == DecisionKind.EXCLUDE));
            TextField comment = new TextField();
            comment.setId("protocol-comment-" + id);
            comment.setMaxLength(FieldLimits.RESERVE_COMMENT);
            return new Line(kind, votes("protocol-for-" + id), votes("protocol-against-" + id),
                    votes("protocol-abstained-" + id), ground, comment);
        });
    }

    private static IntegerField votes(String id) {
        IntegerField f = new IntegerField();
        f.setId(id);
        f.setMin(0);
        f.setValue(0);
        f.setWidth("5em");
        return f;
    }

    private ProtocolData data(List<EntryRow> open) {
        ProtocolData d = new ProtocolData();
        d.setNumber(number.getValue());
        LocalDate date = heldOn.getValue();
        d.setHeldOn(date);
        d.setMembersPresent(members.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<DecisionData> decisions = new ArrayList<>();
        for (EntryRow r : open) {
            Line l = lines.get(r.id());
            if (l != null && l.kind().getValue() != null) {
                decisions.add(new DecisionData(r.id(), l.kind().getValue(), value(l.votesFor()), value(l.against()),
                        value(l.abstained()), l.ground().getValue(), l.comment().getValue()));
            }
        }
        d.setDecisions(decisions);
        return d;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
