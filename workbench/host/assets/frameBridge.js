/* global window, document, ResizeObserver, MutationObserver, getComputedStyle */
// Runs inside every Custom UI iframe before the app's bundle, like the bridge Forge injects: defines
// window.__bridge.callBridge(method, payload) and forwards each call to the host page by postMessage.
// Callbacks cannot cross postMessage, so event subscriptions (events.on) are kept here and the host
// pushes matching events back.
(function installForgeBridge() {
  'use strict';
  const hostOrigin = document.currentScript.dataset.hostOrigin;
  const pending = new Map();
  const subscriptions = new Map();
  let nextId = 1;

  function post(message) {
    window.parent.postMessage(message, hostOrigin);
  }

  function send(method, payload) {
    const id = nextId++;
    return new Promise(function (resolve, reject) {
      pending.set(id, { resolve: resolve, reject: reject });
      try {
        post({ type: 'forge-bridge-call', id: id, method: method, payload: payload });
      } catch (error) {
        pending.delete(id);
        reject(new Error('Bridge method "' + method + '": its payload cannot reach the host (' + error.message + ')'));
      }
    });
  }

  function subscribe(method, payload) {
    const subscriptionId = nextId++;
    subscriptions.set(subscriptionId, { event: payload.event, callback: payload.callback });
    return send(method, { event: payload.event, subscriptionId: subscriptionId }).then(function () {
      return {
        unsubscribe: function () {
          subscriptions.delete(subscriptionId);
          post({ type: 'forge-bridge-call', id: nextId++, method: 'unsubscribe', payload: { subscriptionId: subscriptionId } });
        },
      };
    });
  }

  window.__bridge = {
    callBridge: function (method, payload) {
      if (method === 'on' || method === 'onPublic') return subscribe(method, payload);
      return send(method, payload);
    },
  };

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== hostOrigin) return;
    const message = event.data;
    if (message && message.type === 'forge-bridge-result') {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else call.reject(new Error(message.error));
    } else if (message && message.type === 'forge-bridge-event') {
      const subscription = subscriptions.get(message.subscriptionId);
      if (subscription) subscription.callback(message.payload);
    }
  });

  // Forge sizes issue panels to their content; report the content height whenever it changes. The body is no
  // measure: resets such as @atlaskit/css-reset give html and body `height: 100%`, i.e. the iframe's own height.
  function contentHeight() {
    let bottom = 0;
    for (const child of document.body.children) {
      if (child.tagName === 'SCRIPT') continue;
      const margin = parseFloat(getComputedStyle(child).marginBottom) || 0;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom + margin + window.scrollY);
    }
    return Math.ceil(bottom);
  }
  let reportedHeight = -1;
  function reportHeight() {
    const height = contentHeight();
    if (height === reportedHeight) return;
    reportedHeight = height;
    post({ type: 'forge-frame-resize', height: height });
  }
  document.addEventListener('DOMContentLoaded', function () {
    const sizes = new ResizeObserver(reportHeight);
    const observeChildren = function () {
      for (const child of document.body.children) sizes.observe(child);
      reportHeight();
    };
    new MutationObserver(observeChildren).observe(document.body, { childList: true });
    observeChildren();
  });
})();
