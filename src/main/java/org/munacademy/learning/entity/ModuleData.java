package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A module's title as a methodologist enters it. */
public class ModuleData {

    @NotBlank(message = "{learning.title.required}")
    @Size(max = FieldLimits.LEARNING_TITLE, message = "{learning.title.size}")
    private String title;

    public ModuleData() {
    }

    public ModuleData(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
