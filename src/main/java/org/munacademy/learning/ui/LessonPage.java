package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.munacademy.learning.boundary.CourseFacade;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.ProgressFacade;
import org.munacademy.learning.boundary.ScormFacade;
import org.munacademy.learning.entity.LessonView;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * A lesson's page for text, file and video lessons (read-only; progress comes with enrolment): the Markdown text as
 * cleaned HTML, the file shown in place (a picture) or offered for download (a PDF), the video as a link that says
 * which site it opens; with the way back to the programme and to the lessons before and after. A SCORM package opens
 * in its player on the page ({@link ScormLessonPanel}); a module check under «Мои тесты».
 */
@Route(value = "learning/programmes/:code/lessons/:lesson", layout = MainLayout.class)
@PermitAll
public class LessonPage extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CourseFacade courses;
    private final ScormFacade scorm;
    private final EnrolmentFacade enrolment;
    private final ProgressFacade progress;
    private String title = "";

    @Inject
    public LessonPage(CourseFacade courses, ScormFacade scorm, EnrolmentFacade enrolment, ProgressFacade progress) {
        this.courses = courses;
        this.scorm = scorm;
        this.enrolment = enrolment;
        this.progress = progress;
        addClassName("learning-page");
        setMaxWidth("60em");
    }

    /** The route parameters of a lesson's page. */
    static RouteParameters parameters(String programmeCode, long lessonId) {
        return new RouteParameters(Map.of("code", programmeCode, "lesson", String.valueOf(lessonId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        try {
            long lesson = Long.parseLong(event.getRouteParameters().get("lesson").orElse(""));
            show(courses.lesson(code, lesson));
        } catch (NumberFormatException e) {
            problem(getTranslation("learning.lesson.notFound"), code);
        } catch (BusinessException e) {
            problem(Messages.of(this, e), code);
        }
    }

    private void problem(String text, String code) {
        Paragraph problem = new Paragraph(text);
        problem.setId("lesson-problem");
        add(problem, new RouterLink(getTranslation("learning.lesson.toProgramme"), ProgrammeView.class,
                new RouteParameters("code", code)));
    }

    private void show(LessonView l) {
        title = l.title();
        RouterLink programme = new RouterLink(l.programmeTitle(), ProgrammeView.class,
                new RouteParameters("code", l.programmeCode()));
        programme.setId("lesson-programme");
        Span module = new Span(getTranslation("learning.programme.module", l.moduleNumber(), l.moduleTitle()));
        module.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        H2 heading = new H2(l.title());
        heading.setId("lesson-title");
        heading.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        Div head = new Div(heading, LearningLabels.badge(LearningLabels.of(this, l.kind()), "contrast"));
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        if (!l.mandatory()) {
            head.add(LearningLabels.badge(getTranslation("learning.lesson.optional"), null));
        }
        add(programme, module, head, content(l));
        if (l.kind().hasPage()) {
            add(new MarkDoneButton(enrolment, progress, l.programmeCode(), l.id()));
        }
        add(navigation(l));
        programme.scrollIntoView(); // a lesson starts at its top, wherever the page before was scrolled
    }

    private Component content(LessonView l) {
        return switch (l.kind()) {
            case TEXT -> SafeHtml.of(l.bodyHtml(), "lesson-body");
            case VIDEO -> video(l);
            case FILE -> file(l);
            case SCORM -> ScormLessonPanel.of(this, scorm, l);
            case CHECK -> check(l);
        };
    }

    /** A module check is a test of the assessment context: the lesson names it and leads to «Мои тесты». */
    private Component check(LessonView l) {
        Paragraph what = new Paragraph(getTranslation("learning.lesson.check",
                l.testTitle() == null ? l.title() : l.testTitle()));
        what.setId("lesson-check");
        Anchor go = new Anchor("tests", getTranslation("learning.lesson.checkGo"));
        go.setId("lesson-check-go");
        go.addComponentAsFirst(VaadinIcon.CLIPBOARD_CHECK.create());
        go.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return new Div(what, go);
    }

    private Component video(LessonView l) {
        Anchor link = new Anchor(l.videoUrl(), getTranslation("learning.lesson.watch"));
        link.setId("lesson-video");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        link.addComponentAsFirst(VaadinIcon.PLAY_CIRCLE.create());
        link.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        Span host = new Span(getTranslation("learning.lesson.videoHost", l.videoHost()));
        host.setId("lesson-video-host");
        host.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(link, host);
    }

    private Component file(LessonView l) {
        FileInfo info = l.file();
        if (info == null) {
            return new Paragraph(getTranslation("learning.lesson.fileMissing"));
        }
        Anchor download = new Anchor(handler(l), getTranslation("learning.lesson.download", info.downloadName(),
                info.type().extension().toUpperCase(Locale.ROOT), Math.max(1, (info.size() + 1023) / 1024)));
        download.setId("lesson-file-download");
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        if (!info.type().isImage()) {
            return download;
        }
        Image image = new Image(handler(l).inline(), l.title());
        image.setId("lesson-image");
        image.addClassName("learning-image");
        return new Div(image, download);
    }

    /** The lesson's file, streamed through the boundary, which decides again whether the reader may see it. */
    private InputStreamDownloadHandler handler(LessonView l) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                FileContent content = courses.lessonFile(l.programmeCode(), l.id());
                return new DownloadResponse(content.stream(), content.info().downloadName(),
                        content.info().type().mediaType(), content.info().size());
            } catch (BusinessException e) {
                return DownloadResponse.error(404);
            }
        });
    }

    private Component navigation(LessonView l) {
        Div nav = new Div();
        nav.addClassName("learning-lesson-nav");
        if (l.previousLessonId() != null) {
            RouterLink previous = new RouterLink(getTranslation("learning.lesson.previous"), LessonPage.class,
                    parameters(l.programmeCode(), l.previousLessonId()));
            previous.setId("lesson-previous");
            nav.add(previous);
        }
        if (l.nextLessonId() != null) {
            RouterLink next = new RouterLink(getTranslation("learning.lesson.next"), LessonPage.class,
                    parameters(l.programmeCode(), l.nextLessonId()));
            next.setId("lesson-next");
            nav.add(next);
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("learning.catalogue.title") : title;
    }
}
