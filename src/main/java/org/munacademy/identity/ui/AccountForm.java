package org.munacademy.identity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.AccountData.GrantData;
import org.munacademy.identity.entity.AccountRow;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * The account form: login, password, the person the account belongs to and the roles granted with their scopes
 * (country, region or municipality). Binds {@link AccountData} with Bean Validation and fires save and close
 * events; it never calls a service itself.
 */
class AccountForm extends FormLayout {

    private static final Pattern GRANT_FIELD = Pattern.compile("grants\\[(\\d+)](?:\\.(\\w+))?");

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final ComboBox<PersonRow> person = new ComboBox<>();
    final Checkbox enabled = new Checkbox();
    final Button addGrant = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H3 heading = new H3();
    private final VerticalLayout grantList = new VerticalLayout();
    private final List<GrantLine> grantLines = new ArrayList<>();
    private final BeanValidationBinder<AccountData> binder = new BeanValidationBinder<>(AccountData.class);

    private final List<RegionRow> regions;
    private final Map<String, RegionRow> regionsByCode;
    private final ComboBox.FetchItemsCallback<PersonRow> personsWithoutAccount;
    private final ComboBox.FetchItemsCallback<MunicipalityRow> municipalities;
    private final SerializableFunction<Long, MunicipalityRow> municipalityById;

    private AccountData data;
    private boolean creating;
    /** The person of the account being edited: it has an account, so the picker's query does not find it. */
    private PersonRow currentPerson;

    /**
     * @param regions                all regions, for regional scopes
     * @param personsWithoutAccount  persons that may get an account, by name (filter, offset, limit)
     * @param municipalities         municipalities by name or OKTMO (filter, offset, limit), for municipal scopes
     * @param municipalityById       a municipality already granted, to show it
     */
    AccountForm(List<RegionRow> regions, ComboBox.FetchItemsCallback<PersonRow> personsWithoutAccount,
            ComboBox.FetchItemsCallback<MunicipalityRow> municipalities,
            SerializableFunction<Long, MunicipalityRow> municipalityById) {
        this.regions = List.copyOf(regions);
        this.regionsByCode = regions.stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));
        this.personsWithoutAccount = personsWithoutAccount;
        this.municipalities = municipalities;
        this.municipalityById = municipalityById;
        setId("account-form");

        username.setLabel(getTranslation("accounts.username"));
        username.setId("account-username");
        password.setLabel(getTranslation("accounts.password"));
        password.setId("account-password");
        person.setLabel(getTranslation("accounts.person"));
        person.setId("account-person");
        person.setHelperText(getTranslation("accounts.person.hint"));
        person.setClearButtonVisible(true);
        person.setItemLabelGenerator(p -> p.municipalityName() == null ? p.fullName()
                : p.fullName() + " — " + p.municipalityName());
        person.setItems(q -> fetchPersons(q.getFilter().orElse(""), q.getOffset(), q.getLimit()));
        enabled.setLabel(getTranslation("accounts.enabled.label"));
        enabled.setId("account-enabled");

        binder.forField(username).bind("username");
        binder.forField(password)
                .withNullRepresentation("")
                .withValidator(p -> !creating || p != null, getTranslation("accounts.password.required"))
                .bind("password");
        binder.forField(person)
                .withConverter(p -> p == null ? null : p.id(), id -> id == null ? null : currentPerson)
                .bind("personId");
        binder.forField(enabled).bind("enabled");

        H4 grantsHeading = new H4(getTranslation("accounts.grants"));
        grantsHeading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        grantList.setId("account-grants");
        grantList.setPadding(false);
        grantList.setSpacing(false);
        grantList.addClassNames(LumoUtility.Gap.SMALL);
        addGrant.setText(getTranslation("accounts.grant.add"));
        addGrant.setIcon(VaadinIcon.PLUS.create());
        addGrant.setId("account-add-grant");
        addGrant.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addGrant.addClickListener(e -> addGrantLine(new GrantData(), null).role.focus());

        save.setText(getTranslation("common.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("common.cancel"));
        cancel.setId("account-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassNames(LumoUtility.Margin.Top.MEDIUM);

        add(heading, username, password, person, enabled, grantsHeading, grantList, addGrant, buttons);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** Starts a new account: no person, enabled, no roles yet. */
    void editNew() {
        edit(new AccountData(), null, List.of(), true);
    }

    /** Shows an existing account for editing, with the version read (a concurrent change is refused). */
    void edit(AccountRow account) {
        AccountData existing = new AccountData();
        existing.setUsername(account.username());
        existing.setPersonId(account.personId());
        existing.setEnabled(account.enabled());
        existing.setVersion(account.version());
        PersonRow own = account.personId() == null ? null : new PersonRow(account.personId(), null,
                account.personName(), null, null, null, null, null, null, null, null, null, null, null, null);
        edit(existing, own, account.grants(), false);
    }

    private void edit(AccountData account, PersonRow own, List<Grant> grants, boolean isNew) {
        this.data = account;
        this.creating = isNew;
        this.currentPerson = own;
        heading.setText(isNew ? getTranslation("accounts.new")
                : getTranslation("accounts.edit", account.getUsername()));
        username.setReadOnly(!isNew);
        password.setRequiredIndicatorVisible(isNew);
        password.setHelperText(isNew ? getTranslation("accounts.password.hint", AccountData.PASSWORD_MIN)
                : getTranslation("accounts.password.keep"));
        person.getLazyDataView().refreshAll();
        binder.readBean(account);
        grantList.removeAll();
        grantLines.clear();
        for (Grant g : grants) {
            switch (g.scopeType()) {
                case NATIONAL -> addGrantLine(new GrantData(g.role(), ScopeType.NATIONAL, null, null), null);
                case REGION -> addGrantLine(new GrantData(g.role(), ScopeType.REGION, regions.stream()
                        .filter(r -> r.id().equals(g.regionId())).map(RegionRow::code).findFirst().orElse(null),
                        null), null);
                case MUNICIPALITY -> {
                    MunicipalityRow m = municipalityById.apply(g.municipalityId());
                    addGrantLine(new GrantData(g.role(), ScopeType.MUNICIPALITY, null, m.oktmo()), m);
                }
            }
        }
    }

    /** Marks a field as wrong with a message (e.g. a user name already taken). */
    void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Shows errors found by the service on the matching fields ({@code grants[1].regionCode} on the second
     * grant's region); returns the messages of errors that match no field.
     */
    List<String> showErrors(List<FieldError> errors) {
        List<String> unmatched = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = fieldOf(error.field());
            if (field == null) {
                unmatched.add(error.message());
            } else {
                showError(field, error.message());
            }
        }
        return unmatched;
    }

    private HasValidation fieldOf(String name) {
        switch (name == null ? "" : name) {
            case "username":
                return username;
            case "password":
                return password;
            case "personId":
                return person;
            default:
                Matcher m = GRANT_FIELD.matcher(name == null ? "" : name);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= grantLines.size()) {
                    return null;
                }
                GrantLine line = grantLines.get(Integer.parseInt(m.group(1)));
                return switch (m.group(2) == null ? "" : m.group(2)) {
                    case "scopeType" -> line.scope;
                    case "regionCode" -> line.region;
                    case "municipalityOktmo" -> line.municipality;
                    default -> line.role;
                };
        }
    }

    /** Persons without an account, preceded by the account's own person when it matches the filter. */
    private Stream<PersonRow> fetchPersons(String filter, int offset, int limit) {
        boolean withOwn = currentPerson != null && (filter.isBlank() || currentPerson.fullName()
                .toLowerCase(Locale.ROOT).contains(filter.trim().toLowerCase(Locale.ROOT)));
        if (!withOwn) {
            return personsWithoutAccount.fetchItems(filter, offset, limit);
        }
        if (offset > 0) {
            return personsWithoutAccount.fetchItems(filter, offset - 1, limit);
        }
        return Stream.concat(Stream.of(currentPerson),
                limit > 1 ? personsWithoutAccount.fetchItems(filter, 0, limit - 1) : Stream.empty());
    }

    private GrantLine addGrantLine(GrantData grant, MunicipalityRow municipality) {
        GrantLine line = new GrantLine(grant, municipality);
        grantLines.add(line);
        grantList.add(line);
        return line;
    }

    private void removeGrantLine(GrantLine line) {
        grantLines.remove(line);
        grantList.remove(line);
    }

    private void validateAndSave() {
        boolean grantsValid = true;
        for (GrantLine line : grantLines) {
            grantsValid &= line.validate();
        }
        if (binder.writeBeanIfValid(data) && grantsValid) {
            data.setGrants(grantLines.stream().map(GrantLine::toData).toList());
            fireEvent(new SaveEvent(this, data));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The administrator asks to save the account as entered (already valid by the form's rules). */
    static class SaveEvent extends ComponentEvent<AccountForm> {
        private final AccountData data;

        SaveEvent(AccountForm source, AccountData data) {
            super(source, false);
            this.data = data;
        }

        AccountData data() {
            return data;
        }
    }

    /** The administrator closes the form without saving. */
    static class CloseEvent extends ComponentEvent<AccountForm> {
        CloseEvent(AccountForm source) {
            super(source, false);
        }
    }

    /** One granted role with its scope; the region or municipality picker shows only for that scope. */
    private final class GrantLine extends VerticalLayout {

        final Select<Role> role = new Select<>();
        final Select<ScopeType> scope = new Select<>();
        final ComboBox<RegionRow> region = new ComboBox<>();
        final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
        private final BeanValidationBinder<GrantData> lineBinder = new BeanValidationBinder<>(GrantData.class);
        private final GrantData grant;
        /** The municipality granted before editing, to show it without a query. */
        private final MunicipalityRow granted;

        GrantLine(GrantData grant, MunicipalityRow granted) {
            this.grant = grant;
            this.granted = granted;
            setPadding(false);
            setSpacing(false);
            addClassNames(LumoUtility.Gap.XSMALL, LumoUtility.Padding.Bottom.SMALL, LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10);

            role.addClassName("grant-role");
            role.setPlaceholder(getTranslation("accounts.grant.role"));
            role.setAriaLabel(getTranslation("accounts.grant.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
            scope.addClassName("grant-scope");
            scope.setPlaceholder(getTranslation("accounts.grant.scope"));
            scope.setAriaLabel(getTranslation("accounts.grant.scope"));
            scope.setItems(ScopeType.NATIONAL, ScopeType.REGION, ScopeType.MUNICIPALITY);
            scope.setItemLabelGenerator(s -> getTranslation("scope." + s.name()));
            region.addClassName("grant-region");
            region.setPlaceholder(getTranslation("accounts.grant.region"));
            region.setAriaLabel(getTranslation("accounts.grant.region"));
            region.setWidthFull();
            region.setItems(regions);
            region.setItemLabelGenerator(r -> r.code() + " " + r.name());
            municipality.addClassName("grant-municipality");
            municipality.setPlaceholder(getTranslation("accounts.grant.municipality"));
            municipality.setAriaLabel(getTranslation("accounts.grant.municipality"));
            municipality.setWidthFull();
            municipality.setItems(q -> municipalities.fetchItems(q.getFilter().orElse(""), q.getOffset(),
                    q.getLimit()));
            municipality.setItemLabelGenerator(m -> m.name() + ", " + m.regionName() + " (" + m.oktmo() + ")");

            lineBinder.forField(role).bind("role");
            lineBinder.forField(scope).bind("scopeType");
            lineBinder.forField(region)
                    .withValidator(r -> scope.getValue() != ScopeType.REGION || r != null,
                            getTranslation("accounts.grant.region.required"))
                    .bind(g -> g.getRegionCode() == null ? null : regionsByCode.get(g.getRegionCode()),
                            (g, r) -> g.setRegionCode(r == null ? null : r.code()));
            lineBinder.forField(municipality)
                    .withValidator(m -> scope.getValue() != ScopeType.MUNICIPALITY || m != null,
                            getTranslation("accounts.grant.municipality.required"))
                    .bind(g -> granted != null && granted.oktmo().equals(g.getMunicipalityOktmo()) ? granted : null,
                            (g, m) -> g.setMunicipalityOktmo(m == null ? null : m.oktmo()));
            lineBinder.setBean(grant);
            scope.addValueChangeListener(e -> showScopePicker());
            showScopePicker();

            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeGrantLine(this));
            remove.addClassName("grant-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("accounts.grant.remove"));
            remove.setTooltipText(getTranslation("accounts.grant.remove"));

            HorizontalLayout top = new HorizontalLayout(role, scope, remove);
            top.setWidthFull();
            top.setAlignItems(FlexComponent.Alignment.BASELINE);
            top.setFlexGrow(1, role, scope);
            add(top, region, municipality);
        }

        private void showScopePicker() {
            region.setVisible(scope.getValue() == ScopeType.REGION);
            municipality.setVisible(scope.getValue() == ScopeType.MUNICIPALITY);
        }

        boolean validate() {
            return lineBinder.validate().isOk();
        }

        /** The grant as entered, with only the place its scope needs. */
        GrantData toData() {
            ScopeType s = grant.getScopeType();
            return new GrantData(grant.getRole(), s, s == ScopeType.REGION ? grant.getRegionCode() : null,
                    s == ScopeType.MUNICIPALITY ? grant.getMunicipalityOktmo() : null);
        }
    }
}
