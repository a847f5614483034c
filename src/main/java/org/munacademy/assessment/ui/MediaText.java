package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.munacademy.assessment.boundary.QuestionMedia;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.FileType;

/**
 * A question text with the images it refers to shown in place ({@link FileRefs}), audio and video as plain
 * {@code <audio controls>} / {@code <video controls>} elements. Each image is streamed from the
 * file store through the boundary method given, which decides whether the viewer may see it (the taker's own attempt,
 * the bank's editors); a refused or missing image is a 404 and shows its alternative text. A rich text
 * ({@link RichText}) is shown as HTML ({@link Html} in a {@code <div>}) after the sanitiser
 * ({@link QuestionMedia#shownHtml}), never as stored; its images are streamed the same way, each through a
 * resource registered while the text is shown.
 */
class MediaText extends Span {

    private final List<StreamRegistration> registrations = new ArrayList<>();

    MediaText(String text, Function<String, FileContent> images) {
        addClassName("media-text");
        if (RichText.isRich(text)) {
            String html = QuestionMedia.shownHtml(text);
            addAttachListener(e -> showRich(html, images));
            addDetachListener(e -> unregister());
            return;
        }
        getStyle().set("white-space", "pre-wrap");
        for (FileRefs.Part part : FileRefs.parts(text)) {
            FileType played = part instanceof FileRefs.Ref r ? played(r.sha256(), images) : null;
            if (part instanceof FileRefs.Ref ref && played != null) {
                add(player(ref, played, images));
            } else if (part instanceof FileRefs.Ref ref) {
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

    /**
     * A plain {@code <audio controls>} or {@code <video controls>} element (no frontend module) playing the file
     * streamed like an image; its alternative text is the element's title and its fallback content.
     */
    private static Component player(FileRefs.Ref ref, FileType type, Function<String, FileContent> images) {
        Div holder = new Div();
        holder.addClassName(type.isVideo() ? "question-video" : "question-audio");
        holder.getStyle().set("margin", "var(--lumo-space-s) 0");
        com.vaadin.flow.dom.Element player = new com.vaadin.flow.dom.Element(type.isVideo() ? "video" : "audio");
        player.setAttribute("controls", true);
        player.setAttribute("preload", "metadata");
        player.setAttribute("src", handler(ref.sha256(), images));
        if (!ref.alt().isBlank()) {
            player.setAttribute("title", ref.alt());
            player.setText(ref.alt());
        }
        if (type.isVideo()) {
            player.getStyle().set("display", "block").set("max-width", "min(100%, 40em)");
        }
        holder.getElement().appendChild(player);
        return holder;
    }

    /** The session's attribute holding the types of the files its views have shown, by SHA-256. */
    private static final String KNOWN_TYPES = MediaText.class.getName() + ".types";

    /**
     * The type of a referenced file when it is audio or video the viewer may see, else null (shown as an image).
     * Files are addressed by their content, so a file's type never changes: it is asked for once per session, not
     * at every rendering of a question (the image or player then streams it through the same access check).
     */
    private static FileType played(String sha256, Function<String, FileContent> images) {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, FileType> known = session == null ? new HashMap<>() : knownTypes(session);
        FileType type = known.get(sha256);
        if (type == null) {
            type = typeOf(sha256, images);
            if (type != null) {
                known.put(sha256, type);
            }
        }
        return type != null && (type.isAudio() || type.isVideo()) ? type : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, FileType> knownTypes(VaadinSession session) {
        Map<String, FileType> known = (Map<String, FileType>) session.getAttribute(KNOWN_TYPES);
        if (known == null) {
            known = new ConcurrentHashMap<>();
            session.setAttribute(KNOWN_TYPES, known);
        }
        return known;
    }

    /** The file's type, through the access check the viewer's function makes; null if refused or missing. */
    private static FileType typeOf(String sha256, Function<String, FileContent> images) {
        try {
            FileContent content = images.apply(sha256);
            try (java.io.InputStream ignored = content.stream()) {
                return content.info().type();
            }
        } catch (BusinessException | java.io.IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** Whether the text shows any image, audio or video or is rich text (otherwise a plain label does). */
    static boolean hasImages(String text) {
        return text != null && (FileRefs.REFERENCE.matcher(text).find() || RichText.isRich(text));
    }

    /** The sanitised HTML shown, its file-store images pointed at resources registered for this component. */
    private void showRich(String html, Function<String, FileContent> images) {
        unregister();
        removeAll();
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false); // no line breaks added around inline MathML or emphasis
        VaadinSession session = VaadinSession.getCurrent();
        for (Element img : doc.body().select("img")) {
            String sha = img.attr("src").substring(RichText.FILE_SRC.length());
            StreamRegistration r = session.getResourceRegistry().registerResource(handler(sha, images),
                    getElement());
            registrations.add(r);
            img.attr("src", r.getResourceUri().toString()).addClass("question-image")
                    .attr("style", "display:block;max-width:min(100%, 40em);height:auto");
        }
        add(new Html("<div class=\"rich-text\">" + doc.body().html() + "</div>"));
    }

    private void unregister() {
        registrations.forEach(StreamRegistration::unregister);
        registrations.clear();
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
