package org.munacademy.identity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.Sex;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.PositionGroupRow.PositionRow;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * The person form: binds {@link PersonData} with Bean Validation (the same rules as the REST API and the
 * facade), and fires save and close events; it never calls a service itself.
 */
class PersonForm extends FormLayout {

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    final ComboBox<PositionRow> position = new ComboBox<>();
    final ComboBox<Sex> sex = new ComboBox<>();
    final TextField citizenship = new TextField();
    final TextField snils = new TextField();
    final DatePicker birthDate = new DatePicker();
    final Checkbox consentGiven = new Checkbox();
    final DatePicker consentDate = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H3 heading = new H3();
    private final BeanValidationBinder<PersonData> binder = new BeanValidationBinder<>(PersonData.class);
    private PersonData data;

    PersonForm(List<PositionRow> positions, Function<Long, MunicipalityRow> municipalityById, Clock clock) {
        setId("person-form");
        lastName.setLabel(getTranslation("person.lastName"));
        lastName.setId("person-lastName");
        firstName.setLabel(getTranslation("person.firstName"));
        firstName.setId("person-firstName");
        middleName.setLabel(getTranslation("person.middleName"));
        middleName.setId("person-middleName");
        email.setLabel(getTranslation("person.email"));
        email.setId("person-email");
        phone.setLabel(getTranslation("person.phone"));
        phone.setId("person-phone");
        // the same limits as the entity's @Size and the columns (FieldLimits)
        lastName.setMaxLength(FieldLimits.PERSON_NAME);
        firstName.setMaxLength(FieldLimits.PERSON_NAME);
        middleName.setMaxLength(FieldLimits.PERSON_NAME);
        email.setMaxLength(FieldLimits.EMAIL);
        phone.setMaxLength(FieldLimits.PHONE);
        municipality.setLabel(getTranslation("person.municipality"));
        municipality.setId("person-municipality");
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.oktmo() + ")");
        position.setLabel(getTranslation("person.position"));
        position.setId("person-position");
        position.setItems(positions);
        position.setItemLabelGenerator(PositionRow::name);
        position.setClearButtonVisible(true);
        // what the registry of education documents (ФИС ФРДО) needs: sex, citizenship, СНИЛС, date of birth
        sex.setLabel(getTranslation("person.sex"));
        sex.setId("person-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(v -> getTranslation("person.sex." + v.name()));
        citizenship.setLabel(getTranslation("person.citizenship"));
        citizenship.setId("person-citizenship");
        citizenship.setHelperText(getTranslation("person.citizenship.help"));
        citizenship.setMaxLength(3);
        snils.setLabel(getTranslation("person.snils"));
        snils.setId("person-snils");
        snils.setHelperText(getTranslation("person.snils.help"));
        snils.setMaxLength(20);
        birthDate.setLabel(getTranslation("person.birthDate"));
        birthDate.setId("person-birthDate");
        birthDate.setMax(LocalDate.now(clock));
        consentGiven.setLabel(getTranslation("person.consentGiven"));
        consentGiven.setId("person-consentGiven");
        consentDate.setLabel(getTranslation("person.consentDate"));
        consentDate.setId("person-consentDate");
        consentDate.setMax(LocalDate.now(clock));
        consentGiven.addValueChangeListener(e -> {
            consentDate.setEnabled(e.getValue());
            if (e.getValue() && consentDate.isEmpty() && e.isFromClient()) {
                consentDate.setValue(LocalDate.now(clock));
            }
        });

        Map<Long, PositionRow> positionsById = positions.stream()
                .collect(java.util.stream.Collectors.toMap(PositionRow::id, Function.identity()));
        binder.forField(municipality)
                .withConverter(new IdConverter<>(MunicipalityRow::id, municipalityById))
                .bind("municipalityId");
        binder.forField(position)
                .withConverter(new IdConverter<>(PositionRow::id, positionsById::get))
                .bind("positionId");
        binder.bindInstanceFields(this);

        save.setText(getTranslation("common.save"));
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("common.cancel"));
        cancel.setId("person-cancel");
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        cancel.addClickShortcut(Key.ESCAPE);

        add(heading, lastName, firstName, middleName, email, phone, municipality, position, sex, citizenship,
                snils, birthDate, consentGiven, consentDate,
                new HorizontalLayout(save, cancel));
        setColspan(heading, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    /** Shows a person (a new one when {@code id} is null) for editing. */
    void edit(PersonData person, boolean isNew) {
        this.data = person;
        heading.setText(getTranslation(isNew ? "people.new" : "people.edit"));
        binder.readBean(person);
        consentDate.setEnabled(person.isConsentGiven());
    }

    /** Shows errors found by the service (e.g. an e-mail already used) on the matching fields. */
    boolean showErrors(List<FieldError> errors) {
        boolean all = true;
        for (FieldError error : errors) {
            HasValidation field = switch (error.field()) {
                case "lastName" -> lastName;
                case "firstName" -> firstName;
                case "middleName" -> middleName;
                case "email" -> email;
                case "phone" -> phone;
                case "municipalityId" -> municipality;
                case "positionId" -> position;
                case "consentDate", "consentDated" -> consentDate;
                case "citizenship" -> citizenship;
                case "snils" -> snils;
                case "birthDate" -> birthDate;
                default -> null;
            };
            if (field == null) {
                all = false;
            } else {
                field.setErrorMessage(getTranslation("person.error." + error.field()).startsWith("!")
                        ? error.message() : getTranslation("person.error." + error.field()));
                field.setInvalid(true);
            }
        }
        return all;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The user asks to save the person as entered (already valid by the form's rules). */
    static class SaveEvent extends ComponentEvent<PersonForm> {
        private final PersonData data;

        SaveEvent(PersonForm source, PersonData data) {
            super(source, false);
            this.data = data;
        }

        PersonData data() {
            return data;
        }
    }

    /** The user closes the form without saving. */
    static class CloseEvent extends ComponentEvent<PersonForm> {
        CloseEvent(PersonForm source) {
            super(source, false);
        }
    }

    /** Between a picked row and the id the data holds. */
    private record IdConverter<T>(Function<T, Long> toId, Function<Long, T> fromId) implements Converter<T, Long> {
        @Override
        public Result<Long> convertToModel(T value, ValueContext context) {
            return Result.ok(value == null ? null : toId.apply(value));
        }

        @Override
        public T convertToPresentation(Long id, ValueContext context) {
            return id == null ? null : fromId.apply(id);
        }
    }
}
