package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.BiFunction;
import org.munacademy.contest.boundary.ContestAttachments;
import org.munacademy.contest.entity.AttachmentRow;
import org.munacademy.shared.entity.BusinessException;

/**
 * An application's attachments as a list of downloads ({@code #<prefix>-<slot>}): the slot's label, the name the
 * applicant gave (none for a juror of a blind stage) and the size. Each download goes through the boundary again,
 * which decides whether the reader may have the file.
 */
final class AttachmentLinks {

    private AttachmentLinks() {
    }

    static Component of(List<AttachmentRow> rows, ContestAttachments attachments, String prefix,
            BiFunction<String, Object[], String> texts) {
        UnorderedList list = new UnorderedList();
        list.setId(prefix);
        for (AttachmentRow r : rows) {
            Anchor link = new Anchor();
            link.setText(r.fileName() == null ? r.label() : r.fileName());
            // runs in the download request: the boundary decides again who may read the file, and audits it
            link.setHref(DownloadHandler.fromInputStream(event -> {
                try {
                    ContestAttachments.Download d = attachments.download(r.id());
                    return new DownloadResponse(d.content().stream(), d.name(), d.content().info().type()
                            .mediaType(), d.content().info().size());
                } catch (BusinessException e) {
                    return DownloadResponse.error(404);
                }
            }));
            link.setId(prefix + "-" + r.slot());
            Span about = new Span(" · " + r.label() + " · " + texts.apply("contest.attach.size",
                    new Object[] {Math.max(1, (r.size() + 1023) / 1024)}));
            about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            list.add(new ListItem(link, about));
        }
        return list;
    }
}
