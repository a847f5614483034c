package org.munacademy.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.learning.boundary.ProviderFacade;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * Educational organisations for methodologists and administrators: the list, and a form to add or correct one (ИНН
 * with its check digit, licence, region). A correction sends the version read; a concurrent change is refused.
 */
@Route(value = "learning/providers", layout = MainLayout.class)
@RolesAllowed({"METHODOLOGIST", "ADMIN"})
@Menu(order = 26, title = "learning.providers.menu", icon = "vaadin:institution")
public class ProvidersView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderFacade providers;
    private final Grid<ProviderRow> grid = new Grid<>(ProviderRow.class, false);
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField shortName = new TextField();
    private final TextField inn = new TextField();
    private final TextField licenceNumber = new TextField();
    private final DatePicker licenceDate = new DatePicker();
    private final ComboBox<RegionRow> region = new ComboBox<>();
    private final H3 formTitle = new H3();
    private final FormLayout form = new FormLayout();
    private final BeanValidationBinder<ProviderData> binder = new BeanValidationBinder<>(ProviderData.class);
    private ProviderData data;
    private boolean isNew;

    @Inject
    public ProvidersView(ProviderFacade providers, OrganisationFacade organisation, Clock clock) {
        this.providers = providers;
        setSizeFull();
        List<RegionRow> regions = organisation.regions();
        Map<String, RegionRow> byCode = regions.stream().collect(Collectors.toMap(RegionRow::code,
                Function.identity()));

        grid.setId("providers-grid");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProviderRow::shortName).setHeader(getTranslation("learning.provider.shortName"))
                .setFlexGrow(1);
        grid.addColumn(ProviderRow::name).setHeader(getTranslation("learning.provider.name")).setFlexGrow(3);
        grid.addColumn(ProviderRow::inn).setHeader(getTranslation("learning.provider.inn")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.regionName() == null ? getTranslation("learning.provider.federal") : r.regionName())
                .setHeader(getTranslation("learning.provider.region")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });

        code.setLabel(getTranslation("learning.provider.code"));
        code.setId("provider-code");
        code.setMaxLength(FieldLimits.LEARNING_CODE);
        name.setLabel(getTranslation("learning.provider.name"));
        name.setId("provider-name");
        name.setMaxLength(FieldLimits.PROVIDER_NAME);
        shortName.setLabel(getTranslation("learning.provider.shortName"));
        shortName.setId("provider-short-name");
        shortName.setMaxLength(FieldLimits.PROVIDER_SHORT_NAME);
        inn.setLabel(getTranslation("learning.provider.inn"));
        inn.setId("provider-inn");
        inn.setMaxLength(FieldLimits.INN);
        licenceNumber.setLabel(getTranslation("learning.provider.licenceNumber"));
        licenceNumber.setId("provider-licence-number");
        licenceNumber.setMaxLength(FieldLimits.LICENCE_NUMBER);
        licenceDate.setLabel(getTranslation("learning.provider.licenceDate"));
        licenceDate.setId("provider-licence-date");
        licenceDate.setMax(LocalDate.now(clock));
        region.setLabel(getTranslation("learning.provider.region"));
        region.setId("provider-region");
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.code() + " " + r.name());
        region.setClearButtonVisible(true);
        region.setHelperText(getTranslation("learning.provider.regionHelp"));

        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(inn).bind("inn");
        binder.forField(licenceNumber).bind("licenceNumber");
        binder.forField(licenceDate).bind("licenceDate");
        binder.forField(region).withConverter(new CodeConverter<>(RegionRow::code, byCode)).bind("regionCode");

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("provider-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("provider-cancel");
        form.setId("provider-form");
        form.add(formTitle, code, shortName, name, inn, licenceNumber, licenceDate, region,
                new HorizontalLayout(save, cancel));
        form.setColspan(formTitle, 2);
        form.setColspan(name, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setWidth("32em");
        form.addClassNames(LumoUtility.Padding.MEDIUM);
        form.setVisible(false);

        Button add = new Button(getTranslation("learning.providers.add"), VaadinIcon.PLUS.create(),
                e -> open(null));
        add.setId("providers-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(add, content);
        expand(content);
        refresh();
    }

    private void refresh() {
        grid.setItems(providers.list());
    }

    private void open(ProviderRow row) {
        isNew = row == null;
        data = new ProviderData();
        if (row != null) {
            data.setCode(row.code());
            data.setName(row.name());
            data.setShortName(row.shortName());
            data.setInn(row.inn());
            data.setLicenceNumber(row.licenceNumber());
            data.setLicenceDate(row.licenceDate());
            data.setRegionCode(row.regionCode());
            data.setVersion(row.version());
        }
        formTitle.setText(getTranslation(isNew ? "learning.providers.new" : "learning.providers.edit"));
        binder.readBean(data);
        code.setReadOnly(!isNew);
        form.setVisible(true);
    }

    private void close() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save() {
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        try {
            ProviderRow saved = isNew ? providers.create(data) : providers.update(data.getCode(), data);
            Messages.success(getTranslation("learning.providers.saved", saved.shortName()));
            close();
            refresh();
        } catch (InvalidInputException e) {
            showErrors(Messages.fields(this, e));
            Messages.error(Messages.of(this, e));
        } catch (ConstraintViolationException e) {
            showErrors(e.getConstraintViolations().stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void showErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            HasValidation field = switch (error.field()) {
                case "code" -> code;
                case "name" -> name;
                case "shortName" -> shortName;
                case "inn" -> inn;
                case "licenceNumber" -> licenceNumber;
                case "licenceDate" -> licenceDate;
                case "regionCode" -> region;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.providers.title");
    }
}
