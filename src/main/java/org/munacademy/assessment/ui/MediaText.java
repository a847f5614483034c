package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.function.Function;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileRefs;

/**
 * A question text with the images it refers to shown in place ({@link FileRefs}). Each image is streamed from the
 * file store through the boundary method given, which decides whether the viewer may see it (the taker's own attempt,
 * the bank's editors); a refused or missing image is a 404 and shows its alternative text.
 */
class MediaText extends Span {

    MediaText(String text, Function<String, FileContent> images) {
        addClassName("media-text");
        getStyle().set("white-space", "pre-wrap");
        for (FileRefs.Part part : FileRefs.parts(text)) {
            if (part instanceof FileRefs.Ref ref) {
                Image image = new Image(handler(ref.sha256(), images), ref.alt());
                image.addClassName("question-image");
                image.getStyle().set("display", "block").set("max-width", "min(100%, 40em)").set("height", "auto")
                        .set("margin", "var(--lumo-space-s) 0");
                add(image);
            } else {
                add(new Span(((FileRefs.Text) part).text()));
            }
        }
    }

    /** Whether the text shows any image (otherwise a plain label does). */
    static boolean hasImages(String text) {
        return text != null && FileRefs.REFERENCE.matcher(text).find();
    }

    private static DownloadHandler handler(String sha256, Function<String, FileContent> images) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                FileContent content = images.apply(sha256);
                return new DownloadResponse(content.stream(), content.info().downloadName(),
                        content.info().type().mediaType(), content.info().size());
            } catch (BusinessException e) {
                return DownloadResponse.error(404);
            }
        }).inline();
    }
}
