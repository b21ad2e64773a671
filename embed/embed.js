/*! Aftercare embed. Where the check should appear: <div data-aftercare></div>, then load
 * this script. Options on the div: data-accent="#7a3b69" data-name="Your Spa"
 * data-followup="https://your.spa/book" data-compact data-title="..." data-src=".../index.html".
 * Events on the div (they bubble): aftercare:ready, aftercare:step {screen, step, total},
 * aftercare:result {urgency}. See examples/spa.html. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src;
  var SCREENS = ['start', 'question', 'review', 'result'];
  var URGENCY = ['self-care', 'contact-provider', 'urgent-care'];
  var MARK = 'data-aftercare-loaded';

  function isInt(n) {
    return Number.isInteger(n) && n >= 0;
  }

  function mount(host) {
    if (host.hasAttribute(MARK)) return;
    var data = host.dataset;
    var url;
    try {
      url = data.src ? new URL(data.src, document.baseURI) : new URL('index.html', base);
    } catch (e) {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    host.setAttribute(MARK, '');

    var q = url.searchParams;
    q.set('embed', '1');
    q.set('origin', location.origin);
    ['accent', 'name', 'followup'].forEach(function (key) {
      if (data[key] != null) q.set(key, data[key]);
    });
    var compact = data.compact === '' || data.compact === 'true' || data.compact === '1';
    if (compact) q.set('compact', '1');

    var frame = document.createElement('iframe');
    var style = frame.style;
    frame.title = data.title || 'Aftercare: sore back after a massage check';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('allow', 'clipboard-write; web-share');
    style.display = 'block';
    style.width = '100%';
    // Room kept until the check reports its height (then released: no empty box below it).
    style.minHeight = compact ? '320px' : '480px';
    style.border = '0';
    frame.src = url.href;

    function fire(type, detail) {
      host.dispatchEvent(new CustomEvent('aftercare:' + type, { bubbles: true, detail: detail }));
    }

    window.addEventListener('message', function (event) {
      var d = event.data;
      if (event.source !== frame.contentWindow || event.origin !== url.origin) return;
      if (!d || typeof d !== 'object' || d.source !== 'aftercare') return;
      var type = d.type;
      if (type === 'height') {
        var h = d.height;
        if (typeof h === 'number' && h >= 0 && h <= 1e5) {
          style.height = Math.ceil(h) + 'px';
          style.minHeight = '0';
        }
      } else if (type === 'ready') {
        fire(type, {});
      } else if (type === 'step' && SCREENS.indexOf(d.screen) >= 0) {
        var question = d.screen === 'question';
        if (question && !(isInt(d.step) && isInt(d.total))) return;
        fire(type, {
          screen: d.screen,
          step: question ? d.step : null,
          total: question ? d.total : null,
        });
      } else if (type === 'result' && URGENCY.indexOf(d.urgency) >= 0) {
        fire(type, { urgency: d.urgency });
      }
    });

    host.appendChild(frame);
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-aftercare]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
