/*
 * The SCORM 1.2 player of Municipal Academy: window.API with the eight calls of the SCORM 1.2 run-time environment
 * and the cmi.core data model, for the package the lesson page opened. No framework, no build.
 *
 * The launch token comes in the URL fragment (never sent to a server) and goes with every request in the
 * X-Scorm-Token header; the runtime endpoint also needs the signed-in session (see ScormRuntimeServlet).
 * LMSCommit and LMSFinish commit synchronously (the SCO expects the answer at once); when the page goes away with
 * uncommitted values they are sent with fetch keepalive. The server checks every value again.
 */
(function () {
    'use strict';

    var RUNTIME = 'learning/scorm-runtime';
    var token = window.location.hash.replace(/^#/, '');
    if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', window.location.pathname);
    }

    var ERRORS = {
        '0': 'No error', '101': 'General exception', '201': 'Invalid argument error',
        '202': 'Element cannot have children', '203': 'Element not an array - cannot have count',
        '301': 'Not initialized', '401': 'Not implemented error', '402': 'Invalid set value, element is a keyword',
        '403': 'Element is read only', '404': 'Element is write only', '405': 'Incorrect data type'
    };
    var KEYWORDS = {
        'cmi._version': '3.4',
        'cmi.core._children': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,'
            + 'lesson_mode,exit,session_time',
        'cmi.core.score._children': 'raw,min,max'
    };
    var READ_ONLY = ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.entry',
        'cmi.core.total_time', 'cmi.core.lesson_mode', 'cmi.launch_data'];
    var WRITE_ONLY = ['cmi.core.session_time', 'cmi.core.exit'];
    var TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
    var DECIMAL = /^-?\d{1,10}(\.\d{1,10})?$/;
    var VALID = {
        'cmi.core.lesson_location': function (v) { return v.length <= 255; },
        'cmi.suspend_data': function (v) { return v.length <= 4096; },
        'cmi.core.lesson_status': function (v) {
            return ['passed', 'completed', 'failed', 'incomplete', 'browsed'].indexOf(v) >= 0;
        },
        'cmi.core.exit': function (v) { return ['time-out', 'suspend', 'logout', ''].indexOf(v) >= 0; },
        'cmi.core.session_time': function (v) { return TIMESPAN.test(v); },
        'cmi.core.score.raw': score, 'cmi.core.score.min': score, 'cmi.core.score.max': score
    };
    function score(v) {
        return v === '' || (DECIMAL.test(v) && Number(v) >= 0 && Number(v) <= 100);
    }
    /* Parts of SCORM 1.2 this player does not keep (optional in the standard): 401 rather than 201. */
    var NOT_IMPLEMENTED = /^cmi\.(objectives|interactions|student_data|student_preference|comments|comments_from_lms)(\.|$)/;

    var cmi = {};
    var dirty = {};
    var state = 'loading'; // loading -> ready -> running -> finished
    var lastError = '0';
    var diagnostic = '';

    function request(method, body, keepalive) {
        if (keepalive && window.fetch) {
            window.fetch(RUNTIME, {
                method: method, keepalive: true, credentials: 'same-origin',
                headers: {'X-Scorm-Token': token, 'Content-Type': 'application/json'}, body: JSON.stringify(body)
            });
            return null;
        }
        var x = new XMLHttpRequest();
        x.open(method, RUNTIME, false);
        x.setRequestHeader('X-Scorm-Token', token);
        if (body) {
            x.setRequestHeader('Content-Type', 'application/json');
        }
        x.send(body ? JSON.stringify(body) : null);
        return x;
    }

    function answer(x) {
        try {
            return JSON.parse(x.responseText);
        } catch (e) {
            return {message: 'HTTP ' + x.status};
        }
    }

    function fail(code, why) {
        lastError = String(code);
        diagnostic = why || ERRORS[lastError] || '';
        return 'false';
    }

    function ok(value) {
        lastError = '0';
        diagnostic = '';
        return value;
    }

    function commit(finish) {
        var x;
        try {
            x = request('POST', {values: dirty, finish: finish});
        } catch (e) {
            // a synchronous request is refused while the page is going away: send it along as the page closes
            request('POST', {values: dirty, finish: finish}, true);
            dirty = {};
            return ok('true');
        }
        if (x.status !== 200) {
            return fail(101, answer(x).message);
        }
        dirty = {};
        return ok('true');
    }

    function problem(text) {
        var p = document.getElementById('scorm-problem');
        p.textContent = text;
        p.style.display = 'block';
        document.getElementById('scorm-frame').style.display = 'none';
    }

    window.API = {
        LMSInitialize: function (arg) {
            if (arg !== '' && arg !== undefined) {
                return fail(201);
            }
            if (state !== 'ready') {
                return fail(101, state === 'running' ? 'already initialized' : 'not available');
            }
            state = 'running';
            return ok('true');
        },
        LMSFinish: function (arg) {
            if (arg !== '' && arg !== undefined) {
                return fail(201);
            }
            if (state !== 'running') {
                return fail(301);
            }
            var result = commit(true);
            if (result === 'true') {
                state = 'finished';
            }
            return result;
        },
        LMSGetValue: function (element) {
            if (state !== 'running') {
                fail(301);
                return '';
            }
            element = String(element);
            if (KEYWORDS.hasOwnProperty(element)) {
                return ok(KEYWORDS[element]);
            }
            if (WRITE_ONLY.indexOf(element) >= 0) {
                fail(404);
                return '';
            }
            if (cmi.hasOwnProperty(element)) {
                return ok(cmi[element]);
            }
            fail(NOT_IMPLEMENTED.test(element) ? 401 : 201);
            return '';
        },
        LMSSetValue: function (element, value) {
            if (state !== 'running') {
                return fail(301);
            }
            element = String(element);
            value = String(value);
            if (KEYWORDS.hasOwnProperty(element) || /\._(children|count|version)$/.test(element)) {
                return fail(402);
            }
            if (READ_ONLY.indexOf(element) >= 0) {
                return fail(403);
            }
            if (!VALID.hasOwnProperty(element)) {
                return fail(NOT_IMPLEMENTED.test(element) ? 401 : 201);
            }
            if (!VALID[element](value)) {
                return fail(405, element + ': ' + value);
            }
            if (WRITE_ONLY.indexOf(element) < 0) {
                cmi[element] = value;
            }
            dirty[element] = value;
            return ok('true');
        },
        LMSCommit: function (arg) {
            if (arg !== '' && arg !== undefined) {
                return fail(201);
            }
            if (state !== 'running') {
                return fail(301);
            }
            return commit(false);
        },
        LMSGetLastError: function () {
            return lastError;
        },
        LMSGetErrorString: function (code) {
            return ERRORS[String(code)] || '';
        },
        LMSGetDiagnostic: function (code) {
            return code === '' || code === undefined || String(code) === lastError ? diagnostic
                : ERRORS[String(code)] || '';
        }
    };

    window.addEventListener('pagehide', function () {
        if (state === 'running' && Object.keys(dirty).length > 0) {
            request('POST', {values: dirty, finish: false}, true);
            dirty = {};
        }
    });

    window.addEventListener('DOMContentLoaded', function () {
        var x;
        try {
            x = request('GET');
        } catch (e) {
            problem(String(e));
            return;
        }
        var data = answer(x);
        if (x.status !== 200) {
            problem(data.message || ('HTTP ' + x.status));
            return;
        }
        cmi = data.cmi;
        document.title = data.title;
        var frame = document.getElementById('scorm-frame');
        frame.title = data.title;
        state = 'ready';
        frame.src = data.launchPath;
    });
}());
