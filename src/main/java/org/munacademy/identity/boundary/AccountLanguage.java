package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.munacademy.shared.entity.LanguageChosen;

/** Remembers the language a user chose in the UI, so that mail reaches them in it. */
@ApplicationScoped
public class AccountLanguage {

    @PersistenceContext
    EntityManager em;

    @Transactional
    void chosen(@Observes LanguageChosen event) {
        if (event.username() == null || event.language() == null) {
            return;
        }
        String tag = "en".equals(event.language().getLanguage()) ? "en" : "ru";
        em.createQuery("update Account a set a.language = :l where a.username = :u")
                .setParameter("l", tag).setParameter("u", event.username()).executeUpdate();
    }
}
