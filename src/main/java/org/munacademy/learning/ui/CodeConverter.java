package org.munacademy.learning.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Map;
import java.util.function.Function;

/**
 * Between a row picked in a combo box (a provider, a region) and the code the form's data holds: the learning data
 * refers to other things by their stable codes.
 */
final class CodeConverter<T> implements Converter<T, String> {

    private final Function<T, String> codeOf;
    private final Map<String, T> byCode;

    CodeConverter(Function<T, String> codeOf, Map<String, T> byCode) {
        this.codeOf = codeOf;
        this.byCode = byCode;
    }

    @Override
    public Result<String> convertToModel(T value, ValueContext context) {
        return Result.ok(value == null ? null : codeOf.apply(value));
    }

    @Override
    public T convertToPresentation(String code, ValueContext context) {
        return code == null ? null : byCode.get(code);
    }
}
