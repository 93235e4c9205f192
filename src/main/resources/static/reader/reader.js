// The reader preview page's comment form (/read/{slug}). Served as a file so the page's policy can say
// script-src 'self'. Every text it shows comes from the page (data-* attributes rendered from the reader bundle in the
// site's language); the server's English error texts are never shown, only which fields it refused.
(function () {
  'use strict';
  var form = document.getElementById('comment-form');
  if (!form) { return; }
  var statusLine = document.getElementById('comment-status');
  var replyNote = document.getElementById('reply-note');
  var replyText = document.getElementById('reply-text');
  var checkedFields = ['authorName', 'email', 'body'];
  var lastPayload = null, key = null;

  function show(text, kind) {
    statusLine.textContent = text;
    statusLine.className = 'status ' + (kind || '');
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
  }

  // The server counts characters as code points, not UTF-16 units as maxlength does.
  function length(text) { return Array.from(text).length; }

  // What is wrong with a field as it stands, or '' when nothing is.
  function problem(input) {
    var value = input.value;
    if (value.trim() === '') { return input.required ? input.getAttribute('data-required') : ''; }
    if (length(value) > Number(input.getAttribute('data-max'))) { return input.getAttribute('data-too-long'); }
    if (input.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
      return input.getAttribute('data-email');
    }
    return '';
  }

  function mark(input, message) {
    var note = document.getElementById(input.name + '-error');
    note.textContent = message || '';
    if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  }

  function clearMarks() {
    checkedFields.forEach(function (name) { mark(form.elements[name], ''); });
  }

  // One message per field, each naming its field; the status line only says that something needs checking.
  function showInvalid(fields) {
    var first = null;
    checkedFields.forEach(function (name) {
      var input = form.elements[name];
      var message = fields[name] || '';
      mark(input, message);
      if (message && !first) { first = input; }
    });
    show(form.getAttribute('data-invalid'), 'error');
    if (first) { first.focus(); }
  }

  function localProblems() {
    var fields = {}, any = false;
    checkedFields.forEach(function (name) {
      var message = problem(form.elements[name]);
      if (message) { fields[name] = message; any = true; }
    });
    return any ? fields : null;
  }

  // The server refused some fields: say so in the page's language, specific where the field shows why.
  function serverProblems(data) {
    var refused = (data && data.fieldErrors) || {}, fields = {};
    checkedFields.forEach(function (name) {
      if (Object.prototype.hasOwnProperty.call(refused, name)) {
        var input = form.elements[name];
        fields[name] = problem(input) || input.getAttribute('data-invalid');
      }
    });
    return fields;
  }

  document.querySelectorAll('button[data-reply-to]').forEach(function (button) {
    button.addEventListener('click', function () {
      form.elements.parentId.value = button.getAttribute('data-reply-to');
      replyText.textContent = button.getAttribute('data-reply-label');
      replyNote.hidden = false;
      form.elements.body.focus();
    });
  });

  document.getElementById('cancel-reply').addEventListener('click', function () {
    form.elements.parentId.value = '';
    replyNote.hidden = true;
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var problems = localProblems();
    if (problems) { showInvalid(problems); return; }
    clearMarks();
    var parent = form.elements.parentId.value;
    var payload = JSON.stringify({
      authorName: form.elements.authorName.value,
      email: form.elements.email.value || null,
      body: form.elements.body.value,
      parentId: parent ? Number(parent) : null,
      website: form.elements.website.value
    });
    // The same text keeps its key, so a retry after a lost answer cannot post twice.
    if (payload !== lastPayload) { lastPayload = payload; key = uuid(); }
    show(form.getAttribute('data-sending'));
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': key },
      body: payload
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.ok) {
          show(form.getAttribute('data-thanks'), 'ok');
          form.elements.body.value = '';
          form.elements.parentId.value = '';
          replyNote.hidden = true;
        } else if (response.status === 400) {
          showInvalid(serverProblems(data));
        } else if (response.status === 403) {
          // Paused by the surge guard, or a commenter a moderator refused: not something a retry will change.
          show(form.getAttribute('data-refused'), 'error');
        } else if (response.status === 404) {
          show(form.getAttribute('data-unavailable'), 'error');
        } else if (response.status === 409) {
          show(form.getAttribute('data-duplicate'), 'error');
        } else if (response.status === 429) {
          show(form.getAttribute('data-too-many'), 'error');
        } else {
          show(form.getAttribute('data-failed'), 'error');
        }
      });
    }).catch(function () { show(form.getAttribute('data-failed'), 'error'); });
  });
})();

// "Melden" under each comment: one report form, moved under the comment in question, posting to the report API.
// Works whether or not the article takes new comments. Texts come from the page, as above.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form) { return; }
  var statusLine = document.getElementById('report-status');
  var about = document.getElementById('report-about');
  var textNote = document.getElementById('report-text-error');
  var commentId = null;

  function show(text, kind) {
    statusLine.textContent = text || '';
    statusLine.className = 'status ' + (kind || '');
  }

  document.querySelectorAll('button[data-report]').forEach(function (button) {
    button.addEventListener('click', function () {
      commentId = button.getAttribute('data-report');
      about.textContent = button.getAttribute('data-report-label');
      button.insertAdjacentElement('afterend', form);
      form.hidden = false;
      form.elements.text.value = '';
      textNote.textContent = '';
      show('');
      form.elements.reason.focus();
    });
  });

  document.getElementById('report-cancel').addEventListener('click', function () {
    form.hidden = true;
    commentId = null;
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!commentId) { return; }
    var text = form.elements.text.value;
    if (Array.from(text).length > Number(form.elements.text.getAttribute('data-max'))) {
      textNote.textContent = form.elements.text.getAttribute('data-too-long');
      show(form.getAttribute('data-invalid'), 'error');
      return;
    }
    textNote.textContent = '';
    show(form.getAttribute('data-sending'));
    var endpoint = form.getAttribute('data-endpoint').replace('{id}', encodeURIComponent(commentId));
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ reason: form.elements.reason.value, text: text.trim() === '' ? null : text })
    }).then(function (response) {
      if (response.ok) {
        show(form.getAttribute('data-thanks'), 'ok');
      } else if (response.status === 400) {
        show(form.getAttribute('data-invalid'), 'error');
      } else if (response.status === 404) {
        show(form.getAttribute('data-gone'), 'error');
      } else if (response.status === 429) {
        show(form.getAttribute('data-too-many'), 'error');
      } else {
        show(form.getAttribute('data-failed'), 'error');
      }
    }).catch(function () { show(form.getAttribute('data-failed'), 'error'); });
  });
})();
