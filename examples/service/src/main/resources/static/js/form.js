/*
 * A form generated from a program's published facts schema (JSON Schema draft 2020-12, docs/schemas/):
 * objects as fieldsets, arrays as rows that can be added and removed, enums as labelled selects,
 * money, dates, whole numbers and yes/no with the matching inputs, required fields marked.
 *
 * Nothing is coerced: what the case worker typed is sent as typed (a whole-number field holding
 * letters is sent as text, and the service names the field); empty optional fields are left out.
 * Every input carries data-path, the path the service uses in its violations ("facts.members[0].birthDate").
 */
(function () {
  'use strict';

  var MONEY = /\[0-9\]\{1,15\}\(\\\.\[0-9\]\{1,2\}\)\?/;
  var idCounter = 0;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'text') e.textContent = v;
        else if (k === 'className') e.className = v;
        else e.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  function nextId(prefix) { idCounter += 1; return prefix + '-' + idCounter; }

  /* The schema of a node with $ref resolved and nullability folded into a flag. */
  function normalize(schema, root) {
    var s = schema || {};
    var nullable = false;
    if (s.$ref) s = deref(s.$ref, root);
    if (Array.isArray(s.anyOf)) {
      var others = s.anyOf.filter(function (a) { return a.type !== 'null'; });
      nullable = others.length < s.anyOf.length;
      s = others.length === 1 ? (others[0].$ref ? deref(others[0].$ref, root) : others[0]) : others[0] || {};
    }
    var type = s.type;
    if (Array.isArray(type)) {
      nullable = nullable || type.indexOf('null') >= 0;
      type = type.filter(function (x) { return x !== 'null'; })[0];
    }
    if (!type && s.enum) type = 'string';
    if (!type && s.properties) type = 'object';
    return { s: s, type: type, nullable: nullable };
  }

  function deref(ref, root) {
    var name = ref.replace(/^#\/\$defs\//, '');
    return (root.$defs && root.$defs[name]) || {};
  }

  function Form(schema, ctx) {
    this.schema = schema;
    this.ctx = ctx; /* { lang, t(key, vars), enumLabel(values, value), fieldLabel(name) } */
    this.root = null;
  }

  /* Renders the facts form into container, filled with value (may be undefined). */
  Form.prototype.render = function (container, value) {
    container.textContent = '';
    this.root = this.node(this.schema, value, 'facts', null, true, 0);
    container.appendChild(this.root.el);
  };

  Form.prototype.value = function () {
    var v = this.root ? this.root.get() : undefined;
    return v === undefined ? {} : v;
  };

  Form.prototype.label = function (name) {
    if (name === null) return '';
    return name.charAt(0) === '@' ? this.ctx.t(name.substring(1)) : this.ctx.fieldLabel(name);
  };

  Form.prototype.node = function (schema, value, path, name, required, depth) {
    var n = normalize(schema, this.schema);
    var s = n.s;
    if (n.type === 'object' && s.properties) return this.objectNode(s, value, path, name, required, depth);
    if (n.type === 'object') return this.mapNode(s, value, path, name, required, depth);
    if (n.type === 'array') return this.arrayNode(s, value, path, name, required, depth);
    if (s.enum) return this.enumNode(s, value, path, name, required);
    if (n.type === 'boolean') return this.booleanNode(s, value, path, name);
    return this.inputNode(s, n.type, value, path, name, required);
  };

  Form.prototype.labelFor = function (id, name, required) {
    var l = el('label', { 'for': id });
    l.appendChild(document.createTextNode(this.label(name)));
    if (required) {
      l.appendChild(document.createTextNode(' '));
      l.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: '*' }));
    }
    return l;
  };

  Form.prototype.wrap = function (labelEl, input, hintText, path) {
    var f = el('div', { className: 'field', 'data-field': path });
    f.appendChild(labelEl);
    f.appendChild(input);
    if (hintText) {
      var hid = nextId('hint');
      input.setAttribute('aria-describedby', hid);
      f.appendChild(el('p', { className: 'hint', id: hid, text: hintText }));
    }
    return f;
  };

  Form.prototype.inputNode = function (s, type, value, path, name, required) {
    var id = nextId('f');
    var t = this.ctx.t;
    var attrs = { id: id, name: path, 'data-path': path, type: 'text', autocomplete: 'off' };
    var hint = null;
    if (required) { attrs.required = true; attrs['aria-required'] = 'true'; }
    if (type === 'integer') {
      attrs.inputmode = 'numeric';
      hint = name === 'member' ? t('form.memberHint') : t('form.integerHint');
    } else if (s.format === 'date') {
      attrs.type = 'date';
    } else if (s.pattern && MONEY.test(s.pattern)) {
      attrs.inputmode = 'decimal';
      attrs.className = 'money';
      hint = t('form.moneyHint');
    } else if (s.maxLength) {
      attrs.maxlength = String(s.maxLength);
    }
    var input = el('input', attrs);
    if (value !== undefined && value !== null) input.value = String(value);
    return {
      el: this.wrap(this.labelFor(id, name, required), input, hint, path),
      get: function () {
        var raw = input.value.trim();
        if (raw === '') return undefined;
        if (type === 'integer' && /^-?[0-9]{1,15}$/.test(raw)) return Number(raw);
        return raw;
      }
    };
  };

  Form.prototype.enumNode = function (s, value, path, name, required) {
    var id = nextId('f');
    var ctx = this.ctx;
    var select = el('select', { id: id, name: path, 'data-path': path, required: required, 'aria-required': required ? 'true' : null });
    select.appendChild(el('option', { value: '', text: ctx.t('form.choose') }));
    s.enum.forEach(function (v) {
      select.appendChild(el('option', { value: v, text: ctx.enumLabel(s.enum, v) }));
    });
    if (value !== undefined && value !== null) select.value = String(value);
    return {
      el: this.wrap(this.labelFor(id, name, required), select, null, path),
      get: function () { return select.value === '' ? undefined : select.value; }
    };
  };

  Form.prototype.booleanNode = function (s, value, path, name) {
    var id = nextId('f');
    var box = el('input', { id: id, type: 'checkbox', name: path, 'data-path': path });
    box.checked = value === true;
    var l = el('label', { 'for': id, className: 'check' }, [box, document.createTextNode(' ' + this.label(name))]);
    var f = el('div', { className: 'field boolean', 'data-field': path }, [l]);
    return { el: f, get: function () { return box.checked; } };
  };

  Form.prototype.objectNode = function (s, value, path, name, required, depth) {
    var self = this;
    var req = s.required || [];
    var body = el('div', { className: 'object-body' });
    var children = [];
    var v = value && typeof value === 'object' ? value : {};
    Object.keys(s.properties).forEach(function (p) {
      var child = self.node(s.properties[p], v[p], path + '.' + p, p, req.indexOf(p) >= 0, depth + 1);
      children.push({ name: p, node: child });
      body.appendChild(child.el);
    });
    function collect() {
      var out = {};
      children.forEach(function (c) {
        var cv = c.node.get();
        if (cv !== undefined) out[c.name] = cv;
      });
      return out;
    }
    if (name === null) {
      return { el: el('div', { className: 'object' }, [body]), get: collect };
    }
    var fs = el('fieldset', { className: 'object depth-' + Math.min(depth, 3), 'data-field': path });
    fs.appendChild(el('legend', { text: this.label(name) }));
    if (required) {
      fs.appendChild(body);
      return { el: fs, get: collect };
    }
    /* An optional part: filled in only when the case worker says so. */
    var id = nextId('inc');
    var toggle = el('input', { id: id, type: 'checkbox', 'data-path': path, 'aria-controls': id + '-body' });
    body.id = id + '-body';
    toggle.checked = value !== undefined && value !== null;
    body.hidden = !toggle.checked;
    toggle.addEventListener('change', function () { body.hidden = !toggle.checked; });
    fs.appendChild(el('label', { 'for': id, className: 'check include' },
      [toggle, document.createTextNode(' ' + this.ctx.t('action.include'))]));
    fs.appendChild(body);
    return { el: fs, get: function () { return toggle.checked ? collect() : undefined; } };
  };

  /* An object whose keys are free (additionalProperties): rows of key and value. */
  Form.prototype.mapNode = function (s, value, path, name, required, depth) {
    var self = this;
    var entries = value && typeof value === 'object' ? Object.keys(value).map(function (k) { return [k, value[k]]; }) : [];
    var valueSchema = s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : { type: 'string' };
    return this.rows(path, name, required, depth, entries, function (entry, rowPath) {
      var keyId = nextId('k');
      var key = el('input', { id: keyId, type: 'text', autocomplete: 'off', 'data-path': rowPath + '.key' });
      key.value = entry ? entry[0] : '';
      var keyField = el('div', { className: 'field' }, [el('label', { 'for': keyId, text: self.ctx.t('form.key') }), key]);
      var valNode = self.node(valueSchema, entry ? entry[1] : undefined, rowPath, '@form.value', true, depth + 1);
      return {
        el: el('div', { className: 'map-row' }, [keyField, valNode.el]),
        get: function () { return [key.value.trim(), valNode.get()]; }
      };
    }, function (rows) {
      var out = {};
      rows.forEach(function (r) { var kv = r.get(); if (kv[0] !== '' && kv[1] !== undefined) out[kv[0]] = kv[1]; });
      return Object.keys(out).length ? out : undefined;
    });
  };

  Form.prototype.arrayNode = function (s, value, path, name, required, depth) {
    var self = this;
    var items = normalize(s.items, this.schema);
    var values = Array.isArray(value) ? value : [];
    if (items.s.enum) return this.enumSetNode(items.s, values, path, name, required || s.minItems > 0);
    if (values.length === 0 && s.minItems > 0) values = new Array(s.minItems).fill(undefined);
    return this.rows(path, name, required || s.minItems > 0, depth, values, function (v, rowPath, index) {
      return self.node(s.items, v, rowPath, items.type === 'object' ? null : name, true, depth + 1);
    }, function (rows) {
      var out = rows.map(function (r) { var v = r.get(); return v === undefined ? {} : v; });
      return out.length || required ? out : undefined;
    }, items.type === 'object');
  };

  /* Rows that can be added and removed; index-based paths are renumbered after each change. */
  Form.prototype.rows = function (path, name, required, depth, initial, makeRow, collect, objectItems) {
    var self = this;
    var t = this.ctx.t;
    var fs = el('fieldset', { className: 'array depth-' + Math.min(depth, 3), 'data-field': path });
    var legend = el('legend');
    legend.appendChild(document.createTextNode(this.label(name)));
    if (required) {
      legend.appendChild(document.createTextNode(' '));
      legend.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: '*' }));
    }
    fs.appendChild(legend);
    var list = el('ol', { className: 'rows' });
    var empty = el('p', { className: 'hint empty', text: t('form.none') });
    fs.appendChild(list);
    fs.appendChild(empty);
    var rows = [];

    function renumber() {
      rows.forEach(function (r, i) {
        r.title.textContent = t('form.item', { n: i + 1 });
        var oldPrefix = r.path;
        var newPrefix = path + '[' + i + ']';
        if (oldPrefix !== newPrefix) {
          r.li.querySelectorAll('[data-path],[data-field]').forEach(function (e) {
            ['data-path', 'data-field', 'name'].forEach(function (a) {
              var v = e.getAttribute(a);
              if (v && v.indexOf(oldPrefix) === 0) e.setAttribute(a, newPrefix + v.substring(oldPrefix.length));
            });
          });
          r.path = newPrefix;
        }
        r.remove.setAttribute('aria-label', t('action.remove') + ' · ' + self.label(name) + ' ' + t('form.item', { n: i + 1 }));
      });
      empty.hidden = rows.length > 0;
    }

    function add(v) {
      var rowPath = path + '[' + rows.length + ']';
      var node = makeRow(v, rowPath, rows.length);
      var title = el('span', { className: 'row-title' });
      var remove = el('button', { type: 'button', className: 'link remove', text: t('action.remove') });
      var head = el('div', { className: 'row-head' }, [title, remove]);
      var li = el('li', { className: objectItems ? 'row object-row' : 'row' }, [head, node.el]);
      var row = { li: li, node: node, title: title, remove: remove, path: rowPath, get: node.get };
      remove.addEventListener('click', function () {
        rows.splice(rows.indexOf(row), 1);
        list.removeChild(li);
        renumber();
        addButton.focus();
      });
      rows.push(row);
      list.appendChild(li);
      renumber();
      return row;
    }

    var addButton = el('button', { type: 'button', className: 'secondary add', text: '+ ' + t('action.add') + ' · ' + this.label(name) });
    addButton.addEventListener('click', function () {
      var r = add(undefined);
      var first = r.li.querySelector('input,select');
      if (first) first.focus();
    });
    fs.appendChild(addButton);
    initial.forEach(function (v) { add(v); });
    renumber();
    return { el: fs, get: function () { return collect(rows); } };
  };

  /* An array of enum values: one checkbox per value. */
  Form.prototype.enumSetNode = function (s, values, path, name, required) {
    var ctx = this.ctx;
    var fs = el('fieldset', { className: 'enum-set', 'data-field': path });
    var legend = el('legend', { text: this.label(name) });
    if (required) {
      legend.appendChild(document.createTextNode(' '));
      legend.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: '*' }));
    }
    fs.appendChild(legend);
    var boxes = s.enum.map(function (v) {
      var id = nextId('e');
      var box = el('input', { id: id, type: 'checkbox', value: v, 'data-path': path });
      box.checked = values.indexOf(v) >= 0;
      fs.appendChild(el('label', { 'for': id, className: 'check' }, [box, document.createTextNode(' ' + ctx.enumLabel(s.enum, v))]));
      return box;
    });
    return {
      el: fs,
      get: function () {
        var out = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        return out.length || required ? out : undefined;
      }
    };
  };

  window.MZ = window.MZ || {};
  window.MZ.Form = Form;
})();
