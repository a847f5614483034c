package org.munacademy.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.munacademy.shared.entity.BaseEntity;

/** A module of a programme's course: a titled, ordered group of lessons. Changed only through its programme. */
@Entity
@Table(name = "learning_module")
public class CourseModule extends BaseEntity implements Programme.Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    @BatchFetch(BatchFetchType.IN)
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Programme programme, String title, int sortOrder) {
        this.programme = programme;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    void rename(String newTitle) {
        this.title = newTitle;
    }

    Lesson addLesson(LessonData data) {
        Lesson lesson = new Lesson(this, lessons.size() + 1);
        lesson.apply(data);
        lessons.add(lesson);
        return lesson;
    }

    void removeLesson(Lesson lesson) {
        lessons.remove(lesson);
        Programme.renumber(lessons);
    }

    void moveLesson(Lesson lesson, int delta) {
        Programme.move(lessons, lessons.indexOf(lesson), delta);
        Programme.renumber(lessons);
    }

    @Override
    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Programme getProgramme() {
        return programme;
    }

    /** The module's number in the course, from 1. */
    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
