/* Aftercare embed.js: the check in a frame in each [data-aftercare] element, or behind a
 * button that opens it over the page. The snippet, every option and every console message:
 * README, "For spas and therapists". */
/* Where the check should appear, a div with a link inside, for anyone the check cannot
 * reach (no script, a blocked frame, a wrong address):
 *   <div data-aftercare><a href="https://aftercare.example/">Sore back after a massage?</a></div>
 * then load this script. Options on the div: data-accent="#7a3b69" data-name="Your Spa"
 * data-followup="https://your.spa/book" data-compact data-theme="light|dark|auto" (light
 * unless set) data-lang="en|es|fr" (else the visitor's browser decides; it opens es.html,
 * fr.html, ...) data-title="..." data-src=".../index.html" (on this script's own site, unless
 * the script tag lists that site: <script src=".../embed.js" data-allow-origins="https://...">)
 * data-mode="inline|popup" (inline unless set: popup puts a button in the div that opens the
 * check in a dialog over the page) data-label="..." (the button's words, as text).
 * data-followup must be on this page's own site, or on one the script tag lists in
 * data-booking-origins="https://...".
 * Events on the div (they bubble): aftercare:ready, aftercare:step {screen, step, total},
 * aftercare:result {urgency}, and in a popup aftercare:open and aftercare:close. Problems are reported in the console. This source keeps its
 * comments; the build publishes it minified (scripts/post-build/embed.mjs). */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src;
  var SCREENS = ['start', 'question', 'review', 'result'];
  var URGENCY = ['self-care', 'contact-provider', 'urgent-care'];
  var THEMES = ['light', 'dark', 'auto'];
  var MODES = ['inline', 'popup'];
  // What the embed itself shows, in the check's language when it speaks the page's: the
  // frame's title (for a screen reader), the popup's button and its close button. The build
  // writes every language's here from src/content (scripts/post-build/words.mjs).
  var WORDS = { en: ['Aftercare: sore back after a massage check', 'Sore after your massage? Check it here', 'Close'] };
  // The language of a tag ("es-MX" is "es"), when the check speaks it; else undefined.
  function spoken(tag) {
    var code = String(tag || '').split('-')[0].toLowerCase();
    return Object.prototype.hasOwnProperty.call(WORDS, code) ? code : undefined;
  }
  // The popup's button in the spa's colour when it is one (#rgb or #rrggbb), with black or
  // white words, whichever reads better on it (WCAG's contrast ratio).
  var ACCENT = /^#([0-9a-f]{3}){1,2}$/i;
  function ink(hex) {
    var full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&') : hex;
    var light = 0;
    [0.2126, 0.7152, 0.0722].forEach(function (weight, i) {
      var c = parseInt(full.substr(1 + 2 * i, 2), 16) / 255;
      light += weight * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    });
    // White and black read equally well at a luminance of 0.179 (WCAG's ratios meet there).
    return light < 0.179 ? '#fff' : '#000';
  }
  function css(element, rules) {
    for (var name in rules) element.style[name] = rules[name];
  }
  var MARK = 'data-aftercare-loaded';
  // The check says it is there before its first paint; a frame that has loaded and stayed
  // silent this long is something else (a wrong address, an error page).
  var SILENCE_MS = 4000;

  function complain(message) {
    console.error('Aftercare: ' + message);
  }

  function quoted(text) {
    return '"' + String(text).slice(0, 200) + '"';
  }

  function isInt(n) {
    return Number.isInteger(n) && n >= 0;
  }

  /** The http(s) origin of an address, or null. */
  function originOf(address) {
    try {
      var url = new URL(address);
      return /^https?:$/.test(url.protocol) ? url.origin : null;
    } catch (e) {
      return null;
    }
  }

  // The sites the script tag's attribute `name` lists, after `first`. A div is easier to slip
  // into a page (a comment box, a CMS that keeps data-* attributes) than a script tag is, so
  // what a div names that reaches another site must be listed on the script tag.
  function sites(first, name) {
    var list = first ? [first] : [];
    var listed = script && script.getAttribute ? script.getAttribute(name) : null;
    (listed || '').split(/\s+/).forEach(function (item) {
      if (!item) return;
      var origin = originOf(item);
      if (origin) list.push(origin);
      else complain(name + ': ' + quoted(item) + ' is not an http(s) address, so it is ignored.');
    });
    return list;
  }
  // The sites a frame may come from: this script's own, and those its tag lists.
  var own = base ? originOf(base) : null;
  var allowed = sites(own, 'data-allow-origins');
  // The sites a booking link may go to: this page's own, and those its tag lists (issue 27).
  var booking = sites(location.origin, 'data-booking-origins');

  // Hosts already explained in the console: the scan at DOMContentLoaded meets them again.
  var refused = new WeakSet();
  function refuse(host, message) {
    if (refused.has(host)) return;
    refused.add(host);
    complain(message);
  }

  function mount(host) {
    if (host.hasAttribute(MARK) || refused.has(host)) return;
    var data = host.dataset;
    var url;
    try {
      // A data-lang the check speaks opens that language's own page (es.html: its start
      // screen and fallback are in that language before the check has loaded).
      url = data.src ? new URL(data.src, document.baseURI) : new URL((spoken(data.lang) || 'index') + '.html', base);
    } catch (e) {
      refuse(
        host,
        data.src
          ? 'data-src ' + quoted(data.src) + ' is not an address, so the check is not shown.'
          : 'cannot tell where embed.js was loaded from, so give the div a data-src.',
      );
      return;
    }
    if (!/^https?:$/.test(url.protocol)) {
      refuse(host, 'the check must be at an http or https address, not ' + quoted(url.href) + '.');
      return;
    }
    if (allowed.indexOf(url.origin) < 0) {
      refuse(
        host,
        'data-src ' + quoted(url.origin) + ' is not on the site embed.js came from (' + own + '); ' +
          'list it in the script tag\u2019s data-allow-origins to use it.',
      );
      return;
    }
    host.setAttribute(MARK, '');

    var q = url.searchParams;
    q.set('embed', '1');
    q.set('origin', location.origin);
    ['accent', 'name', 'followup', 'lang'].forEach(function (key) {
      if (data[key] != null) q.set(key, data[key]);
    });
    // A booking link on another site than those allowed is refused here; any other value that
    // is not an http(s) address goes on to the check, which refuses it with its own warning.
    var followup = data.followup;
    var site = followup == null ? null : originOf(followup);
    if (site ? booking.indexOf(site) < 0 : /^\s*https?:/i.test(followup || '')) {
      q.delete('followup');
      complain(
        'data-followup ' + quoted(followup) + ' is not on this page\u2019s site (' + location.origin + '), so no ' +
          'booking link is shown; list its site in the script tag\u2019s data-booking-origins to use it.',
      );
    }
    var compact = data.compact === '' || data.compact === 'true' || data.compact === '1';
    if (compact) q.set('compact', '1');
    var theme = data.theme == null ? 'light' : data.theme;
    if (THEMES.indexOf(theme) < 0) {
      complain('data-theme ' + quoted(theme) + ' is not light, dark or auto, so light is used.');
      theme = 'light';
    }
    q.set('theme', theme);

    var mode = data.mode == null ? 'inline' : data.mode;
    if (MODES.indexOf(mode) < 0) {
      complain('data-mode ' + quoted(mode) + ' is not inline or popup, so inline is used.');
      mode = 'inline';
    }
    var popup = mode === 'popup';
    var words = WORDS[spoken(data.lang) || spoken(navigator.language) || 'en'];

    var frame = document.createElement('iframe');
    var style = frame.style;
    frame.title = data.title || words[0];
    // The device's share sheet where this browser has one (phones): elsewhere the name only
    // earns a console warning, and the check copies the link instead.
    frame.setAttribute('allow', 'share' in navigator ? 'clipboard-write; web-share' : 'clipboard-write');
    css(frame, { display: 'block', width: '100%', border: '0' });
    if (popup) {
      css(frame, { flex: '1', minHeight: '0' });
    } else {
      frame.setAttribute('loading', 'lazy');
      // Room kept until the check reports its height (then released: no empty box below it).
      style.minHeight = compact ? '320px' : '480px';
    }
    frame.src = url.href;

    function fire(type, detail) {
      host.dispatchEvent(new CustomEvent('aftercare:' + type, { bubbles: true, detail: detail }));
    }

    // Heard from the check in the frame: any message from it, the first before it paints.
    var heard = false;
    var dialog;
    // The tab a popup opened from a box too small for its dialog (openBy): the check there asks
    // whether this embed opened it, and takes the spa's settings only if it says so.
    var tab;
    window.addEventListener('message', function (event) {
      var d = event.data;
      if (!d || typeof d !== 'object' || d.source !== 'aftercare' || event.origin !== url.origin) return;
      if (tab && event.source === tab && d.type === 'opened') {
        tab.postMessage({ source: 'aftercare', type: 'confirm' }, url.origin);
      }
      if (event.source !== frame.contentWindow) return;
      heard = true;
      var type = d.type;
      if (type === 'height') {
        var h = d.height;
        if (!popup && typeof h === 'number' && h >= 0 && h <= 1e5) {
          style.height = Math.ceil(h) + 'px';
          style.minHeight = '0';
        }
      } else if (type === 'escape') {
        // Escape pressed inside the frame, whose keys never reach this page.
        if (dialog && dialog.open) dialog.close();
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

    // The div's own content (the fallback link) makes way for the check, and comes back if
    // what loads in the frame never turns out to be the check.
    var fallback = [];
    while (host.firstChild) fallback.push(host.removeChild(host.firstChild));
    frame.addEventListener('load', function () {
      try {
        // The empty page a frame starts on, which some browsers report as loaded.
        if (frame.contentWindow.location.href === 'about:blank') return;
      } catch (e) {
        // Another site's page, as the check usually is: unreadable, and loaded.
      }
      setTimeout(function () {
        if (heard || !frame.isConnected) return;
        complain(
          'nothing answered from ' + quoted(url.origin + url.pathname) + ': is that the address of the check? ' +
            'The div\u2019s own content is shown instead.',
        );
        if (dialog && dialog.open) dialog.close();
        while (host.firstChild) host.removeChild(host.firstChild);
        fallback.forEach(function (node) {
          host.appendChild(node);
        });
      }, SILENCE_MS);
    });
    if (popup) {
      dialog = openBy(host, frame, words, data.label, theme, fire, function () {
        var page = new URL(url.href);
        page.searchParams.delete('embed');
        page.searchParams.set('opener', '1');
        tab = window.open(page.href, '_blank');
      });
    } else {
      host.appendChild(frame);
    }
  }

  // The popup: a button in the div, and a dialog over the page with a close button and the
  // check. The frame loads at the first opening and stays while the page does, so opening it
  // again continues where the person was. The dialog is modal (the page behind cannot be
  // reached), Escape closes it (here, or in the frame: the check passes it on), and the focus
  // goes back to the button.
  function openBy(host, frame, words, label, theme, fire, away) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label || words[1];
    var accent = ACCENT.test(host.dataset.accent || '') ? host.dataset.accent : '#0b6b73';
    css(button, {
      font: 'inherit',
      padding: '.75em 1.25em',
      border: '0',
      borderRadius: '.5em',
      background: accent,
      color: ink(accent),
    });
    var dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', frame.title);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = words[2];
    css(close, {
      alignSelf: 'flex-end',
      margin: '.5rem',
      font: 'inherit',
      padding: '.5em 1em',
      border: '1px solid',
      background: 'none',
      color: 'inherit',
    });
    close.addEventListener('click', function () {
      dialog.close();
    });
    dialog.appendChild(close);
    var root = document.documentElement.style;
    var overflow;
    // The whole screen of a phone; on a screen wider than 40 rem, a 40 rem panel in the middle
    // with 2 rem above and below it (the clamp is 0 below that width, 4 rem above it).
    css(dialog, {
      width: 'min(40rem, 100%)',
      height: 'calc(100% - clamp(0px, (100vw - 40rem) * 99, 4rem))',
      maxWidth: '100%',
      maxHeight: '100%',
      padding: '0',
      border: '0',
      flexDirection: 'column',
      // The browser's own page colours in the check's theme ("auto": the device's).
      colorScheme: theme === 'auto' ? 'light dark' : theme,
      background: 'Canvas',
      color: 'CanvasText',
    });
    button.addEventListener('click', function () {
      fire('open', {});
      // In a frame too small for the dialog (a site builder's box for pasted HTML), the
      // check's own page in a new tab instead.
      if (window.top !== window.self && (innerHeight < 480 || innerWidth < 280)) return away();
      if (!frame.parentNode) dialog.appendChild(frame);
      dialog.showModal();
      dialog.style.display = 'flex';
      overflow = root.overflow;
      root.overflow = 'hidden';
    });
    dialog.addEventListener('close', function () {
      dialog.style.display = '';
      root.overflow = overflow;
      button.focus();
      fire('close', {});
    });
    host.appendChild(button);
    host.appendChild(dialog);
    return dialog;
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-aftercare]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
