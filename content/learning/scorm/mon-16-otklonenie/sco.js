/* The SCO of the practicum on a lagging indicator: finds the LMS's SCORM 1.2 API, keeps the page as cmi.core.lesson_location and the
 * answers in cmi.suspend_data, scores the quiz (score.raw 0..100, passed from 70) and finishes with the session time. */
(function () {
    'use strict';
    var PAGES = ['p1', 'p2', 'p3', 'p4'];
    var KEY = {q1: 'b', q2: 'c', q3: 'a'};
    var MASTERY = 70;
    var api = null;
    var started = new Date().getTime();
    var current = 0;
    var finished = false;

    function findApi(win) {
        for (var i = 0; win && i < 10; i++) {
            if (win.API) {
                return win.API;
            }
            if (win.parent === win) {
                break;
            }
            win = win.parent;
        }
        return window.opener && window.opener.API ? window.opener.API : null;
    }

    function get(name) {
        return api ? api.LMSGetValue(name) : '';
    }

    function set(name, value) {
        if (api) {
            api.LMSSetValue(name, value);
        }
    }

    function answers() {
        var a = {};
        Object.keys(KEY).forEach(function (q) {
            var checked = document.querySelector('input[name="' + q + '"]:checked');
            if (checked) {
                a[q] = checked.value;
            }
        });
        return a;
    }

    function save() {
        var a = answers();
        set('cmi.core.lesson_location', PAGES[current]);
        set('cmi.suspend_data', Object.keys(a).map(function (q) { return q + '=' + a[q]; }).join(';'));
        if (api) {
            api.LMSCommit('');
        }
    }

    function show(index) {
        current = Math.max(0, Math.min(PAGES.length - 1, index));
        PAGES.forEach(function (id, i) {
            document.getElementById(id).className = i === current ? 'page current' : 'page';
        });
        document.getElementById('sco-page').textContent = 'Страница ' + (current + 1) + ' из ' + PAGES.length;
        document.getElementById('sco-prev').disabled = current === 0;
        document.getElementById('sco-next').disabled = current === PAGES.length - 1;
    }

    function restore(data) {
        (data || '').split(';').forEach(function (pair) {
            var kv = pair.split('=');
            var input = kv.length === 2 ? document.getElementById(kv[0] + '-' + kv[1]) : null;
            if (input) {
                input.checked = true;
            }
        });
    }

    function sessionTime() {
        var cs = Math.floor((new Date().getTime() - started) / 10);
        function two(n) { return (n < 10 ? '0' : '') + n; }
        var h = Math.floor(cs / 360000);
        return (h < 10 ? '000' : h < 100 ? '00' : h < 1000 ? '0' : '') + h + ':' + two(Math.floor(cs / 6000) % 60)
            + ':' + two(Math.floor(cs / 100) % 60) + '.' + two(cs % 100);
    }

    function check() {
        var a = answers();
        var right = Object.keys(KEY).filter(function (q) { return a[q] === KEY[q]; }).length;
        var score = Math.round(100 * right / Object.keys(KEY).length);
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', String(score));
        set('cmi.core.lesson_status', score >= MASTERY ? 'passed' : 'failed');
        save();
        document.getElementById('sco-result').textContent = 'Верных ответов: ' + right + ' из '
            + Object.keys(KEY).length + ' (' + score + ' %). ' + (score >= MASTERY ? 'Практикум пройден.'
            : 'Для зачёта нужно не менее ' + MASTERY + ' %.');
    }

    function finish() {
        if (finished || !api) {
            return;
        }
        finished = true;
        set('cmi.core.session_time', sessionTime());
        var status = get('cmi.core.lesson_status');
        set('cmi.core.exit', status === 'passed' || status === 'completed' ? '' : 'suspend');
        api.LMSFinish('');
    }

    window.addEventListener('DOMContentLoaded', function () {
        api = findApi(window);
        if (api) {
            api.LMSInitialize('');
            if (get('cmi.core.lesson_status') === 'not attempted') {
                set('cmi.core.lesson_status', 'incomplete');
            }
            var location = get('cmi.core.lesson_location');
            if (get('cmi.core.entry') === 'resume' || location) {
                restore(get('cmi.suspend_data'));
            }
            show(Math.max(0, PAGES.indexOf(location)));
        } else {
            show(0);
        }
        document.getElementById('sco-prev').addEventListener('click', function () { show(current - 1); save(); });
        document.getElementById('sco-next').addEventListener('click', function () { show(current + 1); save(); });
        document.getElementById('sco-submit').addEventListener('click', check);
    });
    window.addEventListener('pagehide', finish);
    window.addEventListener('beforeunload', finish);
}());
