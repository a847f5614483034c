package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.munacademy.contest.boundary.ApplicationFacade;
import org.munacademy.contest.boundary.ContestAttachments;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.AppealData;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.DiplomaRow;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.MemberRow;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.contest.entity.ResultRow;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * «Мои заявки» ({@code contest/mine}): the caller's applications, as applicant or team member, newest first. Each
 * card ({@code #my-application-<id>}) shows the nomination, the status ({@code #my-application-status-<id>}), the
 * stage reached, the reasons of an ineligible application, the team with each member's consent (a member who has not
 * consented consents here: {@code #my-application-consent-<id>}), the results per stage with score and place once
 * shown ({@code #my-application-results-<id>}), the appeals, an appeal button for a closed stage inside its window
 * ({@code #my-application-appeal-<id>-<stageId>}), the diplomas with their number, verification code and a link to
 * the public check ({@code contest/diploma/<number>?code=…}), the files of the questionnaire's FILE fields
 * ({@code #my-attachments-<id>}, each a download; the applicant uploads one a field while the application is active:
 * {@code #my-attachment-upload-<id>-<slot>}, the type checked by content), and «Отозвать заявку» for the applicant
 * ({@code #my-application-withdraw-<id>}).
 */
@Route(value = "contest/mine", layout = MainLayout.class)
@PermitAll
@Menu(order = 19.9, title = "contest.mine.menu", icon = "vaadin:trophy")
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationFacade applications;
    private final RankingFacade rankings;
    private final SeasonFacade seasons;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ContestAttachments attachments;
    private final Div cards = new Div();

    @Inject
    public MyApplicationsView(ApplicationFacade applications, RankingFacade rankings, SeasonFacade seasons,
            CurrentUser currentUser, Clock clock, ContestAttachments attachments) {
        this.applications = applications;
        this.attachments = attachments;
        this.rankings = rankings;
        this.seasons = seasons;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("72em");
        cards.setId("my-applications");
        cards.setWidthFull();
        RouterLink apply = new RouterLink(getTranslation("contest.mine.apply"), ApplyView.class);
        apply.setId("my-applications-apply");
        add(new H2(getTranslation("contest.mine.title")), apply, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<ApplicationDetail> mine = applications.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest.mine.none"));
            none.setId("my-applications-none");
            cards.add(none);
            return;
        }
        Map<String, SeasonRow> bySeason = new HashMap<>();
        for (ApplicationDetail d : mine) {
            SeasonRow season = bySeason.computeIfAbsent(d.row().season(), seasons::season);
            cards.add(card(d, season));
        }
    }

    private Component card(ApplicationDetail d, SeasonRow season) {
        ApplicationRow r = d.row();
        Long me = currentUser.require().personId();
        boolean applicant = me != null && me.equals(r.personId());
        Div card = new Div();
        card.setId("my-application-" + r.id());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        H3 heading = new H3(getTranslation("contest.mine.heading", r.number(), r.nominationTitle()));
        heading.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        Span status = badge(getTranslation("contest.mine.status." + r.status().name()), switch (r.status()) {
            case ACTIVE, FINALIST -> "success";
            case WINNER -> "success primary";
            case INELIGIBLE, ELIMINATED -> "error";
            case WITHDRAWN -> "contrast";
            default -> null;
        });
        status.setId("my-application-status-" + r.id());
        Div head = new Div(heading, status);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        Span where = new Span(season.title() + (r.stageTitle() == null ? ""
                : " · " + getTranslation("contest.mine.stage", r.stageSeq(), r.stageTitle())));
        where.setId("my-application-stage-" + r.id());
        where.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        card.add(head, where);
        if (!r.eligibility().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("my-application-reasons-" + r.id());
            r.eligibility().forEach(l -> reasons.add(new ListItem(ApplyTexts.reason(l, this::getTranslation))));
            card.add(new H4(getTranslation("contest.mine.eligibility")), reasons);
        }
        if (r.teamName() != null || d.members().size() > 1) {
            card.add(team(d, me));
        }
        if (!d.results().isEmpty()) {
            card.add(new H4(getTranslation("contest.mine.results")), results(d));
        }
        card.add(attachments(d, season, applicant));
        card.add(appeals(d, season, applicant));
        if (!d.diplomas().isEmpty()) {
            card.add(new H4(getTranslation("contest.mine.diplomas")), diplomas(d));
        }
        if (applicant && (r.status() == ApplicationStatus.ACTIVE || r.status() == ApplicationStatus.INELIGIBLE
                || r.status() == ApplicationStatus.SUBMITTED)) {
            Button withdraw = new Button(getTranslation("contest.mine.withdraw"), e -> Confirmations.danger(
                    "my-application-withdraw-confirm", getTranslation("contest.mine.withdraw.title", r.number()),
                    getTranslation("contest.mine.withdraw.text"), getTranslation("contest.mine.withdraw.ok"),
                    getTranslation("common.cancel"), () -> withdraw(r)));
            withdraw.setId("my-application-withdraw-" + r.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(new Div(withdraw));
        }
        return card;
    }

    private Component team(ApplicationDetail d, Long me) {
        ApplicationRow r = d.row();
        Div team = new Div();
        team.setId("my-application-team-" + r.id());
        if (r.teamName() != null) {
            team.add(new H4(getTranslation("contest.mine.team", r.teamName())));
        }
        UnorderedList list = new UnorderedList();
        for (MemberRow m : d.members()) {
            list.add(new ListItem(getTranslation("contest.mine.member", m.name(),
                    getTranslation(m.consented() ? "contest.mine.consented" : "contest.mine.notConsented"))));
        }
        team.add(list);
        boolean waiting = d.members().stream().anyMatch(m -> !m.consented() && Objects.equals(me, m.personId()));
        if (waiting) {
            Button consent = new Button(getTranslation("contest.mine.consent"), e -> consent(r));
            consent.setId("my-application-consent-" + r.id());
            consent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            team.add(consent);
        }
        return team;
    }

    private Component results(ApplicationDetail d) {
        Grid<ResultRow> grid = new Grid<>(ResultRow.class, false);
        grid.setId("my-application-results-" + d.row().id());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(x -> x.stageSeq() + ". " + x.stageTitle()).setHeader(getTranslation("contest.mine.col.stage"))
                .setFlexGrow(2);
        grid.addColumn(x -> getTranslation("contest.mine.result." + x.status().name()))
                .setHeader(getTranslation("contest.mine.col.status")).setAutoWidth(true);
        grid.addColumn(x -> x.score() == null ? "" : x.score().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("contest.mine.col.score")).setAutoWidth(true);
        grid.addColumn(x -> x.place() == null ? "" : String.valueOf(x.place()))
                .setHeader(getTranslation("contest.mine.col.place")).setAutoWidth(true);
        grid.addColumn(x -> x.note() == null ? "" : x.note()).setHeader(getTranslation("contest.mine.col.note"))
                .setFlexGrow(2);
        grid.setItems(d.results());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component appeals(ApplicationDetail d, SeasonRow season, boolean applicant) {
        ApplicationRow r = d.row();
        Div box = new Div();
        box.setId("my-application-appeals-" + r.id());
        if (!d.appeals().isEmpty()) {
            box.add(new H4(getTranslation("contest.mine.appeals")));
            UnorderedList list = new UnorderedList();
            for (AppealRow a : d.appeals()) {
                ListItem item = new ListItem(getTranslation("contest.mine.appealLine", a.stageTitle(),
                        getTranslation("contest.mine.appealStatus." + a.status().name()), a.reason()));
                if (a.decision() != null) {
                    item.add(new Paragraph(getTranslation("contest.mine.appealDecision", a.decision())));
                }
                list.add(item);
            }
            box.add(list);
        }
        if (!applicant) {
            return box;
        }
        LocalDate today = LocalDate.now(clock);
        for (ResultRow x : d.results()) {
            StageRow stage = stage(season, x.stageId());
            boolean filed = d.appeals().stream().anyMatch(a -> a.stageId() == x.stageId());
            if (stage != null && !filed && stage.status() == StageStatus.CLOSED && stage.appealUntil() != null
                    && !today.isAfter(stage.appealUntil())) {
                Button appeal = new Button(getTranslation("contest.mine.appeal", stage.title(),
                        ApplyView.DATE.format(stage.appealUntil())), e -> appeal(r, stage));
                appeal.setId("my-application-appeal-" + r.id() + "-" + stage.id());
                box.add(new Div(appeal));
            }
        }
        return box;
    }

    /** The files of the nomination's FILE fields: downloads, and an upload a field for the applicant. */
    private Component attachments(ApplicationDetail d, SeasonRow season, boolean applicant) {
        ApplicationRow r = d.row();
        Div box = new Div();
        List<QuestionField> slots = season.nominations().stream().filter(n -> n.code().equals(r.nominationCode()))
                .flatMap(n -> n.questionnaire().stream()).filter(f -> f.type() == FieldType.FILE).toList();
        if (slots.isEmpty()) {
            return box;
        }
        box.add(new H4(getTranslation("contest.attach.title")));
        if (d.attachments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest.attach.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            box.add(none);
        } else {
            box.add(AttachmentLinks.of(d.attachments(), attachments, "my-attachments-" + r.id(),
                    this::getTranslation));
        }
        if (applicant && (r.status() == ApplicationStatus.ACTIVE || r.status() == ApplicationStatus.SUBMITTED)) {
            for (QuestionField slot : slots) {
                box.add(upload(r, slot));
            }
        }
        return box;
    }

    private Component upload(ApplicationRow r, QuestionField slot) {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, temp) -> {
            try (InputStream in = Files.newInputStream(temp.toPath())) {
                attachments.upload(r.id(), slot.code(), in, metadata.fileName());
                Messages.success(getTranslation("contest.attach.stored", slot.label()));
                refresh();
            } catch (BusinessException e) {
                Messages.error(Messages.of(this, e));
            } finally {
                Files.deleteIfExists(temp.toPath());
            }
        }));
        upload.setId("my-attachment-upload-" + r.id() + "-" + slot.code());
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("contest.attach.upload", slot.label()),
                VaadinIcon.UPLOAD.create()));
        upload.addSucceededListener(e -> upload.clearFileList());
        Span types = new Span(getTranslation("contest.attach.types", String.join(", ", slot.choices()),
                slot.maxLength() == null ? "—" : slot.maxLength()));
        types.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(upload, types);
    }

    private static StageRow stage(SeasonRow season, long stageId) {
        return season.nominations().stream().flatMap(n -> n.stages().stream()).filter(s -> s.id() == stageId)
                .findFirst().orElse(null);
    }

    private Component diplomas(ApplicationDetail d) {
        UnorderedList list = new UnorderedList();
        list.setId("my-application-diplomas-" + d.row().id());
        for (DiplomaRow x : d.diplomas()) {
            ListItem item = new ListItem(getTranslation("contest.mine.diploma", x.number(),
                    getTranslation("contest.mine.status." + x.outcome().name()), x.stageTitle(), x.code()) + " ");
            Anchor check = new Anchor("contest/diploma/" + URLEncoder.encode(x.number(), StandardCharsets.UTF_8)
                    + "?code=" + URLEncoder.encode(x.code(), StandardCharsets.UTF_8),
                    getTranslation("contest.mine.diploma.check"));
            check.setId("my-diploma-" + x.number());
            item.add(check);
            list.add(item);
        }
        return list;
    }

    private void appeal(ApplicationRow r, StageRow stage) {
        Dialog dialog = new Dialog();
        dialog.setId("my-appeal-dialog");
        dialog.setHeaderTitle(getTranslation("contest.mine.appeal.title") + " · " + r.number());
        TextArea reason = new TextArea(getTranslation("contest.mine.appeal.reason"));
        reason.setId("my-appeal-reason");
        reason.setMaxLength(FieldLimits.CONTEST_APPEAL);
        reason.setWidth("36em");
        reason.setMinHeight("10em");
        Button file = new Button(getTranslation("contest.mine.appeal.submit"), e -> {
            try {
                rankings.appeal(r.id(), new AppealData(stage.id(), reason.getValue()));
                dialog.close();
                Messages.success(getTranslation("contest.mine.appeal.done"));
                refresh();
            } catch (BusinessException x) {
                Messages.error(Messages.of(this, x));
            }
        });
        file.setId("my-appeal-submit");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(reason));
        dialog.getFooter().add(cancel, file);
        dialog.open();
    }

    private void consent(ApplicationRow r) {
        try {
            applications.consent(r.id());
            Messages.success(getTranslation("contest.mine.consentDone"));
            refresh();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void withdraw(ApplicationRow r) {
        try {
            applications.withdraw(r.id(), r.version());
            Messages.success(getTranslation("contest.mine.withdrawn"));
            refresh();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            refresh();
        }
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.mine.title");
    }
}
