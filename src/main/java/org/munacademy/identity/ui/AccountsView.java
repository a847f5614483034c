package org.munacademy.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.AccountFacade;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.AccountRow;
import org.munacademy.identity.entity.DuplicateLoginException;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityFilter;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * Accounts for administrators: a lazily loaded list searchable by login or surname, and a form beside it to
 * create an account or change its person, password, state and the roles granted with their scopes.
 */
@Route(value = "accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "accounts.menu", icon = "vaadin:key")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final AccountFacade accounts;
    private final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final AccountForm form;
    private Long editingId;

    @Inject
    public AccountsView(AccountFacade accounts, OrganisationFacade organisation) {
        this.accounts = accounts;
        setSizeFull();

        form = new AccountForm(organisation.regions(),
                (filter, offset, limit) -> accounts.personsWithoutAccount(filter, new Page(offset, limit)).stream(),
                (filter, offset, limit) -> organisation.municipalities(
                        new MunicipalityFilter(filter, null, null, null), new Page(offset, limit)).stream(),
                organisation::municipality);
        form.addSaveListener(e -> save(e.data()));
        form.addCloseListener(e -> closeForm());
        form.setVisible(false);
        form.addClassNames(LumoUtility.Padding.MEDIUM);
        form.setWidth("36em");

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setId("accounts-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("accounts.add"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("new-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        total.setId("accounts-total");
        HorizontalLayout toolbar = new HorizontalLayout(search, total, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AccountRow::personName).setHeader(getTranslation("accounts.person")).setFlexGrow(2);
        grid.addColumn(this::grantsText).setHeader(getTranslation("accounts.grants")).setFlexGrow(3)
                .setTooltipGenerator(this::grantsText);
        grid.addColumn(a -> getTranslation(a.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("accounts.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.lastLoginAt() == null ? "—" : UTC_TIME.format(a.lastLoginAt()))
                .setHeader(getTranslation("accounts.lastLogin")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openExisting(e.getValue().id());
            }
        });
        grid.setItems(q -> accounts.list(search.getValue(), new Page(q.getOffset(), q.getLimit())).stream(),
                q -> (int) accounts.count(search.getValue()));
        updateTotal();

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(toolbar, content);
    }

    /** A role with its scope for display, e.g. "Кадровая служба — Вологодская область". */
    static String grantText(Component translator, Grant grant) {
        String scope = grant.scopeType() == ScopeType.NATIONAL || grant.scopeName() == null
                ? translator.getTranslation("scope." + grant.scopeType().name())
                : grant.scopeName();
        return translator.getTranslation("role." + grant.role().name()) + " — " + scope;
    }

    private String grantsText(AccountRow account) {
        return account.grants().stream().map(g -> grantText(this, g)).collect(Collectors.joining("; "));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("common.total", accounts.count(search.getValue())));
    }

    private void openNew() {
        grid.asSingleSelect().clear();
        editingId = null;
        form.editNew();
        form.setVisible(true);
        form.username.focus();
    }

    private void openExisting(long id) {
        // read afresh: the row may be older than the account, and its version guards the update
        AccountRow account = accounts.get(id);
        editingId = id;
        form.edit(account);
        form.setVisible(true);
    }

    private void closeForm() {
        form.setVisible(false);
        editingId = null;
        grid.asSingleSelect().clear();
    }

    private void save(AccountData data) {
        try {
            AccountRow saved = editingId == null ? accounts.create(data) : accounts.update(editingId, data);
            Messages.success(getTranslation(editingId == null ? "accounts.created" : "accounts.saved",
                    saved.username()));
            closeForm();
            refresh();
        } catch (DuplicateLoginException e) {
            form.showError(form.username, Messages.of(this, e));
        } catch (InvalidInputException e) {
            form.showErrors(Messages.fields(this, e)).forEach(Messages::error);
        } catch (ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(dataPath(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            form.showErrors(errors).forEach(Messages::error);
        } catch (BusinessException e) {
            // a concurrent change, an access refusal, an account removed meanwhile
            Messages.error(Messages.of(this, e));
        }
    }

    /** {@code create.data.grants[0].role} → {@code grants[0].role}: the path inside the account data. */
    private static String dataPath(String path) {
        String[] nodes = path.split("\\.", 3);
        return nodes.length == 3 ? nodes[2] : path;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
