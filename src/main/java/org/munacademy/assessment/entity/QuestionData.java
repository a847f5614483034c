package org.munacademy.assessment.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A question as a methodologist submits it (a class: see {@link TestSettings}). */
public class QuestionData {

    @NotBlank(message = "{question.code.required}")
    @Size(max = 60, message = "{question.code.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{question.code.pattern}")
    private String code;

    @NotBlank(message = "{question.competency.required}")
    private String competencyCode;

    @Min(value = 1, message = "{question.level.range}")
    @Max(value = 10, message = "{question.level.range}")
    private int level = 1;

    @NotNull
    private Difficulty difficulty = Difficulty.MEDIUM;

    @NotNull(message = "{question.content.required}")
    private ItemContent content;

    /** The title (Moodle's question name); null keeps a saved question's title. */
    @Size(max = Question.MAX_NAME)
    private String title;

    /** The category of the bank the question came from (a tag); null keeps a saved question's category. */
    @Size(max = Question.MAX_NAME)
    private String category;

    public QuestionData() {
    }

    public QuestionData(String code, String competencyCode, int level, Difficulty difficulty, ItemContent content) {
        this.code = code;
        this.competencyCode = competencyCode;
        this.level = level;
        this.difficulty = difficulty;
        this.content = content;
    }

    public static QuestionData of(BankItem item) {
        QuestionData d = new QuestionData(item.code(), item.competencyCode(), item.level(), item.difficulty(),
                item.content());
        d.setTitle(item.title());
        d.setCategory(item.category());
        return d;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public void setCompetencyCode(String competencyCode) {
        this.competencyCode = competencyCode;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public ItemContent getContent() {
        return content;
    }

    public void setContent(ItemContent content) {
        this.content = content;
    }
}
