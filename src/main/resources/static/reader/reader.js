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

  // "Too long" shows while typing, in code points: there is no maxlength that would cut a pasted text silently.
  // A field marked too long is cleared as soon as it fits; other messages wait for the next submit.
  checkedFields.forEach(function (name) {
    var input = form.elements[name], note = document.getElementById(name + '-error');
    input.addEventListener('input', function () {
      var tooLongText = input.getAttribute('data-too-long');
      if (length(input.value) > Number(input.getAttribute('data-max'))) {
        mark(input, tooLongText);
      } else if (note.textContent === tooLongText) {
        mark(input, '');
      }
    });
  });

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

  // "Antworten" is a link that opens the form for the comment by reloading the page (so it works without script);
  // here it stays on the page.
  document.querySelectorAll('[data-reply-to]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.preventDefault();
      form.elements.parentId.value = button.getAttribute('data-reply-to');
      replyText.textContent = button.getAttribute('data-reply-label');
      replyNote.hidden = false;
      form.elements.body.focus();
    });
  });

  function cancelReply() {
    form.elements.parentId.value = '';
    replyNote.hidden = true;
  }

  document.getElementById('cancel-reply').addEventListener('click', function (event) {
    event.preventDefault();
    cancelReply();
    form.elements.body.focus();
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
        } else if (response.status === 400 && data && data.fieldErrors && data.fieldErrors.parentId
                   && Object.keys(data.fieldErrors).length === 1) {
          // The comment answered left the page meanwhile: the text can still go out as a comment of its own.
          cancelReply();
          show(form.getAttribute('data-reply-gone'), 'error');
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
  var reasonNote = document.getElementById('report-reason-error');
  // Set when the page was opened with the form under a comment (the "Melden" link followed without script).
  var commentId = form.elements.commentId.value || null;

  function show(text, kind) {
    statusLine.textContent = text || '';
    statusLine.className = 'status ' + (kind || '');
  }

  function mark(input, note, message) {
    note.textContent = message || '';
    if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  }

  // "Melden" is a link that opens the form under the comment by reloading the page (so it works without script);
  // here the one form moves there instead.
  document.querySelectorAll('[data-report]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.preventDefault();
      commentId = button.getAttribute('data-report');
      form.elements.commentId.value = commentId;
      about.textContent = button.getAttribute('data-report-label');
      button.parentNode.insertAdjacentElement('afterend', form);
      form.hidden = false;
      form.elements.reason.value = '';
      form.elements.text.value = '';
      mark(form.elements.reason, reasonNote, '');
      mark(form.elements.text, textNote, '');
      show('');
      form.elements.reason.focus();
    });
  });

  form.elements.text.addEventListener('input', function () {
    var input = form.elements.text, tooLongText = input.getAttribute('data-too-long');
    if (Array.from(input.value).length > Number(input.getAttribute('data-max'))) {
      mark(input, textNote, tooLongText);
    } else if (textNote.textContent === tooLongText) {
      mark(input, textNote, '');
    }
  });

  document.getElementById('report-cancel').addEventListener('click', function (event) {
    event.preventDefault();
    form.hidden = true;
    var opener = commentId && document.querySelector('[data-report="' + commentId + '"]');
    commentId = null;
    if (opener) { opener.focus(); }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!commentId) { return; }
    var text = form.elements.text.value;
    var reason = form.elements.reason.value;
    var tooLong = Array.from(text).length > Number(form.elements.text.getAttribute('data-max'));
    // The report API needs a reason; nothing is preselected, so no one reports "spam" by accident.
    mark(form.elements.reason, reasonNote, reason ? '' : form.elements.reason.getAttribute('data-required'));
    mark(form.elements.text, textNote, tooLong ? form.elements.text.getAttribute('data-too-long') : '');
    if (!reason || tooLong) {
      show(form.getAttribute('data-invalid'), 'error');
      (reason ? form.elements.text : form.elements.reason).focus();
      return;
    }
    show(form.getAttribute('data-sending'));
    var endpoint = form.getAttribute('data-endpoint').replace('{id}', encodeURIComponent(commentId));
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ reason: reason, text: text.trim() === '' ? null : text })
    }).then(function (response) {
      if (response.ok) {
        show(form.getAttribute('data-thanks'), 'ok');
      } else if (response.status === 400) {
        show(form.getAttribute('data-invalid'), 'error');
      } else if (response.status === 404) {
        show(form.getAttribute('data-gone'), 'error');
      } else if (response.status === 429) {
        show(form.getAttribute('data-too-many'), 'error');
      } else if (response.status === 403) {
        show(form.getAttribute('data-refused'), 'error');
      } else {
        show(form.getAttribute('data-failed'), 'error');
      }
    }).catch(function () { show(form.getAttribute('data-failed'), 'error'); });
  });
})();
