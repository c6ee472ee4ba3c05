// seams report: interactions, inlined into the page at build time (see
// reporters/html/assets/embed.cmake). seams draws every chart as SVG; this script
// only moves, hides and highlights what is there, and fills the inspector
// from the JSON data block. Text from the data is only ever set through
// textContent or attribute values, never parsed as markup. With module groups
// the data has a second view, D.folded (one node per group), drawn in the
// variants marked data-fold="on" that the "fold groups" checkbox swaps in.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('seams-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var inspector = $('inspector');

  function el(tag, props, kids) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') node.textContent = props[k];
      else if (k === 'cls') node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    (kids || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  // A view is D (modules) or D.folded (groups folded): modules, edges, orders.
  // An element belongs to the folded view inside a folded variant, or when it
  // is a link made for it (data-v).
  function viewOf(node) { return node.closest('[data-fold="on"],[data-v="folded"]') ? D.folded : D; }
  function inView(v) { return function (node) { return viewOf(node) === v; }; }
  function name(v, id) { return v.modules[id].name; }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function link(v, props) {
    props.cls = 'linkish';
    props.type = 'button';
    if (v !== D) props['data-v'] = 'folded';
    return el('button', props);
  }
  function moduleLink(v, id) { return link(v, { 'data-m': id, text: name(v, id) }); }
  function edgeLink(v, k, label) { return link(v, { 'data-e': k, text: label }); }

  // ---- Tooltip -----------------------------------------------------------
  var tip = el('div', { id: 'tip', role: 'tooltip' });
  document.body.appendChild(tip);
  function showTip(ev, lines) {
    tip.textContent = '';
    lines.forEach(function (l) { tip.appendChild(el('div', { text: l })); });
    tip.style.display = 'block';
    var x = ev.clientX + 14, y = ev.clientY + 14;
    var r = tip.getBoundingClientRect();
    if (x + r.width > window.innerWidth - 8) x = ev.clientX - r.width - 14;
    if (y + r.height > window.innerHeight - 8) y = ev.clientY - r.height - 14;
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.style.display = 'none'; }
  function edgeSummary(e) {
    return plural(e.includes, 'include') + ', ' + plural(e.symbols, 'symbol use') +
      ', ' + plural(e.macros, 'macro use') + ' (weight ' + e.weight + ')';
  }

  // ---- Selection highlight across the charts ------------------------------
  var selected = [];
  function select(nodes) {
    selected.forEach(function (n) { n.classList.remove('sel'); });
    selected = Array.prototype.slice.call(nodes);
    selected.forEach(function (n) { n.classList.add('sel'); });
  }

  // ---- Inspector: an edge -------------------------------------------------
  function findingItem(fi) {
    var f = D.findings[fi];
    return el('div', { cls: 'flag ' + f.severity }, [
      el('span', { cls: 'sev ' + f.severity, text: f.severity }), ' ',
      el('code', { text: f.rule }), el('div', { text: f.message }),
      f.location ? el('div', {}, [el('code', { text: f.location })]) : null]);
  }
  function evidenceItem(v) {
    // [file, line, column, kind, symbol, target, context]
    var what = el('div', { cls: 'what' }, [el('span', { cls: 'kind', text: v[3] }), ' ',
      el('b', { text: v[4] })]);
    if (v[3] !== 'include') what.appendChild(document.createTextNode(' \u2192 ' + v[5]));
    if (v[6]) what.appendChild(document.createTextNode(' in ' + v[6]));
    return el('li', {}, [el('div', { cls: 'loc', text: v[0] + ':' + v[1] + ':' + v[2] }), what]);
  }
  function showEdge(v, k) {
    var e = v.edges[k];
    inspector.textContent = '';
    inspector.appendChild(el('h3', {}, [moduleLink(v, e.from), ' \u2192 ', moduleLink(v, e.to)]));
    inspector.appendChild(el('p', { cls: 'sub', text: edgeSummary(e) }));
    if (e.cycle) {
      inspector.appendChild(el('div', { cls: 'flag info', text: 'This edge is inside a module cycle' +
        (e.cut ? '; it is in the cheapest set of edges to cut.' : '.') }));
    }
    e.findings.forEach(function (fi) { inspector.appendChild(findingItem(fi)); });
    inspector.appendChild(el('h4', { text: 'Evidence (' + e.evidence_total + ')' }));
    inspector.appendChild(el('ul', { cls: 'ev-list', id: 'evidence' }, e.evidence.map(evidenceItem)));
    if (e.evidence_total > e.evidence.length) {
      inspector.appendChild(el('p', { cls: 'sub', text: (e.evidence_total - e.evidence.length) + ' more: ' +
        (v === D ? 'seams explain ' + name(v, e.from) + ' ' + name(v, e.to) : 'unfold the groups to see them by module') }));
    }
    select(Array.prototype.filter.call(document.querySelectorAll('[data-e="' + k + '"]:not(button)'), inView(v)));
    inspector.scrollTop = 0;
  }

  // ---- Inspector: a module ------------------------------------------------
  function pairsList(pairs) {
    var dl = el('dl');
    pairs.forEach(function (p) { dl.appendChild(el('dt', { text: p[0] })); dl.appendChild(el('dd', { text: p[1] })); });
    return dl;
  }
  function apiTable(s) {
    var rows = s.api.map(function (a) {
      // [symbol, kind, uses, used_by, target]
      return el('tr', {}, [el('td', {}, [el('code', { text: a[0] })]), el('td', { cls: 'n', text: String(a[2]) }),
        el('td', { text: a[3].map(function (id) { return name(D, id); }).join(', ') })]);
    });
    return el('table', {}, [el('thead', {}, [el('tr', {}, [el('th', { text: 'symbol' }),
      el('th', { text: 'uses' }), el('th', { text: 'used by' })])]), el('tbody', {}, rows)]);
  }
  // A node of the folded view: what it stands for.
  function groupFacts(m) {
    if (!m.is_group) return [el('p', { cls: 'sub' }, ['In no group: ', moduleLink(D, m.members[0]), ' has the details.'])];
    var list = el('p', { cls: 'sub', text: 'Group of ' + plural(m.members.length, 'module') + ': ' });
    m.members.forEach(function (id, i) { list.appendChild(i ? el('span', {}, [', ', moduleLink(D, id)]) : moduleLink(D, id)); });
    return [list, el('p', { cls: 'sub', text: plural(m.internal, 'use') + ' between its members (not drawn folded).' })];
  }
  function showModule(v, id) {
    var m = v.modules[id], s = m.score;
    inspector.textContent = '';
    var title = el('h3', { text: m.name + ' ' });
    if (s) title.appendChild(el('span', { cls: 'qbadge', style: 'background:' + s.colour, text: s.quadrant_title }));
    inspector.appendChild(title);
    var facts = [];
    if (s) facts.push('rank #' + s.rank, 'value ' + s.value, 'coupling ' + s.coupling);
    facts.push('layer ' + (m.layer === null ? '(none)' : m.layer));
    if (m.group !== null) facts.push('group ' + m.group);
    if (m.owners.length) facts.push(m.owners.join(', '));
    inspector.appendChild(el('p', { cls: 'sub', text: facts.join(' \u00b7 ') }));
    if (m.members) groupFacts(m).forEach(function (n) { inspector.appendChild(n); });
    if (m.cycle) inspector.appendChild(el('div', { cls: 'flag info', text: 'Member of a module cycle.' }));
    if (s) {
      inspector.appendChild(el('p', { text: s.rationale }));
      inspector.appendChild(el('h4', { text: 'Metrics' }));
      inspector.appendChild(pairsList(s.metrics));
      inspector.appendChild(el('h4', { text: 'Coupling score terms' }));
      inspector.appendChild(pairsList(s.terms));
      inspector.appendChild(el('h4', { text: 'API surface (' + plural(s.api_total, 'symbol') + ' other modules use)' }));
      if (s.api.length) inspector.appendChild(apiTable(s));
      if (s.api_total > s.api.length) inspector.appendChild(el('p', { cls: 'sub', text: (s.api_total - s.api.length) + ' more: seams score --module ' + m.name }));
      inspector.appendChild(el('h4', { text: 'Outbound edges to cut (' + s.outbound.length + ')' }));
      inspector.appendChild(el('ul', { cls: 'ev-list' }, s.outbound.map(function (k) {
        var e = D.edges[k];
        return el('li', {}, [edgeLink(D, k, '\u2192 ' + name(D, e.to)), el('div', { cls: 'what', text: edgeSummary(e) })]);
      })));
    }
    inspector.appendChild(el('h4', { text: 'Findings (' + m.findings.length + ')' }));
    m.findings.forEach(function (fi) { inspector.appendChild(findingItem(fi)); });
    select(Array.prototype.filter.call(document.querySelectorAll('.pt[data-m="' + id + '"], .node[data-m="' + id +
      '"], .rank-table tr[data-m="' + id + '"]'), inView(v)));
    inspector.scrollTop = 0;
  }

  function showFinding(fi) {
    var f = D.findings[fi];
    inspector.textContent = '';
    inspector.appendChild(el('h3', {}, f.modules.map(function (id, i) {
      return i ? el('span', {}, [', ', moduleLink(D, id)]) : moduleLink(D, id);
    })));
    inspector.appendChild(findingItem(fi));
    select(document.querySelectorAll('tr[data-f="' + fi + '"]'));
  }

  // One handler for every chart: data-e opens an edge, data-m a module,
  // data-f a finding.
  function activate(target) {
    var t = target.closest('[data-e],[data-m],[data-f]');
    if (!t) return false;
    if (t.hasAttribute('data-e')) showEdge(viewOf(t), +t.getAttribute('data-e'));
    else if (t.hasAttribute('data-m')) showModule(viewOf(t), +t.getAttribute('data-m'));
    else showFinding(+t.getAttribute('data-f'));
    return true;
  }
  document.addEventListener('click', function (ev) { if (activate(ev.target)) hideTip(); });
  document.addEventListener('keydown', function (ev) {
    if ((ev.key === 'Enter' || ev.key === ' ') && ev.target.matches('[tabindex]') && activate(ev.target)) ev.preventDefault();
  });

  // ---- Heatmaps ----------------------------------------------------------
  // One per view: #dsm and, with groups, #dsm-folded; the toolbar drives both.
  var state = { order: 'level', block: '', text: '', externals: false }, zoom = 1, heatmaps = [];
  function heatmap(dsm, v) {
    var prefix = dsm.id, cs = +dsm.getAttribute('data-cs'), left = +dsm.getAttribute('data-left');
    var top = +dsm.getAttribute('data-top');
    var cells = dsm.querySelectorAll('g.cell'), rows = dsm.querySelectorAll('text.rl');
    var cols = dsm.querySelectorAll('text.cl'), diag = dsm.querySelectorAll('.diag rect');
    var bg = $(prefix + '-bg'), hlRow = $(prefix + '-hl-row'), hlCol = $(prefix + '-hl-col');
    var pos = [], size = 0;
    // Library columns (externals:), right of the modules' after a half-cell gap.
    var libs = dsm.querySelector('g.libs'), nlib = +dsm.getAttribute('data-libs') || 0;
    var lcells = dsm.querySelectorAll('g.lcell'), lcols = dsm.querySelectorAll('text.ll');
    var extra = function () { return libs && state.externals ? nlib * cs + cs / 2 : 0; };
    var matches = function (id) {
      var m = v.modules[id];
      if (state.block !== '' && m.block !== +state.block) return false;
      return !state.text || m.name.toLowerCase().indexOf(state.text) >= 0;
    };
    var setZoom = function () {
      var w = left + size + extra() + 6, h = top + size + 6;
      dsm.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
      dsm.setAttribute('width', w * zoom);
      dsm.setAttribute('height', h * zoom);
      dsm.classList.toggle('tiny', cs * zoom < 15);
    };
    var layout = function () {
      var visible = v.orders[state.order].filter(matches);
      pos = v.modules.map(function () { return -1; });
      visible.forEach(function (id, i) { pos[id] = i; });
      size = visible.length * cs;
      Array.prototype.forEach.call(cells, function (g) {
        var e = v.edges[+g.getAttribute('data-e')], r = pos[e.from], c = pos[e.to];
        g.style.display = r < 0 || c < 0 ? 'none' : '';
        if (r >= 0 && c >= 0) g.setAttribute('transform', 'translate(' + (left + c * cs) + ',' + (top + r * cs) + ')');
      });
      var place = function (list, fn) {
        Array.prototype.forEach.call(list, function (n) {
          var p = pos[+n.getAttribute('data-m')];
          n.style.display = p < 0 ? 'none' : '';
          if (p >= 0) fn(n, p);
        });
      };
      place(rows, function (n, p) { n.setAttribute('y', top + p * cs + cs / 2); });
      place(cols, function (n, p) { n.setAttribute('transform', 'translate(' + (left + p * cs + cs / 2) + ',' + (top - 5) + ') rotate(-90)'); });
      place(diag, function (n, p) { n.setAttribute('x', left + p * cs + 1); n.setAttribute('y', top + p * cs + 1); });
      bg.setAttribute('width', size);
      bg.setAttribute('height', size);
      if (libs) {
        var x0 = left + size + cs / 2;
        libs.style.display = state.externals ? '' : 'none';
        Array.prototype.forEach.call(lcells, function (g) {
          var r = pos[+g.getAttribute('data-f')], l = +g.getAttribute('data-l');
          g.style.display = r < 0 ? 'none' : '';
          if (r >= 0) g.setAttribute('transform', 'translate(' + (x0 + l * cs) + ',' + (top + r * cs) + ')');
        });
        Array.prototype.forEach.call(lcols, function (n) {
          var l = +n.getAttribute('data-l');
          n.setAttribute('transform', 'translate(' + (x0 + l * cs + cs / 2) + ',' + (top - 5) + ') rotate(-90)');
        });
      }
      dsm.classList.toggle('noblocks', state.order !== 'level' || state.block !== '' || state.text !== '');
      setZoom();
    };
    var lit = [];
    var highlight = function (e) {
      lit.forEach(function (n) { n.classList.remove('on'); });
      lit = [];
      if (!e) { hlRow.setAttribute('width', 0); hlCol.setAttribute('width', 0); return; }
      var r = pos[e.from], c = pos[e.to];
      hlRow.setAttribute('x', left); hlRow.setAttribute('y', top + r * cs);
      hlRow.setAttribute('width', size); hlRow.setAttribute('height', cs);
      hlCol.setAttribute('x', left + c * cs); hlCol.setAttribute('y', top);
      hlCol.setAttribute('width', cs); hlCol.setAttribute('height', size);
      lit = [dsm.querySelector('.rl[data-m="' + e.from + '"]'), dsm.querySelector('.cl[data-m="' + e.to + '"]')];
      lit.forEach(function (n) { n.classList.add('on'); });
    };
    dsm.addEventListener('mousemove', function (ev) {
      var lc = ev.target.closest('g.lcell');
      if (lc) {
        var lib = lcols[+lc.getAttribute('data-l')].textContent, from = name(v, +lc.getAttribute('data-f'));
        highlight(null);
        showTip(ev, [from + ' \u2192 ' + lib, plural(+lc.getAttribute('data-n'), 'use'),
          'seams explain ' + from + ' ' + lib + ' lists them']);
        return;
      }
      var g = ev.target.closest('g.cell');
      if (!g) { hideTip(); highlight(null); return; }
      var e = v.edges[+g.getAttribute('data-e')];
      var lines = [name(v, e.from) + ' \u2192 ' + name(v, e.to), edgeSummary(e)];
      e.findings.forEach(function (fi) { lines.push(D.findings[fi].severity + ': ' + D.findings[fi].rule); });
      if (e.cycle) lines.push('inside a module cycle');
      showTip(ev, lines);
      highlight(e);
    });
    dsm.addEventListener('mouseleave', function () { hideTip(); highlight(null); });
    layout();
    return { layout: layout, setZoom: setZoom };
  }
  if ($('dsm')) heatmaps.push(heatmap($('dsm'), D));
  if ($('dsm-folded')) heatmaps.push(heatmap($('dsm-folded'), D.folded));
  var all = function (what) { return function () { heatmaps.forEach(function (h) { h[what](); }); }; };
  var bind = function (id, key, ev) {
    var input = $(id);
    if (input) input.addEventListener(ev, function () { state[key] = input.value.trim().toLowerCase(); all('layout')(); });
  };
  bind('dsm-sort', 'order', 'change');
  bind('dsm-layer', 'block', 'change');
  bind('dsm-filter', 'text', 'input');
  var externals = $('dsm-externals');
  if (externals) externals.addEventListener('change', function () { state.externals = externals.checked; all('layout')(); });
  if (heatmaps.length) {
    $('dsm-zoom-in').addEventListener('click', function () { zoom = Math.min(zoom * 1.5, 8); all('setZoom')(); });
    $('dsm-zoom-out').addEventListener('click', function () { zoom = Math.max(zoom / 1.5, 0.25); all('setZoom')(); });
  }

  // ---- Fold groups --------------------------------------------------------
  // Shows the variants of one view and hides the other's.
  var fold = $('fold-groups');
  if (fold) {
    var apply = function () {
      Array.prototype.forEach.call(document.querySelectorAll('[data-fold]'), function (n) {
        n.hidden = (n.getAttribute('data-fold') === 'on') !== fold.checked;
      });
    };
    fold.addEventListener('change', apply);
    apply();
  }

  // ---- Findings filters ---------------------------------------------------
  var table = $('findings');
  if (table) {
    var trs = table.querySelectorAll('tbody tr');
    var filter = function () {
      var rule = $('f-rule').value, sev = $('f-sev').value, text = $('f-text').value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(trs, function (tr) {
        var ok = (!rule || tr.getAttribute('data-rule') === rule) && (!sev || tr.getAttribute('data-sev') === sev) &&
          (!text || tr.textContent.toLowerCase().indexOf(text) >= 0);
        tr.hidden = !ok;
        if (ok) shown++;
      });
      $('f-shown').textContent = shown + ' of ' + trs.length + ' shown';
    };
    ['f-rule', 'f-sev'].forEach(function (id) { $(id).addEventListener('change', filter); });
    $('f-text').addEventListener('input', filter);
    filter();
  }
})();
