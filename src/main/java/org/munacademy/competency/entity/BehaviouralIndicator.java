package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/** An observable behaviour that shows a competency at one level. */
@Entity
@Table(name = "behavioural_indicator")
public class BehaviouralIndicator extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id", nullable = false)
    private StandardCompetency competency;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected BehaviouralIndicator() {
    }

    BehaviouralIndicator(StandardCompetency competency, Framework.Indicator indicator, int sortOrder) {
        this.competency = competency;
        this.level = indicator.level();
        this.text = indicator.text();
        this.sortOrder = sortOrder;
    }

    Framework.Indicator toRecord() {
        return new Framework.Indicator(level, text);
    }
}
