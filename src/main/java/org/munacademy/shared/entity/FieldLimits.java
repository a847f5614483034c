package org.munacademy.shared.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The longest value each kind of field may hold, in characters: one set of constants for Bean Validation
 * ({@code @Size(max = FieldLimits.NAME)}), the UI ({@code setMaxLength(FieldLimits.NAME)}), the importers' checks
 * (an over-long value is a 400 naming the field and the row, never a database error) and the migrations' column
 * lengths. Each constant names the columns it limits ({@link Columns}); {@code FieldLimitsTest} reads the migration
 * SQL and checks that every one of them is a {@code VARCHAR} of exactly that length.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** The {@code table.column}s a limit is the length of. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Columns {
        String[] value();
    }

    // identity

    /** A person's last, first or middle name. */
    @Columns({"person.last_name", "person.first_name", "person.middle_name"})
    public static final int PERSON_NAME = 100;

    /** A person's code in the platform (seeded content, REST). */
    @Columns("person.code")
    public static final int PERSON_CODE = 20;

    /** An e-mail address (RFC 5321's longest path). */
    @Columns({"person.email", "outbox_message.recipient_email"})
    public static final int EMAIL = 254;

    @Columns("person.phone")
    public static final int PHONE = 40;

    /** A СНИЛС, stored as its eleven digits. */
    @Columns("person.snils")
    public static final int SNILS = 11;

    /** A personnel number (табельный номер) in the employer's HR system. */
    @Columns("person.personnel_number")
    public static final int PERSONNEL_NUMBER = 20;

    /** The department (подразделение) as the HR system names it. */
    @Columns("person.department")
    public static final int DEPARTMENT = 255;

    /** A user name. */
    @Columns({"account.username", "notification.recipient"})
    public static final int USERNAME = 60;

    // organisation

    /** A name in the organisation reference data (municipality, position, body). */
    @Columns({"municipality.name", "job_position.name", "government_body.name", "position_group.name_ru",
            "position_group.name_en"})
    public static final int ORGANISATION_NAME = 255;

    // competency

    /** A code: a standard's, an area's, a competency's, a position's. */
    @Columns({"competency_standard.code", "competency_area.code", "competency.code",
            "competency_requirement.competency_code", "competency_evidence.standard_code",
            "competency_evidence.competency_code", "job_position.code", "position_group.code",
            "assessment_question.competency_code", "assessment_question.standard_code",
            "learning_programme.standard_code", "learning_programme_competency.competency_code"})
    public static final int CODE = 40;

    /** A title or name of a standard, an area or a competency (a CASE statement). */
    @Columns({"competency_standard.title", "standard_version.title", "competency_area.name", "competency.name"})
    public static final int TITLE = 500;

    /** A description: of an area, a competency, a level (a CASE notes field). */
    @Columns({"competency_area.description", "competency.description", "proficiency_level.descriptor"})
    public static final int DESCRIPTION = 2000;

    /** A behavioural indicator's text. */
    @Columns("behavioural_indicator.text")
    public static final int INDICATOR = 1000;

    /** The name of a proficiency level. */
    @Columns("proficiency_level.name")
    public static final int LEVEL_NAME = 100;

    /** A note on a version. */
    @Columns("standard_version.change_note")
    public static final int CHANGE_NOTE = 1000;

    /** A CASE identifier (a UUID in its 36-character form). */
    @Columns({"standard_version.case_id", "competency_area.case_id", "competency.case_id",
            "proficiency_level.case_id", "competency.replaces_case_id"})
    public static final int CASE_ID = 36;

    /** A reference to a source document (a standard's, an evidence's). */
    @Columns({"competency_standard.source_ref", "competency_evidence.reference"})
    public static final int SOURCE_REF = 500;

    // assessment

    /** A question's or a test's code. */
    @Columns({"assessment_question.code", "assessment_test.code", "learning_lesson.test_code"})
    public static final int ASSESSMENT_CODE = 60;

    /** A test's title. */
    @Columns("assessment_test.title")
    public static final int TEST_TITLE = 300;

    /** A test's description. */
    @Columns("assessment_test.description")
    public static final int TEST_DESCRIPTION = 2000;

    // learning

    /**
     * A code in the learning context: a provider's, a programme's, or what a prerequisite names (a position group,
     * a competency or another programme).
     */
    @Columns({"learning_provider.code", "learning_programme.code", "learning_programme_prerequisite.ref_code"})
    public static final int LEARNING_CODE = 60;

    /** A provider's full name, as in its charter and licence (a university's names are long). */
    @Columns("learning_provider.name")
    public static final int PROVIDER_NAME = 500;

    /** A provider's short name (РАНХиГС, СЗИУ). */
    @Columns("learning_provider.short_name")
    public static final int PROVIDER_SHORT_NAME = 100;

    /** An ИНН: ten digits for an organisation (twelve, a person's, is not accepted for providers). */
    @Columns("learning_provider.inn")
    public static final int INN = 12;

    /** The number of an educational licence (a registry entry number such as Л035-01234-77/00123456). */
    @Columns("learning_provider.licence_number")
    public static final int LICENCE_NUMBER = 60;

    /** The title of a programme, a module or a lesson. */
    @Columns({"learning_programme.title", "learning_module.title", "learning_lesson.title"})
    public static final int LEARNING_TITLE = 300;

    /** A programme's description, in Markdown. */
    @Columns("learning_programme.description")
    public static final int PROGRAMME_DESCRIPTION = 8000;

    /** A video lesson's link (https only). */
    @Columns("learning_lesson.video_url")
    public static final int VIDEO_URL = 1000;

    // notifications (shared)

    /** The arguments of an in-app notification, as a JSON array of strings. */
    @Columns("notification.args")
    public static final int NOTICE_ARGS = 2000;

    /** The link of an in-app notification (a path inside the application). */
    @Columns("notification.link")
    public static final int NOTICE_LINK = 300;

    /** A mail's subject. */
    @Columns("outbox_message.subject")
    public static final int MAIL_SUBJECT = 300;

    /** A mail's body. */
    @Columns("outbox_message.body")
    public static final int MAIL_BODY = 8000;

    /** Why the last try to send a mail failed. */
    @Columns("outbox_message.last_error")
    public static final int MAIL_ERROR = 500;

    // reserve

    /** A reserve's code. */
    @Columns("reserve_reserve.code")
    public static final int RESERVE_CODE = 60;

    /** A reserve's name, and a plan item's title. */
    @Columns({"reserve_reserve.name", "reserve_plan_item.title", "reserve_entry.basis_document"})
    public static final int RESERVE_NAME = 300;

    /** A protocol's number, an appointment's order number. */
    @Columns({"reserve_protocol.number", "reserve_appointment.order_number"})
    public static final int RESERVE_DOCUMENT_NUMBER = 40;

    /** A comment or note in the reserve: a nomination's, a decision's, a closing one, an offer's; an event's detail. */
    @Columns({"reserve_entry.nomination_note", "reserve_entry.closing_comment", "reserve_decision.comment",
        "reserve_offer.comment", "reserve_entry_event.detail", "reserve_protocol.members_present"})
    public static final int RESERVE_COMMENT = 2000;

    // contest

    /** A contest's code: a season's, a nomination's, a criterion's, an application's or diploma's number. */
    @Columns({"contest_season.code", "contest_nomination.code", "contest_criterion.code", "contest_stage.test_code",
        "contest_application.number", "contest_diploma.number", "contest_diploma.code"})
    public static final int CONTEST_CODE = 40;

    /** A season's, nomination's, stage's or criterion's title; a team's name. */
    @Columns({"contest_season.title", "contest_nomination.title", "contest_stage.title", "contest_criterion.title",
        "contest_application.team_name"})
    public static final int CONTEST_TITLE = 300;

    /** A criterion's anchored level descriptor (what a low, middle and high score look like). */
    @Columns({"contest_criterion.anchor_low", "contest_criterion.anchor_mid", "contest_criterion.anchor_high"})
    public static final int CONTEST_ANCHOR = 1000;

    /** A conflict's written statement, a juror's remark, a result's note, the eligibility reasons. */
    @Columns({"contest_conflict.statement", "contest_assignment.remark", "contest_result.note",
        "contest_application.eligibility"})
    public static final int CONTEST_NOTE = 2000;

    /** An appeal's reason and its decision. */
    @Columns({"contest_appeal.reason", "contest_appeal.decision"})
    public static final int CONTEST_APPEAL = 4000;
}
