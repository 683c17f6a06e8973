/* global window, document, fetch, URL */
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
    // Issue panels and pages are not dialogs: Forge answers false and the bridge throws "not submittable/closable".
    submit: function () {
      return false;
    },
    close: function () {
      return false;
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
