package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.shared.control.NoticeTexts;
import org.munacademy.shared.entity.Page;

/**
 * The caller's in-app notifications: {@code GET me/notifications} (newest first, with the unread count; texts in
 * the request's language, English unless {@code Accept-Language} asks for Russian), {@code POST
 * me/notifications/{id}/read} and {@code POST me/notifications/read-all}.
 */
@ApplicationScoped
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationsResource {

    /** One entry as the API shows it. */
    public record Entry(long id, String template, String title, String text, String link, Instant createdAt,
            boolean read) {
    }

    /** A page of the caller's list. */
    public record Listing(long unread, List<Entry> items, int offset, int limit) {
    }

    @Inject
    NotificationsFacade notifications;

    @GET
    public Listing list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context HttpHeaders headers) {
        Page page = Page.of(offset, limit);
        Locale language = headers.getAcceptableLanguages().stream()
                .filter(l -> "ru".equals(l.getLanguage()) || "en".equals(l.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        List<Entry> items = notifications.mine(page).stream()
                .map(n -> new Entry(n.id(), n.template(), NoticeTexts.title(n.template(), language, n.args()),
                        NoticeTexts.text(n.template(), language, n.args()), n.link(), n.createdAt(),
                        n.read()))
                .toList();
        return new Listing(notifications.unread(), items, page.offset(), page.limit());
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
