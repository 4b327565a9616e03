/*
 * The case-worker page: reads only the service's API (GET /api/programs, GET /api/schemas/{program},
 * GET /api/examples[/{program}/{name}], POST /api/decisions, POST /api/explanations?lang=).
 * Credentials are the browser's own (HTTP Basic for configured users: the browser asks once and
 * sends them with every request of the page); nothing is stored but the chosen language.
 */
(function () {
  'use strict';

  var i18n = window.MZ.i18n;
  var state = {
    lang: initialLanguage(),
    programs: [],
    references: {},
    schema: null,
    form: null,
    examples: [],
    decisionText: null,
    decision: null,
    explanationFor: null,
    problem: null
  };

  function $(id) { return document.getElementById(id); }
  function t(key, vars) { return i18n.t(state.lang, key, vars); }
  function pick(pair) { return Array.isArray(pair) ? (state.lang === 'en' ? pair[1] : pair[0]) : undefined; }

  function initialLanguage() {
    var q = new URLSearchParams(window.location.search).get('lang');
    if (q === 'en' || q === 'zh') return q;
    try {
      var stored = window.localStorage.getItem('minzheng.lang');
      if (stored === 'en' || stored === 'zh') return stored;
    } catch (e) { /* storage may be disabled */ }
    return 'zh';
  }

  /* ---------- labels ---------- */

  function enumLabel(values, value) {
    var sig = values.slice().sort().join(',');
    var table = window.MZ.enumLabels && window.MZ.enumLabels[sig];
    var pair = table && table[value];
    return pair ? pick(pair) + ' (' + value + ')' : value;
  }

  /* English labels start with a capital; the tables keep them lower-case for use inside sentences. */
  function capital(s) {
    return state.lang === 'en' && s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }

  function fieldLabel(name) {
    var pair = window.MZ.fieldLabels[name];
    return pair ? capital(pick(pair)) : name;
  }

  function resultLabel(name) {
    var pair = window.MZ.resultLabels[name] || window.MZ.fieldLabels[name];
    return pair ? capital(pick(pair)) : name;
  }

  /* ---------- static text ---------- */

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (e) { e.setAttribute('aria-label', t(e.getAttribute('data-i18n-aria'))); });
    $('lang-zh').setAttribute('aria-pressed', String(state.lang === 'zh'));
    $('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
    fillRegions();
    fillPrograms();
    fillExamples();
    var p = state.programs.filter(function (x) { return x.id === $('program').value; })[0];
    $('program-title').textContent = p ? programTitle(p) : '';
  }

  function setLanguage(lang) {
    if (lang === state.lang) return;
    var values = state.form ? state.form.value() : undefined;
    state.lang = lang;
    try { window.localStorage.setItem('minzheng.lang', lang); } catch (e) { /* ignore */ }
    applyLanguage();
    if (state.schema) renderForm(values);
    if (state.problem) showProblem(state.problem);
    if (state.decision) showDecision();
    if (!state.references[lang]) {
      loadPrograms(lang).then(function () { if (state.decision && state.lang === lang) showDecision(); }, function () { /* ids stay */ });
    }
  }

  function fillRegions() {
    var list = $('region-list');
    list.textContent = '';
    i18n.REGIONS.forEach(function (r) {
      var o = document.createElement('option');
      o.value = r[0];
      o.label = state.lang === 'en' ? r[2] : r[1];
      o.textContent = state.lang === 'en' ? r[2] : r[1];
      list.appendChild(o);
    });
  }

  function programTitle(p) {
    return state.lang === 'en' ? (p.titleEn || p.title || p.id) : (p.titleZh || p.title || p.id);
  }

  function fillPrograms() {
    var select = $('program');
    var current = select.value;
    select.textContent = '';
    state.programs.forEach(function (p) {
      var o = document.createElement('option');
      o.value = p.id;
      o.textContent = programTitle(p) + ' · ' + p.id;
      select.appendChild(o);
    });
    if (current) select.value = current;
  }

  function fillExamples() {
    var select = $('example');
    var program = $('program').value;
    var current = select.value;
    select.textContent = '';
    var mine = state.examples.filter(function (e) { return e.program === program; });
    var first = document.createElement('option');
    first.value = '';
    first.textContent = mine.length ? t('case.chooseExample') : t('case.noExamples');
    select.appendChild(first);
    mine.forEach(function (e) {
      var o = document.createElement('option');
      o.value = e.name;
      o.textContent = e.name + (e.illustrative ? ' ' + t('case.illustrative') : '');
      select.appendChild(o);
    });
    select.value = mine.some(function (e) { return e.name === current; }) ? current : '';
    select.disabled = mine.length === 0;
    $('load-example').disabled = mine.length === 0;
  }

  /* ---------- API ---------- */

  function api(method, url, body) {
    var init = {
      method: method,
      headers: { 'Accept': 'application/json, application/problem+json, text/plain', 'Accept-Language': state.lang === 'en' ? 'en' : 'zh-CN' },
      credentials: 'same-origin'
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        return { status: response.status, ok: response.ok, type: response.headers.get('Content-Type') || '', text: text };
      });
    });
  }

  function json(r) {
    try { return JSON.parse(r.text); } catch (e) { return null; }
  }

  /* The programs in a language: their titles and, for the citations, the references as that language writes them. */
  function loadPrograms(lang) {
    return api('GET', 'api/programs?lang=' + encodeURIComponent(lang)).then(function (r) {
      if (!r.ok) throw r;
      var body = json(r);
      var programs = Array.isArray(body) ? body : (body && body.programs) || [];
      var refs = {};
      programs.forEach(function (p) {
        var cites = (p.citations || []).slice();
        (p.rules || []).forEach(function (rule) {
          if (rule.citation) cites.push(rule.citation);
          (rule.alsoCites || []).forEach(function (c) { cites.push(c); });
        });
        cites.forEach(function (c) {
          if (c.reference) refs[c.instrument + '|' + c.article] = c.reference;
        });
      });
      state.references[lang] = refs;
      if (state.programs.length === 0) {
        state.programs = programs;
        fillPrograms();
        var preferred = programs.some(function (p) { return p.id === 'dibao'; }) ? 'dibao' : (programs[0] || {}).id;
        if (preferred) $('program').value = preferred;
      }
    });
  }

  function loadExamples() {
    return api('GET', 'api/examples').then(function (r) {
      var body = r.ok ? json(r) : null;
      var list = Array.isArray(body) ? body : (body && body.examples) || [];
      state.examples = list.map(function (e) {
        return typeof e === 'string' ? { program: e.split('/')[0], name: e.split('/').slice(1).join('/') } : e;
      });
      fillExamples();
    }, function () { state.examples = []; fillExamples(); });
  }

  function loadSchema(values) {
    var program = $('program').value;
    var p = state.programs.filter(function (x) { return x.id === program; })[0];
    $('program-title').textContent = p ? programTitle(p) : '';
    fillExamples();
    document.body.setAttribute('data-ready', 'false');
    return api('GET', 'api/schemas/' + encodeURIComponent(program)).then(function (r) {
      if (!r.ok) throw r;
      state.schema = json(r);
      renderForm(values);
      document.body.setAttribute('data-ready', 'true');
    });
  }

  function renderForm(values) {
    state.form = new window.MZ.Form(state.schema, { lang: state.lang, t: t, enumLabel: enumLabel, fieldLabel: fieldLabel });
    state.form.render($('facts'), values);
  }

  function envelope() {
    return {
      program: $('program').value,
      region: $('region').value.trim(),
      date: $('date').value,
      facts: state.form ? state.form.value() : {}
    };
  }

  function decide(event) {
    if (event) event.preventDefault();
    var body = envelope();
    clearProblem();
    $('decide').disabled = true;
    $('decide').setAttribute('aria-busy', 'true');
    api('POST', 'api/decisions', body).then(function (r) {
      if (!r.ok) { showProblem(problemOf(r)); return null; }
      state.decisionText = r.text;
      state.decision = json(r);
      state.explanationFor = null;
      state.explanationLoading = null;
      state.lastCase = body;
      $('download').disabled = false;
      showDecision();
      $('result').focus();
      return null;
    }, function () {
      showProblem({ detail: t('errors.network'), violations: [] });
    }).then(function () {
      $('decide').disabled = false;
      $('decide').removeAttribute('aria-busy');
    });
  }

  function problemOf(r) {
    var body = json(r);
    if (body && typeof body === 'object') {
      var violations = body.violations || body.errors || [];
      return { status: r.status, title: body.title, detail: body.detail, violations: Array.isArray(violations) ? violations : [] };
    }
    return { status: r.status, detail: t('errors.server', { status: r.status }), violations: [] };
  }

  /* ---------- errors ---------- */

  function clearProblem() {
    state.problem = null;
    $('errors').hidden = true;
    document.querySelectorAll('.field-error').forEach(function (e) { e.parentNode.removeChild(e); });
    document.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    document.querySelectorAll('.has-error').forEach(function (e) { e.classList.remove('has-error'); });
  }

  function messageOf(v) {
    if (typeof v.message === 'string') return v.message;
    if (v.message && typeof v.message === 'object') return state.lang === 'en' ? (v.message.en || v.message.zh) : (v.message.zh || v.message.en);
    return (state.lang === 'en' ? v.messageEn : v.messageZh) || v.messageZh || v.messageEn || v.code || '';
  }

  function showProblem(problem) {
    clearProblem();
    state.problem = problem;
    $('errors-detail').textContent = problem.detail || problem.title || t('errors.server', { status: problem.status });
    var list = $('errors-list');
    list.textContent = '';
    problem.violations.forEach(function (v) {
      var path = v.path || v.field || '';
      var li = document.createElement('li');
      var go = document.createElement('button');
      go.type = 'button';
      go.className = 'link path';
      go.textContent = path;
      li.appendChild(go);
      li.appendChild(document.createTextNode(' ' + messageOf(v)));
      list.appendChild(li);
      var input = markField(path, messageOf(v));
      if (input) {
        go.addEventListener('click', function () { input.focus(); });
      } else {
        go.disabled = true;
      }
    });
    $('errors').hidden = false;
    $('errors').focus();
  }

  /* Puts the message next to the input the path names, or next to its nearest enclosing part. */
  function markField(path, message) {
    var target = null;
    var p = path;
    while (p && !target) {
      target = document.querySelector('[data-field="' + cssEscape(p) + '"]') || document.querySelector('[data-path="' + cssEscape(p) + '"]');
      if (!target) p = p.replace(/(\.[^.\[\]]+|\[[0-9]+\])$/, '') === p ? '' : p.replace(/(\.[^.\[\]]+|\[[0-9]+\])$/, '');
    }
    if (!target) return null;
    var container = target.classList.contains('field') || target.tagName === 'FIELDSET' ? target : target.closest('.field') || target;
    container.classList.add('has-error');
    var input = container.querySelector('[data-path]') || target;
    input.setAttribute('aria-invalid', 'true');
    var msg = document.createElement('p');
    msg.className = 'field-error';
    msg.id = 'err-' + Math.random().toString(36).slice(2);
    msg.textContent = (p !== path ? path + ': ' : '') + message;
    var before = container.tagName === 'FIELDSET' ? container.querySelector('legend').nextSibling : null;
    if (before) container.insertBefore(msg, before); else container.appendChild(msg);
    var described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (described ? described + ' ' : '') + msg.id);
    return input;
  }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'); }

  /* ---------- the decision ---------- */

  function showDecision() {
    var d = state.decision || {};
    var t0 = t;
    $('result').hidden = false;
    var outcome = $('outcome');
    outcome.textContent = t0('outcome.' + d.outcome);
    outcome.className = 'outcome ' + String(d.outcome || '').toLowerCase();

    var result = d.result && typeof d.result === 'object' ? d.result : {};
    var amountKey = window.MZ.amountFields.filter(function (k) { return typeof result[k] === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(result[k]); })[0];
    var amount = $('amount');
    amount.textContent = '';
    if (amountKey) {
      var label = document.createElement('span');
      label.className = 'amount-label';
      label.textContent = resultLabel(amountKey);
      var figure = document.createElement('span');
      figure.className = 'amount-figure';
      figure.id = 'amount-figure';
      figure.textContent = result[amountKey] + ' ' + t0('yuan');
      amount.appendChild(label);
      amount.appendChild(figure);
    } else {
      amount.textContent = t0('result.noAmount');
    }

    var dl = $('result-values');
    dl.textContent = '';
    Object.keys(result).forEach(function (k) {
      if (k === amountKey) return;
      var dt = document.createElement('dt');
      dt.textContent = resultLabel(k);
      var dd = document.createElement('dd');
      dd.textContent = display(result[k]);
      dl.appendChild(dt);
      dl.appendChild(dd);
    });

    var tbody = $('conditions').querySelector('tbody');
    tbody.textContent = '';
    (d.findings || []).forEach(function (f) {
      var tr = document.createElement('tr');
      tr.className = 'verdict-' + String(f.verdict).toLowerCase();
      tr.appendChild(cell('td', f.rule, 'code'));
      tr.appendChild(cell('td', t0('verdict.' + f.verdict), 'verdict'));
      var c = f.citation || {};
      tr.appendChild(cell('td', citationText(c), 'citation'));
      tr.appendChild(cell('td', f.facts ? display(f.facts) : '', 'figures'));
      tbody.appendChild(tr);
    });

    notes($('counterfactuals'), d.counterfactuals, function (n) { return noteText(n); });
    notes($('missing'), d.missingParameters, function (m) {
      var s = m.key + ' · ' + t0('result.unit') + ' ' + m.unit + ' · ' + t0('result.region') + ' ' + m.region;
      if (m.absentFields && m.absentFields.length) s += ' · ' + t0('result.absent') + ' ' + m.absentFields.join(', ');
      return s;
    });
    notes($('warnings'), d.warnings, function (n) { return noteText(n); });
    $('fingerprint').textContent = d.policyFingerprint || '';
    loadExplanation();
  }

  /* 《title》article as /api/programs writes it in the page's language; the ids when it has none. */
  function citationText(c) {
    var refs = state.references[state.lang] || {};
    return refs[c.instrument + '|' + c.article] || ((c.instrument || '') + ' ' + (c.article || ''));
  }

  function noteText(n) {
    var facts = n.facts ? display(n.facts) : '';
    return n.code + (facts ? ' · ' + facts : '');
  }

  function notes(ul, items, text) {
    ul.textContent = '';
    if (!items || items.length === 0) {
      var li = document.createElement('li');
      li.className = 'none';
      li.textContent = t('result.none');
      ul.appendChild(li);
      return;
    }
    items.forEach(function (i) {
      var li = document.createElement('li');
      li.textContent = text(i);
      ul.appendChild(li);
    });
  }

  function cell(tag, text, cls) {
    var c = document.createElement(tag);
    c.textContent = text;
    if (cls) c.className = cls;
    return c;
  }

  function display(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v.map(display).join('; ');
    if (typeof v === 'object') {
      return Object.keys(v).map(function (k) { return k + ': ' + display(v[k]); }).join(', ');
    }
    return String(v);
  }

  function loadExplanation() {
    var pre = $('explanation');
    if (!state.lastCase) return;
    var key = state.lang;
    if (state.explanationFor === key || state.explanationLoading === key) return;
    state.explanationLoading = key;
    pre.textContent = '…';
    api('POST', 'api/explanations?lang=' + encodeURIComponent(state.lang), state.lastCase).then(function (r) {
      state.explanationLoading = null;
      if (state.lang !== key) return;
      var body = r.type.indexOf('json') >= 0 ? json(r) : null;
      pre.textContent = r.ok ? (body && (body.text || body.explanation) ? (body.text || body.explanation) : r.text) : t('errors.server', { status: r.status });
      state.explanationFor = r.ok ? key : null;
    }, function () { state.explanationLoading = null; pre.textContent = t('errors.network'); });
  }

  /* ---------- example, download, reset ---------- */

  function loadExample() {
    var program = $('program').value;
    var name = $('example').value;
    if (!name) return;
    document.body.setAttribute('data-ready', 'false');
    api('GET', 'api/examples/' + encodeURIComponent(program) + '/' + encodeURIComponent(name)).then(function (r) {
      if (!r.ok) { showProblem(problemOf(r)); return; }
      var c = json(r) || {};
      clearProblem();
      if (c.region) $('region').value = c.region;
      if (c.date) $('date').value = c.date;
      renderForm(c.facts);
      $('example-status').textContent = t('case.loaded') + name;
    }, function () {
      showProblem({ detail: t('errors.network'), violations: [] });
    }).then(function () { document.body.setAttribute('data-ready', 'true'); });
  }

  function download() {
    if (!state.decisionText) return;
    var blob = new Blob([state.decisionText], { type: 'application/json' });
    var a = document.createElement('a');
    var d = state.decision || {};
    a.href = URL.createObjectURL(blob);
    a.download = 'decision-' + (d.program || 'case') + '-' + (d.region || '') + '-' + (d.date || '') + '.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.parentNode.removeChild(a); }, 0);
  }

  function reset() {
    clearProblem();
    renderForm(undefined);
    $('example-status').textContent = '';
  }

  /* ---------- start ---------- */

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('region').value = '330500';
    $('date').value = today();
    $('lang-zh').addEventListener('click', function () { setLanguage('zh'); });
    $('lang-en').addEventListener('click', function () { setLanguage('en'); });
    $('program').addEventListener('change', function () {
      state.decision = null; state.decisionText = null; state.lastCase = null;
      $('result').hidden = true; $('download').disabled = true; clearProblem();
      $('example-status').textContent = '';
      loadSchema(undefined).catch(function (r) {
        showProblem(r && r.status ? problemOf(r) : { detail: t('errors.network'), violations: [] });
      });
    });
    $('facts-form').addEventListener('submit', decide);
    $('load-example').addEventListener('click', loadExample);
    $('download').addEventListener('click', download);
    $('reset').addEventListener('click', reset);
    applyLanguage();
    loadPrograms(state.lang)
      .then(function () { return loadExamples(); })
      .then(function () { return loadSchema(undefined); })
      .then(function () { document.body.setAttribute('data-ready', 'true'); })
      .catch(function (r) {
        showProblem(r && r.status ? problemOf(r) : { detail: t('errors.network'), violations: [] });
      });
  });
})();
