/*
 * The explorer page: search an organisation, pick a chip and a date, draw the access paths with
 * Cytoscape.js, and read the evidence behind each node and edge. Plain script, no build step:
 * it talks to /graphql with fixed queries and variables (works with introspection off), and
 * writes text with textContent only.
 */
/* global cytoscape, URL, URLSearchParams */
'use strict';

(function () {
  // Selections spliced into the queries rather than fragments: the server's cost limit charges
  // a fragment spread one more nesting level.
  const PATH = `
    id
    length
    pathways
    confidence
    confidenceScore
    origin { id name }
    chip { id name }
    restriction { restricted reasons { kind citation basis country since regulation { name } } }
    chipLocation { kind country node { id name } }
    steps { index from { id name } to { id name } relationship { id type confidence startDate endDate } }`;
  const SOURCE = 'sources { id publisher title url publishedAt }';
  const GRAPH = `
    truncated
    limit
    nodes { id kind labels name properties ${SOURCE} }
    edges { id type source target properties ${SOURCE} }`;

  // `first: 20` is a literal so that the server's cost limit counts the page it asks for.
  const QUERIES = {
    search: `query Search($text: String!) {
      search(text: $text, labels: [Entity], first: 10) {
        node { id name ... on Party { country kind } }
      }
    }`,
    chips: `query Chips { chips(first: 100) { nodes { id name } } }`,
    accessPaths: `query AccessPaths($from: ID!, $to: ID, $asOf: Date, $filter: PathFilter) {
      accessPaths(from: $from, to: $to, asOf: $asOf, filter: $filter, first: 20) {
        totalCount
        truncated
        nodes { ${PATH} }
        graph(limit: 1000) { ${GRAPH} }
      }
    }`,
    whoCanReach: `query WhoCanReach($chip: ID!, $asOf: Date, $filter: PathFilter) {
      whoCanReach(chip: $chip, asOf: $asOf, filter: $filter) {
        truncated
        entities { pathCount bestPath { ${PATH} } }
        graph(limit: 1000) { ${GRAPH} }
      }
    }`,
    scenario: `query Scenario($rules: ScenarioInput!, $asOf: Date, $chips: [ID!], $origins: [ID!]) {
      scenario(rules: $rules, asOf: $asOf, chips: $chips, origins: $origins) {
        restrictedBefore
        truncated
        remaining { ${PATH} }
        cut { path { ${PATH} } cuts { stepIndex rule reason } }
        graph(limit: 1000) { ${GRAPH} }
      }
    }`,
  };

  const PATHWAY_NAMES = {
    CLOUD_RENTAL: 'cloud rental',
    INTERMEDIARY: 'intermediary',
    SUBSIDIARY: 'subsidiary',
    OFFSHORE_DATA_CENTER: 'offshore data centre',
    STOCKPILE: 'stockpile',
    DIRECT: 'direct',
  };
  const CONFIDENCE_RANK = { CONFIRMED: 3, REPORTED: 2, ALLEGED: 1, DISPUTED: 0 };
  const COLOURS = {
    Entity: '#2f6db5',
    CloudProvider: '#d97706',
    DataCenter: '#7c4dbb',
    Chip: '#2e8b57',
  };
  const SHAPES = { Entity: 'ellipse', CloudProvider: 'round-hexagon', DataCenter: 'round-rectangle', Chip: 'diamond' };

  const $ = (id) => document.getElementById(id);
  const state = { nodes: new Map(), edges: new Map(), paths: [], selected: null };

  /** A GraphQL request; errors become one Error with every message. */
  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  /** An element with text and children; never parses HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** Replaces a container's content, skipping the parts left out (null). */
  function fill(container, ...children) {
    container.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
  }

  function setStatus(text, isError) {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(isError));
  }

  const cy = cytoscape({
    container: $('cy'),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (n) => COLOURS[n.data('kind')] || '#6b7280',
          shape: (n) => SHAPES[n.data('kind')] || 'ellipse',
          width: 30,
          height: 30,
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 120,
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      { selector: 'node.origin', style: { 'border-width': 4, 'border-color': '#111' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          width: 2,
          'line-color': '#8895a7',
          'target-arrow-color': '#8895a7',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'font-size': 9,
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge.weak', style: { 'line-style': 'dashed' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#d9a400' } },
      { selector: 'edge.picked', style: { width: 5, 'line-color': '#d9a400', 'target-arrow-color': '#d9a400' } },
      // After .picked: a step the scenario closes stays red when its path is selected.
      {
        selector: 'edge.cut',
        style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', 'line-style': 'dotted', width: 3 },
      },
    ],
  });
  // Tests and curious researchers can reach the graph from the console.
  window.cy = cy;

  cy.on('tap', 'node', (event) => showNode(event.target.id()));
  cy.on('tap', 'edge', (event) => showEdge(event.target.id()));

  /* ---------- the question ---------- */

  async function loadChips() {
    try {
      const data = await gql(QUERIES.chips, {});
      for (const chip of data.chips.nodes) $('chip').append(el('option', { value: chip.id, textContent: chip.name }));
    } catch (error) {
      setStatus(`Could not load the chips: ${error.message}`, true);
    }
  }

  async function search(event) {
    event.preventDefault();
    const text = $('search-text').value.trim();
    const list = $('match-list');
    if (!text) return;
    setStatus(`Searching “${text}”…`);
    try {
      const data = await gql(QUERIES.search, { text });
      list.replaceChildren();
      data.search.forEach((hit, i) => {
        const node = hit.node;
        const meta = [node.country, node.kind && node.kind.toLowerCase()].filter(Boolean).join(', ');
        const input = el('input', { type: 'radio', name: 'entity', value: node.id, checked: i === 0 });
        list.append(
          el('label', {}, input, ` ${node.name}`, meta ? el('span', { className: 'hint' }, ` (${meta})`) : null),
        );
      });
      setStatus(
        data.search.length
          ? `${data.search.length} match${data.search.length === 1 ? '' : 'es'} for “${text}”: pick one, then show the access paths.`
          : `No organisation matches “${text}”.`,
      );
    } catch (error) {
      setStatus(`Search failed: ${error.message}`, true);
    }
  }

  function question() {
    const checked = document.querySelector('input[name="entity"]:checked');
    const pathways = [...document.querySelectorAll('#pathways input:checked')].map((i) => i.value);
    return {
      from: checked && checked.value ? checked.value : null,
      to: $('chip').value || null,
      asOf: $('as-of').value || null,
      pathways,
      minConfidence: $('min-confidence').value || null,
      denyUsClouds: $('deny-us-clouds').checked,
      blockIntermediaries: $('block-intermediaries').checked,
    };
  }

  function pathFilter(q) {
    const filter = {};
    if (q.pathways.length) filter.includePathways = q.pathways;
    if (q.minConfidence) filter.minConfidence = q.minConfidence;
    return filter;
  }

  /** The scenario's answer has no filter argument: the same filters apply here. */
  function keep(path, q) {
    if (q.pathways.length && !path.pathways.some((w) => q.pathways.includes(w))) return false;
    if (q.minConfidence && CONFIDENCE_RANK[path.confidence] < CONFIDENCE_RANK[q.minConfidence]) return false;
    return true;
  }

  async function run(event) {
    event.preventDefault();
    const q = question();
    if (!q.from && !q.to) {
      setStatus('Pick an organisation (search above), a chip, or both.', true);
      return;
    }
    if (!q.asOf) {
      setStatus('Pick a date.', true);
      return;
    }
    setStatus('Finding access paths…');
    try {
      let paths;
      let graph;
      let summary;
      if (q.denyUsClouds || q.blockIntermediaries) {
        const rules = {};
        if (q.denyUsClouds) rules.denyCloudProviders = { countries: ['US'] };
        if (q.blockIntermediaries) rules.blockIntermediaries = true;
        const data = await gql(QUERIES.scenario, {
          rules,
          asOf: q.asOf,
          chips: q.to ? [q.to] : null,
          origins: q.from ? [q.from] : null,
        });
        const s = data.scenario;
        const closed = s.cut.map((c) => Object.assign({}, c.path, { cuts: c.cuts }));
        paths = closed.concat(s.remaining).filter((p) => keep(p, q));
        graph = s.graph;
        summary =
          `Scenario at ${q.asOf}: ${s.restrictedBefore} restricted access${s.restrictedBefore === 1 ? '' : 'es'} before the rule, ` +
          `${s.cut.length} closed, ${s.remaining.length} left open.`;
      } else if (q.from) {
        const data = await gql(QUERIES.accessPaths, { from: q.from, to: q.to, asOf: q.asOf, filter: pathFilter(q) });
        const a = data.accessPaths;
        paths = a.nodes;
        graph = a.graph;
        summary =
          `${a.totalCount} access path${a.totalCount === 1 ? '' : 's'} at ${q.asOf}` +
          (a.totalCount > a.nodes.length ? ` (showing the first ${a.nodes.length})` : '') +
          (a.truncated ? '; the path cap was reached, there may be more' : '') +
          '.';
      } else {
        const data = await gql(QUERIES.whoCanReach, { chip: q.to, asOf: q.asOf, filter: pathFilter(q) });
        const w = data.whoCanReach;
        paths = w.entities.map((e) => e.bestPath);
        graph = w.graph;
        summary = `${w.entities.length} organisation${w.entities.length === 1 ? '' : 's'} can reach this chip at ${q.asOf} (best path of each).`;
      }
      if (graph.truncated) summary += ' The graph was cut at its size limit.';
      state.paths = paths;
      draw(graph, paths);
      listPaths(paths);
      downloads(q);
      setStatus(`${summary} Graph: ${cy.nodes().length} nodes, ${cy.edges().length} edges.`);
    } catch (error) {
      setStatus(`The query failed: ${error.message}`, true);
    }
  }

  /* ---------- drawing ---------- */

  function draw(graph, paths) {
    state.nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    state.edges = new Map(graph.edges.map((e) => [e.id, e]));
    const onPaths = new Set();
    const cutEdges = new Set();
    const origins = new Set();
    for (const path of paths) {
      origins.add(path.origin.id);
      for (const step of path.steps) {
        onPaths.add(step.from.id).add(step.to.id).add(step.relationship.id);
      }
      for (const cut of path.cuts || []) {
        const step = path.steps[cut.stepIndex];
        if (step) cutEdges.add(step.relationship.id);
      }
    }
    const elements = [];
    for (const n of graph.nodes) {
      if (!onPaths.has(n.id)) continue;
      elements.push({
        group: 'nodes',
        data: { id: n.id, label: n.name, kind: n.kind },
        classes: origins.has(n.id) ? ['origin'] : [],
      });
    }
    for (const e of graph.edges) {
      if (!onPaths.has(e.id)) continue;
      const weak = e.properties.confidence === 'ALLEGED' || e.properties.confidence === 'DISPUTED';
      elements.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, label: e.type },
        classes: [weak ? 'weak' : null, cutEdges.has(e.id) ? 'cut' : null].filter(Boolean),
      });
    }
    state.selected = null;
    cy.elements().remove();
    cy.add(elements);
    const positions = routeLayout(cy);
    cy.layout({ name: 'preset', positions: (node) => positions.get(node.id()) }).run();
    cy.fit(undefined, 40);
    // A small graph is not blown up past its natural size.
    if (cy.zoom() > 1) {
      cy.zoom(1);
      cy.center();
    }
    showHint();
  }

  /**
   * Left to right, like a route: each node one column right of the furthest node that points to
   * it (longest path, so the chip sits right of every route to it), the nodes nothing points to
   * in the first column;
   * in a column, nodes sorted by where their predecessors are, to cross fewer edges.
   */
  function routeLayout(graph) {
    const level = new Map(graph.nodes().map((n) => [n.id(), 0]));
    const edges = graph.edges().map((e) => [e.source().id(), e.target().id()]);
    // Relaxation bounded by the node count, so a cycle (A owns B, B controls A) still ends.
    for (let round = 0; round < level.size; round += 1) {
      let changed = false;
      for (const [from, to] of edges) {
        if (level.get(to) < level.get(from) + 1 && level.get(from) + 1 < level.size) {
          level.set(to, level.get(from) + 1);
          changed = true;
        }
      }
      if (!changed) break;
    }
    const columns = [];
    for (const [id, l] of level) (columns[l] = columns[l] || []).push(id);
    const y = new Map();
    const positions = new Map();
    columns.forEach((column, l) => {
      const rank = (id) => {
        const before = edges.filter(([from, to]) => to === id && y.has(from)).map(([from]) => y.get(from));
        return before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
      };
      column.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      column.forEach((id, i) => {
        y.set(id, (i - (column.length - 1) / 2) * 90);
        positions.set(id, { x: l * 230, y: y.get(id) });
      });
    });
    return positions;
  }

  function highlight(ids) {
    cy.elements().removeClass('faded picked');
    if (!ids) return;
    const picked = cy.elements().filter((e) => ids.has(e.id()));
    picked.addClass('picked');
    cy.elements().not(picked).addClass('faded');
  }

  /* ---------- the path list ---------- */

  function route(path) {
    return [path.steps[0] ? path.steps[0].from.name : path.origin.name]
      .concat(path.steps.map((s) => s.to.name))
      .join(' → ');
  }

  function listPaths(paths) {
    const list = $('path-list');
    list.replaceChildren();
    if (!paths.length) {
      list.append(el('li', { className: 'hint' }, 'No access path matches.'));
      return;
    }
    paths.forEach((path, i) => {
      const tags = path.pathways.map((w) => el('span', { className: 'tag' }, PATHWAY_NAMES[w] || w));
      const restricted = path.restriction.restricted;
      const button = el(
        'button',
        { type: 'button', className: 'path' },
        el('span', { className: 'route' }, `${i + 1}. ${route(path)}`),
        el(
          'span',
          { className: 'meta' },
          `${path.confidence.toLowerCase()} (${path.confidenceScore.toFixed(2)}) · ${path.length} step${path.length === 1 ? '' : 's'}`,
        ),
        el('span', {}, ...tags),
        el('span', { className: restricted ? 'tag restricted' : 'tag' }, restricted ? 'restricted' : 'not restricted'),
        path.cuts ? el('span', { className: 'tag closed' }, 'closed by the rule') : null,
      );
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => selectPath(i));
      button.addEventListener('keydown', (event) => {
        const buttons = [...list.querySelectorAll('button.path')];
        const at = buttons.indexOf(button);
        const next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : null;
        if (next !== null && buttons[next]) {
          event.preventDefault();
          buttons[next].focus();
        }
      });
      list.append(el('li', {}, button));
    });
  }

  function selectPath(index) {
    const path = state.paths[index];
    const buttons = [...$('path-list').querySelectorAll('button.path')];
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === index)));
    const ids = new Set();
    for (const step of path.steps) ids.add(step.from.id).add(step.to.id).add(step.relationship.id);
    highlight(ids);
    showPath(path, index);
  }

  /* ---------- details ---------- */

  function formatValue(value) {
    if (Array.isArray(value)) return value.join(', ');
    if (value !== null && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function propertyList(properties) {
    const dl = el('dl');
    for (const key of Object.keys(properties).sort()) {
      dl.append(el('dt', {}, key), el('dd', {}, formatValue(properties[key])));
    }
    return dl;
  }

  /** Only web links are made clickable: a URL scalar may hold any scheme. */
  function sourceList(sources) {
    if (!sources.length) return el('p', { className: 'hint' }, 'No source recorded.');
    const list = el('ul', { className: 'sources' });
    for (const s of sources) {
      const text = `${s.publisher}: ${s.title}${s.publishedAt ? ` (${s.publishedAt})` : ''}`;
      let safe = null;
      try {
        safe = s.url && ['http:', 'https:'].includes(new URL(s.url).protocol) ? s.url : null;
      } catch {
        safe = null;
      }
      list.append(
        el('li', {}, safe ? el('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, text) : text),
      );
    }
    return list;
  }

  function showHint() {
    fill(
      $('details'),
      el(
        'p',
        { className: 'hint' },
        'Select a path, or click a node or an edge of the graph, to see its properties and sources.',
      ),
    );
  }

  function showNode(id) {
    const node = state.nodes.get(id);
    if (!node) return;
    highlight(new Set([id]));
    fill(
      $('details'),
      el('h3', {}, node.name),
      el('p', { className: 'hint' }, `${node.labels.join(', ')} · id ${node.id}`),
      propertyList(node.properties),
      el('h3', {}, 'Sources'),
      sourceList(node.sources),
    );
  }

  function showEdge(id) {
    const edge = state.edges.get(id);
    if (!edge) return;
    highlight(new Set([id, edge.source, edge.target]));
    const name = (nodeId) => (state.nodes.get(nodeId) || { name: nodeId }).name;
    fill(
      $('details'),
      el('h3', {}, `${name(edge.source)} —${edge.type}→ ${name(edge.target)}`),
      el('p', { className: 'hint' }, `id ${edge.id}`),
      propertyList(edge.properties),
      el('h3', {}, 'Sources'),
      sourceList(edge.sources),
    );
  }

  function showPath(path, index) {
    const steps = el('ol');
    for (const step of path.steps) {
      const edge = state.edges.get(step.relationship.id);
      const cut = (path.cuts || []).find((c) => c.stepIndex === step.index);
      steps.append(
        el(
          'li',
          {},
          el('strong', {}, `${step.from.name} —${step.relationship.type}→ ${step.to.name}`),
          ` (${step.relationship.confidence.toLowerCase()})`,
          cut ? el('p', {}, el('span', { className: 'tag closed' }, 'closed'), ` ${cut.reason}`) : null,
          edge ? sourceList(edge.sources) : null,
        ),
      );
    }
    const reasons = path.restriction.reasons.map((r) => {
      const what = r.regulation ? r.regulation.name : r.kind.toLowerCase();
      const detail = [r.citation, r.basis && r.basis.toLowerCase(), r.country, r.since && `since ${r.since}`];
      return el('li', {}, [what].concat(detail.filter(Boolean)).join(' · '));
    });
    const location = path.chipLocation;
    fill(
      $('details'),
      el('h3', {}, `Path ${index + 1}: ${route(path)}`),
      el(
        'p',
        {},
        `Pathways: ${path.pathways.map((w) => PATHWAY_NAMES[w] || w).join(', ') || 'none'}. ` +
          `Confidence: ${path.confidence.toLowerCase()} (${path.confidenceScore.toFixed(2)}). ` +
          (location ? `Chips at ${location.node.name}${location.country ? ` (${location.country})` : ''}.` : ''),
      ),
      el(
        'p',
        {},
        path.restriction.restricted
          ? 'Restricted for the origin at this date:'
          : 'Not restricted for the origin at this date.',
      ),
      reasons.length ? el('ul', {}, ...reasons) : null,
      el('h3', {}, 'Steps and their sources'),
      steps,
    );
  }

  /* ---------- downloads ---------- */

  function downloads(q) {
    const params = new URLSearchParams();
    if (q.from) params.set('from', q.from);
    if (q.to) params.set('to', q.to);
    params.set('asOf', q.asOf);
    if (q.minConfidence) params.set('minConfidence', q.minConfidence);
    if (q.pathways.length) params.set('pathways', q.pathways.join(','));
    const formats = [
      ['cytoscape', 'Cytoscape JSON'],
      ['graphml', 'GraphML'],
      ['nodes.csv', 'nodes CSV'],
      ['edges.csv', 'edges CSV'],
    ];
    const p = $('downloads');
    fill(
      p,
      q.denyUsClouds || q.blockIntermediaries ? 'Every path, without the scenario: ' : 'Download these paths: ',
      ...formats.map(([path, label]) => el('a', { href: `/export/${path}?${params}` }, label)),
    );
    p.hidden = false;
  }

  $('as-of').value = new Date().toISOString().slice(0, 10);
  $('search-form').addEventListener('submit', search);
  $('query-form').addEventListener('submit', run);
  loadChips();
})();
