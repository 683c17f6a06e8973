/* global window, document, fetch, URL, Element */
// Runs in the workbench's host page (the stand-in for Jira's issue view): answers the bridge calls of the
// Custom UI iframes on the page. Each frame's context comes from the page, never from the frame, so a module
// cannot claim another issue or user; calls go to the host's HTTP API as the user picked in the switcher.
(function installHostBridge() {
  'use strict';
  const resourceOrigin = document.currentScript.dataset.resourceOrigin;
  const frames = Array.from(document.querySelectorAll('iframe[data-forge-frame]')).map(function (iframe) {
    return { iframe: iframe, moduleKey: iframe.dataset.moduleKey, context: JSON.parse(iframe.dataset.context) };
  });
  const subscriptions = [];

  // A custom field's edit view opens in a modal dialog, as Jira opens it from the issue view. The button carries
  // the context the page rendered; the dialog's frame joins `frames` so its bridge calls are answered like any other.
  function openFieldEditDialog(button) {
    const context = JSON.parse(button.dataset.context);
    const dialog = document.createElement('dialog');
    dialog.className = 'forge-dialog';
    dialog.setAttribute('aria-label', 'Edit ' + button.dataset.title);
    const heading = document.createElement('h2');
    heading.textContent = 'Edit ' + button.dataset.title;
    const iframe = document.createElement('iframe');
    iframe.className = 'forge-dialog-frame';
    iframe.dataset.forgeDialogFrame = '';
    iframe.dataset.moduleKey = button.dataset.moduleKey;
    iframe.title = button.dataset.title + ' editor';
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads allow-modals');
    iframe.src = button.dataset.src;
    const frame = { iframe: iframe, moduleKey: button.dataset.moduleKey, context: context, dialog: dialog, field: { fieldId: context.extension.fieldId } };
    frames.push(frame);
    dialog.addEventListener('close', function () {
      forgetFrame(frame);
      dialog.remove();
      button.focus();
    });
    dialog.append(heading, iframe);
    document.body.append(dialog);
    dialog.showModal();
  }

  function closeDialog(frame) {
    if (frame.dialog.open) frame.dialog.close();
  }

  function forgetFrame(frame) {
    const at = frames.indexOf(frame);
    if (at >= 0) frames.splice(at, 1);
    for (let i = subscriptions.length - 1; i >= 0; i--) if (subscriptions[i].frame === frame) subscriptions.splice(i, 1);
  }

  // Jira's error body: `errorMessages` and per-field `errors`; shown to the edit view as the submit's failure.
  function jiraErrorText(answer) {
    try {
      const body = JSON.parse(answer.body);
      const messages = (body.errorMessages || []).concat(Object.values(body.errors || {}));
      if (messages.length > 0) return messages.join(' ');
    } catch {
      // fall through to the status
    }
    return 'Jira answered ' + answer.status;
  }

  document.addEventListener('click', function (event) {
    const button = event.target instanceof Element ? event.target.closest('[data-forge-field-edit]') : null;
    if (button) openFieldEditDialog(button);
  });

  function frameOf(source) {
    return frames.find(function (frame) {
      return frame.iframe.contentWindow === source;
    });
  }

  async function postJson(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || 'HTTP ' + response.status + ' from ' + path);
    return answer.value;
  }

  function headersObject(entries) {
    return Object.fromEntries(entries || []);
  }

  // Where router.navigate / router.getUrl lead, in the workbench's URL space; the user switch is kept.
  function urlFor(location, accountId) {
    let url;
    if (typeof location.url === 'string') url = new URL(location.url, window.location.origin);
    else if (location.target === 'issue') url = new URL('/browse/' + encodeURIComponent(location.issueKey), window.location.origin);
    else if (location.target === 'module') url = new URL('/module/' + encodeURIComponent(location.moduleKey), window.location.origin);
    else throw new Error('The workbench host cannot navigate to target "' + location.target + '" (supported: a url, issue, module)');
    if (url.origin === window.location.origin) url.searchParams.set('as', accountId);
    return url;
  }

  const methods = {
    getContext: function (frame) {
      return frame.context;
    },
    invoke: function (frame, payload) {
      return postJson('/api/invoke', { moduleKey: frame.moduleKey, call: { functionKey: payload.functionKey, payload: payload.payload }, context: frame.context });
    },
    fetchProduct: async function (frame, payload) {
      if (payload.product !== 'jira') throw new Error('The workbench host simulates Jira only, not ' + payload.product);
      const init = payload.fetchRequestInit || {};
      const answer = await postJson('/api/requestJira', {
        accountId: frame.context.accountId,
        path: payload.restPath,
        method: init.method || 'GET',
        headers: headersObject(init.headers),
        body: init.body === null ? undefined : init.body,
      });
      return { status: answer.status, statusText: '', headers: answer.headers, body: answer.body };
    },
    // Only a custom field's edit dialog is submittable and closable; for issue panels and pages Forge answers
    // false and the bridge throws "not submittable/closable". Jira writes a submitted value as the viewing user.
    submit: async function (frame, payload) {
      if (!frame.field) return false;
      const answer = await postJson('/api/requestJira', {
        accountId: frame.context.accountId,
        path: '/rest/api/3/issue/' + encodeURIComponent(frame.context.extension.issue.key),
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fields: { [frame.field.fieldId]: payload } }),
      });
      if (answer.status >= 300) throw new Error(jiraErrorText(answer));
      closeDialog(frame);
      window.location.reload();
      return true;
    },
    close: function (frame) {
      if (!frame.field) return false;
      closeDialog(frame);
      return true;
    },
    navigate: function (frame, payload) {
      const url = urlFor(payload, frame.context.accountId);
      if (payload.type === 'new-tab') window.open(url.href, '_blank', 'noopener');
      else window.location.assign(url.href);
    },
    getUrl: function (frame, payload) {
      return urlFor(payload, frame.context.accountId).href;
    },
    reload: function () {
      window.location.reload();
    },
    emit: function (frame, payload) {
      broadcast(payload.event, payload.payload, false);
    },
    emitPublic: function (frame, payload) {
      broadcast(payload.event, payload.payload, true);
    },
    on: function (frame, payload) {
      subscriptions.push({ frame: frame, event: payload.event, subscriptionId: payload.subscriptionId, isPublic: false });
    },
    onPublic: function (frame, payload) {
      subscriptions.push({ frame: frame, event: payload.event, subscriptionId: payload.subscriptionId, isPublic: true });
    },
    unsubscribe: function (frame, payload) {
      const at = subscriptions.findIndex(function (s) {
        return s.frame === frame && s.subscriptionId === payload.subscriptionId;
      });
      if (at >= 0) subscriptions.splice(at, 1);
    },
  };

  function broadcast(event, payload, isPublic) {
    subscriptions
      .filter(function (s) {
        return s.event === event && s.isPublic === isPublic;
      })
      .forEach(function (s) {
        s.frame.iframe.contentWindow.postMessage({ type: 'forge-bridge-event', subscriptionId: s.subscriptionId, payload: payload }, resourceOrigin);
      });
  }

  async function answer(frame, message) {
    const method = methods[message.method];
    const reply = { type: 'forge-bridge-result', id: message.id };
    try {
      if (!Object.prototype.hasOwnProperty.call(methods, message.method)) {
        throw new Error('The workbench host does not implement the bridge method "' + message.method + '"');
      }
      reply.ok = true;
      reply.value = await method(frame, message.payload || {});
    } catch (error) {
      reply.ok = false;
      reply.error = error instanceof Error ? error.message : String(error);
      console.error('[bridge] ' + frame.moduleKey + '.' + message.method + ': ' + reply.error);
    }
    frame.iframe.contentWindow.postMessage(reply, resourceOrigin);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== resourceOrigin) return;
    const frame = frameOf(event.source);
    const message = event.data;
    if (!frame || !message) return;
    if (message.type === 'forge-bridge-call') answer(frame, message);
    else if (message.type === 'forge-frame-resize') frame.iframe.style.height = Math.max(32, message.height) + 'px';
  });
})();
