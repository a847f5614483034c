package org.munacademy.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry in an account's in-app notification list ("the bell"): written in the transaction of the business
 * change it tells about, read and marked read by the recipient only.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    @Column(nullable = false, length = FieldLimits.USERNAME)
    private String recipient;

    @Column(nullable = false, length = 80)
    private String template;

    @Column(length = FieldLimits.NOTICE_ARGS)
    private String args;

    @Column(length = FieldLimits.NOTICE_LINK)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String template, String args, String link, Instant createdAt) {
        this.recipient = recipient;
        this.template = template;
        this.args = args;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getArgs() {
        return args;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
