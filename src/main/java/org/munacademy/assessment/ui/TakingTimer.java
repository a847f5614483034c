package org.munacademy.assessment.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.AllowInert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of an attempt. The server owns the clock: the browser counts down each second from the seconds
 * the server last reported, asks the server again every 30 seconds (and takes the value of every save), and when
 * it reaches zero tells the server, which decides whether the attempt is over.
 * <p>
 * The calls from the browser are allowed while a modal dialog is open (the confirmation of finishing), so the
 * time runs out even then.
 */
class TakingTimer extends Span {

    /** Restarts the countdown from {@code $0} seconds; stops on its own when the element leaves the page. */
    private static final String COUNTDOWN = """
            const el = this;
            if (el.__takingTimer) { clearInterval(el.__takingTimer); }
            el.__takingEnd = Date.now() + $0 * 1000;
            el.__takingFired = false;
            let ticks = 0;
            const pad = n => String(n).padStart(2, '0');
            const show = s => {
              const h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), r = s % 60;
              el.textContent = (h > 0 ? h + ':' + pad(m) : pad(m)) + ':' + pad(r);
              el.classList.toggle('taking-timer-low', s <= 60);
            };
            const tick = () => {
              if (!el.isConnected) { clearInterval(el.__takingTimer); el.__takingTimer = null; return; }
              const left = Math.max(0, Math.ceil((el.__takingEnd - Date.now()) / 1000));
              show(left);
              if (left <= 0) {
                clearInterval(el.__takingTimer); el.__takingTimer = null;
                if (!el.__takingFired) { el.__takingFired = true; el.$server.timeUp(); }
              } else if (++ticks % 30 === 0) {
                el.$server.remaining().then(s => { el.__takingEnd = Date.now() + s * 1000; });
              }
            };
            tick();
            el.__takingTimer = setInterval(tick, 1000);
            """;

    private final Clock clock;
    private final Instant deadline;
    private final Runnable onTimeUp;

    TakingTimer(Clock clock, Instant deadline, long remainingSeconds, Runnable onTimeUp) {
        this.clock = clock;
        this.deadline = deadline;
        this.onTimeUp = onTimeUp;
        setId("attempt-timer");
        addClassName("taking-timer");
        getElement().setAttribute("role", "timer");
        setText(TakingFormat.clock(remainingSeconds));
        sync(remainingSeconds);
    }

    /** Restarts the countdown from what the server just said. */
    void sync(long remainingSeconds) {
        // the text is the browser's from here on: the server sets it only once, before the countdown starts
        getElement().executeJs(COUNTDOWN, (int) Math.max(0, Math.min(Integer.MAX_VALUE, remainingSeconds)));
    }

    /** The seconds left by the server's clock (the deadline came from the server with the attempt). */
    @ClientCallable
    @AllowInert
    int remaining() {
        return (int) Math.max(0, Duration.between(clock.instant(), deadline).getSeconds());
    }

    /** The countdown reached zero in the browser. */
    @ClientCallable
    @AllowInert
    void timeUp() {
        onTimeUp.run();
    }
}
