/*
 * The explorer page: ask who reaches which chip, through whom, at which date, draw the routes with
 * Cytoscape.js (layered left to right by cytoscape-dagre), and read the evidence behind each step.
 * Plain script, no build step: it talks to /graphql with fixed queries and variables (works with
 * introspection off), and writes text with textContent only.
 *
 * Rules that keep an answer honest:
 * - the question answered is the question shown: a typed name is resolved to one organisation
 *   (or refused) before anything runs, and the answer is headed by the question it answers;
 * - a newer question aborts the older one and its late answer is dropped;
 * - every failure is said in words in the status line;
 * - the whole question lives in the address bar (Back, Forward and shared links reopen it).
 */
/* global cytoscape, cytoscapeDagre, cytoscapeSvg, URL, URLSearchParams, AbortController, Blob, CSS, history, setTimeout, clearTimeout */
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
    restriction { restricted unverified placeUnknown reasons { kind citation basis country since unverified regulation { name } } }
    chipLocation { kind country node { id name } }
    acquisition { via date timing receiver { id name } acquirerTiming }
    evidence { lastEvidence ageDays oldestStepIndex stale }
    steps { index direction from { id name } to { id name } relationship { id type confidence startDate endDate } }`;
  const SOURCE = 'sources { id publisher title url publishedAt excerpt note }';
  const GRAPH = `
    truncated
    limit
    nodes { id kind labels name properties ${SOURCE} }
    edges { id type source target properties ${SOURCE} }`;
  const SCENARIO_ARGS = '$rules: ScenarioInput!, $asOf: Date, $chips: [ID!], $origins: [ID!], $maxHops: Int';
  const SCENARIO_CALL = 'scenario(rules: $rules, asOf: $asOf, chips: $chips, origins: $origins, maxHops: $maxHops)';
  // A dated change and what it rests on: the fact or rule, and its sources.
  const CAUSE = `date kind description regulation { id name citation } ${SOURCE}`;
  const SERIES_ARGS = '$start: Date!, $end: Date!, $maxHops: Int, $filter: PathFilter, $roles: [ReachRole!]';
  const TIMELINE_ARGS = `$from: ID, $to: ID, ${SERIES_ARGS}`;
  const TIMELINE_CALL =
    'accessTimeline(from: $from, to: $to, start: $start, end: $end, maxHops: $maxHops, filter: $filter, roles: $roles)';
  const TRENDS_ARGS = `$chips: [ID!], $interval: TrendInterval, ${SERIES_ARGS}`;
  const TRENDS_CALL =
    'accessTrends(chips: $chips, start: $start, end: $end, interval: $interval, maxHops: $maxHops, filter: $filter, roles: $roles)';

  // Literal page sizes, so that the server's cost limit counts the page asked for.
  const QUERIES = {
    similar: `query Similar($name: String!) {
      findSimilar(name: $name, labels: [Entity], first: 8) {
        exact
        matched
        node { id name ... on Party { country kind } }
      }
    }`,
    nodeName: `query NodeName($id: ID!) { node(id: $id) { id name } }`,
    chips: `query Chips { chips(first: 100) { nodes { id name } } }`,
    accessPaths: `query AccessPaths($from: ID!, $to: ID, $asOf: Date, $maxHops: Int, $filter: PathFilter, $after: String) {
      accessPaths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, filter: $filter, first: 50, after: $after) {
        totalCount
        truncated
        pageInfo { hasNextPage endCursor }
        nodes { ${PATH} }
        graph(limit: 1000) { ${GRAPH} }
      }
    }`,
    // Reaching organisations (holders and users) one page at a time; hosts, which hold the chips
    // for others, apart.
    whoCanReach: `query WhoCanReach($chip: ID!, $asOf: Date, $onlyRestricted: Boolean, $maxHops: Int, $filter: PathFilter, $after: String) {
      reach: whoCanReach(chip: $chip, asOf: $asOf, onlyRestricted: $onlyRestricted, maxHops: $maxHops, filter: $filter, roles: [HOLDER, USER], first: 25, after: $after) {
        totalCount
        restrictedCount
        listedCount
        staleCount
        pageInfo { hasNextPage endCursor }
        byPathway { pathway count restrictedCount }
        entities { entity { id name } listed restricted role shortestPaths stale pathways bestPath { ${PATH} } }
        graph(limit: 1000) { ${GRAPH} }
      }
      hosts: whoCanReach(chip: $chip, asOf: $asOf, maxHops: $maxHops, roles: [HOST], first: 50) {
        totalCount
        entities { entity { id name } }
      }
    }`,
    scenario: `query Scenario(${SCENARIO_ARGS}) {
      ${SCENARIO_CALL} {
        chipCount
        restrictedBefore
        restrictedAfter
        remainingCount
        undeterminedCount
        cutCount
        newlyRestrictedCount
        entitiesLosingAllAccessCount
        remaining { ${PATH} }
        cut { path { ${PATH} } cuts { stepIndex rule reason } }
        newlyRestricted { ${PATH} }
        entitiesLosingAllAccess { id name }
        graph(limit: 1000) { ${GRAPH} }
      }
    }`,
    scenarioExport: `query ScenarioExport(${SCENARIO_ARGS}, $format: GraphFormat!) {
      ${SCENARIO_CALL} { graph(limit: 1000) { export(format: $format) } }
    }`,
    neighborhood: `query Neighborhood($id: ID!, $asOf: Date) {
      neighborhood(id: $id, depth: 1, asOf: $asOf, limit: 40) { ${GRAPH} }
    }`,
    timeline: `query Timeline(${TIMELINE_ARGS}) {
      ${TIMELINE_CALL} {
        start
        end
        truncated
        dates
        routes {
          id
          origin { id name }
          chip { id name }
          path { steps { to { name } } }
          periods {
            start end restricted stale pathways
            restriction { reasons { citation regulation { id name } } }
            opensWith { ${CAUSE} }
            closesWith { ${CAUSE} }
          }
          held { start end fromWindowStart toWindowEnd }
          restricted { start end }
        }
      }
    }`,
    timelineExport: `query TimelineExport(${TIMELINE_ARGS}, $format: SeriesFormat!) {
      ${TIMELINE_CALL} { export(format: $format) }
    }`,
    trends: `query Trends(${TRENDS_ARGS}) {
      ${TRENDS_CALL} {
        interval
        chips { id name }
        periods {
          start end accesses restricted listed stale
          byPathway { pathway count restricted }
          events { date kind description regulation { id citation } }
        }
        events { ${CAUSE} }
      }
    }`,
    trendsExport: `query TrendsExport(${TRENDS_ARGS}, $format: SeriesFormat!) {
      ${TRENDS_CALL} { export(format: $format) }
    }`,
  };

  const PATHWAYS = {
    CLOUD_RENTAL: ['cloud rental', 'renting compute from a cloud provider or data centre that hosts the chips'],
    INTERMEDIARY: ['intermediary', 'buying through a reseller, agent or front company'],
    SUBSIDIARY: ['subsidiary', 'through a company it owns or controls, or a controller it belongs to'],
    OFFSHORE_DATA_CENTER: [
      'offshore data centre',
      'the chips sit in another country, where no export control in force covers them',
    ],
    STOCKPILE: ['stockpile', 'chips bought (or installed by the host) before the restriction applied, restricted now'],
    DIRECT: ['direct', 'chips bought while restricted for the party that received them: a likely violation'],
    ORDINARY_PURCHASE: [
      'ordinary purchase',
      'chips bought when no restriction applied to the party that received them',
    ],
    UNDATED_PURCHASE: ['undated purchase', 'chips bought at a date the graph does not know'],
  };
  const PATHWAY_ORDER = Object.keys(PATHWAYS);
  const CONFIDENCE_RANK = { CONFIRMED: 3, REPORTED: 2, ALLEGED: 1, DISPUTED: 0 };
  const COLOURS = {
    Entity: '#2f6db5',
    CloudProvider: '#b45309',
    DataCenter: '#7c4dbb',
    Chip: '#2e7d4f',
    Group: '#475569',
  };
  const SHAPES = {
    Entity: 'ellipse',
    CloudProvider: 'round-hexagon',
    DataCenter: 'round-rectangle',
    Chip: 'diamond',
    Group: 'round-rectangle',
  };
  /** Past this many organisations, the ones that share a first step are drawn as one group. */
  const GROUP_THRESHOLD = 8;
  /** Organisations per page of who can reach a chip (the `first: 25` of the query). */
  const REACH_PAGE = 25;
  /** Stored properties that record how the graph was kept, not what happened. */
  const AUDIT = /^(created|updated|retract|revision|merged|importBatch|batch|version)/;
  /** A step's facts shown in its own words, in this order. */
  const FACT_NAMES = {
    startDate: 'from',
    endDate: 'until',
    date: 'date',
    confidence: 'confidence',
    share: 'share',
    role: 'role',
    service: 'service',
    amount: 'amount',
    currency: 'currency',
    quantity: 'quantity',
    note: 'note',
  };

  const $ = (id) => document.getElementById(id);
  const state = {
    nodes: new Map(),
    edges: new Map(),
    paths: [],
    entities: null,
    hosts: [],
    answer: null,
    page: 0,
    selected: null,
    picked: { org: null, designate: null },
    expanded: [],
    seq: 0,
    controller: null,
    searchController: null,
    after: null,
    cursors: [],
    route: null,
    // The time panels' answers, each with the variables it answers (asked again only when they change).
    timeline: { key: null, data: null, controller: null, page: 0 },
    trend: { key: null, data: null, controller: null },
    chart: null,
    sliderTimer: null,
    // The window the researcher set for the time panels (null ends: the default).
    window: { start: null, end: null },
  };

  /* ---------- requests ---------- */

  class Refusal extends Error {}

  /** A GraphQL request; errors become one Error with every message (and its code). */
  async function gql(query, variables, signal) {
    let response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new Error(`the server could not be reached (${error.message})`);
    }
    let body;
    try {
      body = await response.json();
    } catch {
      throw new Error(`the server answered ${response.status} ${response.statusText} without a readable body`);
    }
    if (body.errors && body.errors.length) {
      throw new Error(
        body.errors
          .map((e) => {
            const code = e.extensions && e.extensions.code ? ` [${e.extensions.code}]` : '';
            const problems = ((e.extensions && e.extensions.problems) || []).map((p) => p.message).join(', ');
            return `${e.message}${problems ? ` (${problems})` : ''}${code}`;
          })
          .join('; '),
      );
    }
    return body.data;
  }

  /* ---------- small helpers ---------- */

  /** An element with text and children; never parses HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function fill(container, ...children) {
    container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  }

  function plural(n, word, many) {
    return `${n} ${n === 1 ? word : many || `${word}s`}`;
  }

  function setStatus(text, isError) {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(isError));
    // The drawing may have moved down or up: cytoscape must find where clicks land anew.
    if (window.cy) window.cy.resize();
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  }

  function age(days) {
    if (days < 0) return 'after the date asked';
    if (days < 60) return plural(days, 'day');
    if (days < 730) return plural(Math.round(days / 30.4), 'month');
    return `${(days / 365.25).toFixed(1)} years`;
  }

  function countries(text) {
    return text
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
  }

  function pathwayName(w) {
    return (PATHWAYS[w] || [w.toLowerCase().replace(/_/g, ' ')])[0];
  }

  /* ---------- the drawing ---------- */

  cytoscape.use(cytoscapeDagre);
  // cytoscape-svg registers itself when it finds the cytoscape global.
  if (typeof cytoscape('core', 'svg') !== 'function') cytoscape.use(cytoscapeSvg);

  const cy = cytoscape({
    container: $('cy'),
    minZoom: 0.3,
    maxZoom: 2.5,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (n) => COLOURS[n.data('kind')] || '#6b7280',
          shape: (n) => SHAPES[n.data('kind')] || 'ellipse',
          width: 26,
          height: 26,
          'font-size': 15,
          color: '#1f2933',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
          'text-background-padding': 2,
        },
      },
      {
        selector: 'node[kind = "Group"]',
        style: { width: 44, height: 30, 'font-weight': 'bold', 'text-valign': 'center', color: '#fff' },
      },
      { selector: 'node[kind = "Group"]', style: { 'text-background-opacity': 0, 'text-margin-y': 0 } },
      { selector: 'node.origin', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'node.context', style: { opacity: 0.7, width: 18, height: 18, 'font-size': 11 } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          width: 2,
          'line-color': '#7b8794',
          'target-arrow-color': '#7b8794',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'font-size': 13,
          color: '#1f2933',
          'text-wrap': 'wrap',
          'text-rotation': 'none',
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
          'text-background-padding': 2,
        },
      },
      { selector: 'edge.weak', style: { 'line-style': 'dashed' } },
      // A busy drawing on a phone: edge labels only on the selected route (the list has them all).
      { selector: 'edge.quiet', style: { label: '' } },
      { selector: 'edge.quiet.picked', style: { label: 'data(label)' } },
      { selector: 'edge.stale', style: { 'line-color': '#b7791f', 'target-arrow-color': '#b7791f' } },
      { selector: 'edge.context', style: { 'line-color': '#c3cad3', 'target-arrow-color': '#c3cad3', width: 1 } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#d9a400' } },
      { selector: 'edge.picked', style: { width: 5, 'line-color': '#d9a400', 'target-arrow-color': '#d9a400' } },
      // After .picked: a step the scenario closes stays red when its route is selected.
      {
        selector: 'edge.cut',
        style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', 'line-style': 'dotted', width: 3 },
      },
    ],
  });
  // Tests and curious researchers can reach the drawing from the console.
  window.cy = cy;

  cy.on('tap', 'node', (event) => showNode(event.target.id()));
  cy.on('tap', 'edge', (event) => showEdge(event.target.id()));
  cy.on('dbltap', 'node', (event) => expand(event.target.id()));

  /** On a narrow screen (a phone) the layers run top (origin) to bottom (chip). */
  function vertical() {
    return cy.width() < 600;
  }

  /** Layered, left (origin) to right (chip): dagre ranks every edge's target after its source. */
  function layout() {
    cy.resize();
    cy.edges().toggleClass('quiet', vertical() && cy.edges().length > 5);
    cy.layout({
      name: 'dagre',
      rankDir: vertical() ? 'TB' : 'LR',
      // Labels count as part of a node, so that neighbours in a layer never overlap.
      nodeDimensionsIncludeLabels: true,
      nodeSep: 22,
      rankSep: vertical() ? 70 : 100,
      edgeSep: 10,
      fit: false,
      animate: false,
    }).run();
    fit();
  }

  /**
   * Fits the drawing, never shrinking labels below a readable size (pan for the rest), unless
   * `whole` asks for all of it whatever the size (the toolbar's button).
   */
  function fit(whole) {
    cy.resize();
    cy.fit(undefined, 30);
    const readable = 0.8;
    if (cy.zoom() > 1.4) cy.zoom(1.4);
    const clamped = whole !== true && cy.zoom() < readable;
    $('pan-hint').hidden = !clamped;
    if (clamped) {
      cy.zoom(readable);
      // The top left stays in view, where reading starts (the origins, the first rows); the rest
      // is panned to.
      const box = cy.elements().boundingBox();
      cy.pan(
        vertical()
          ? { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * readable, y: 20 - box.y1 * readable }
          : {
              x: Math.max(20 - box.x1 * readable, cy.width() / 2 - ((box.x1 + box.x2) / 2) * readable),
              y: 20 - box.y1 * readable,
            },
      );
      return;
    }
    cy.center();
  }

  /* ---------- the question: form, URL, resolution ---------- */

  /** What the form says, names as typed. */
  function readForm() {
    return {
      orgText: $('search-text').value.trim(),
      chip: $('chip').value || null,
      asOf: $('as-of').value || null,
      pathways: [...document.querySelectorAll('#pathways input:checked')].map((i) => i.value),
      minConfidence: $('min-confidence').value || null,
      onlyRestricted: $('only-restricted').checked,
      hideStale: $('hide-stale').checked,
      maxHops: Number($('max-hops').value),
      deny: countries($('deny-countries').value),
      denyCustomers: $('deny-customers').value,
      denySeeThrough: $('deny-see-through').checked,
      blockDc: countries($('block-dc-countries').value),
      blockIntermediaries: $('block-intermediaries').checked,
      blockSubsidiaries: $('block-subsidiaries').checked,
      coverChip: $('cover-chip').value || null,
      coverCountries: countries($('cover-countries').value),
      coverDate: $('cover-date').value || null,
      designateText: $('designate-name').value.trim(),
      designateDate: $('designate-date').value || null,
      group: $('group-routes').checked,
      tlStart: state.window.start,
      tlEnd: state.window.end,
      interval: $('trend-interval').value,
      bars: $('trend-bars').value,
    };
  }

  /**
   * A typed name to one organisation: the one picked from the matches, or the only exact match.
   * Anything else is refused, with the matches offered, before a query runs.
   */
  async function resolveName(text, slot, signal) {
    if (!text) return null;
    const picked = state.picked[slot];
    if (picked && picked.name === text) return picked;
    const data = await gql(QUERIES.similar, { name: text }, signal);
    const hits = data.findSimilar;
    const exact = hits.filter((h) => h.exact);
    if (exact.length === 1) {
      state.picked[slot] = { id: exact[0].node.id, name: exact[0].node.name };
      return state.picked[slot];
    }
    if (slot === 'org') showMatches(text, hits);
    const names = hits.map((h) => h.node.name);
    if (!hits.length)
      throw new Refusal(`No organisation is named like “${text}”: correct the name, or leave it empty.`);
    throw new Refusal(
      exact.length > 1
        ? `“${text}” names ${exact.length} organisations: pick one of the matches.`
        : `“${text}” matches no organisation exactly; did you mean ${names.slice(0, 3).join(', ')}? Pick one of the matches.`,
    );
  }

  function showMatches(text, hits) {
    const list = $('match-list');
    list.replaceChildren();
    hits.forEach((hit) => {
      const node = hit.node;
      const meta = [node.country, node.kind && node.kind.toLowerCase(), hit.exact ? 'exact' : null]
        .filter(Boolean)
        .join(', ');
      const input = el('input', { type: 'radio', name: 'entity', value: node.id });
      input.addEventListener('change', () => {
        state.picked.org = { id: node.id, name: node.name };
        $('search-text').value = node.name;
        noteChange();
      });
      list.append(
        el('label', {}, input, ` ${node.name}`, meta ? el('span', { className: 'hint' }, ` (${meta})`) : null),
      );
    });
    if (!hits.length) list.append(el('p', { className: 'hint' }, `Nothing is named like “${text}”.`));
    $('entity-choice').hidden = false;
  }

  async function findMatches() {
    const text = $('search-text').value.trim();
    if (!text) {
      setStatus('Type a name to find.', true);
      return;
    }
    if (state.searchController) state.searchController.abort();
    const controller = new AbortController();
    state.searchController = controller;
    setStatus(`Finding organisations named like “${text}”…`);
    try {
      const data = await gql(QUERIES.similar, { name: text }, controller.signal);
      if (controller.signal.aborted) return;
      showMatches(text, data.findSimilar);
      const n = data.findSimilar.length;
      setStatus(
        n ? `${plural(n, 'match', 'matches')} for “${text}”: pick one.` : `No organisation is named like “${text}”.`,
        !n,
      );
      const first = $('match-list').querySelector('input');
      if (first) first.focus();
    } catch (error) {
      if (error.name !== 'AbortError') setStatus(`The search failed: ${error.message}`, true);
    }
  }

  /** The scenario rules as the API takes them; null when none is set. */
  function scenarioRules(f, designated) {
    const rules = {};
    if (f.deny.length)
      rules.denyCloudProviders = {
        countries: f.deny,
        customers: f.denyCustomers,
        seeThroughIntermediaries: f.denySeeThrough,
      };
    if (f.blockDc.length) rules.blockDataCenterCountries = f.blockDc;
    if (f.blockIntermediaries) rules.blockIntermediaries = true;
    if (f.blockSubsidiaries) rules.blockSubsidiaries = true;
    if (f.coverChip || f.coverCountries.length || f.coverDate) {
      if (!f.coverChip || !f.coverCountries.length || !f.coverDate)
        throw new Refusal('The added export control needs a chip, destinations and a date.');
      rules.addChipCoverage = [{ chip: f.coverChip, destinations: f.coverCountries, effective: f.coverDate }];
    }
    if (f.designateText || f.designateDate) {
      if (!designated || !f.designateDate) throw new Refusal('The added designation needs an organisation and a date.');
      rules.designate = [{ entity: designated.id, effective: f.designateDate }];
    }
    return Object.keys(rules).length ? rules : null;
  }

  /** The question as the address bar carries it (ids, not names). */
  function toParams(q) {
    const p = new URLSearchParams();
    const set = (k, v) => {
      if (v !== null && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && !v.length))
        p.set(k, Array.isArray(v) ? v.join(',') : String(v));
    };
    set('org', q.org && q.org.id);
    set('chip', q.chip);
    set('asOf', q.asOf);
    set('pathways', q.pathways);
    set('minConfidence', q.minConfidence);
    set('onlyRestricted', q.onlyRestricted && '1');
    set('hideStale', q.hideStale && '1');
    if (q.maxHops !== 6) set('maxHops', q.maxHops);
    set('deny', q.deny);
    if (q.deny.length) {
      if (q.denyCustomers !== 'RESTRICTED') set('denyCustomers', q.denyCustomers);
      if (!q.denySeeThrough) set('denySeeThrough', '0');
    }
    set('blockDc', q.blockDc);
    set('blockIntermediaries', q.blockIntermediaries && '1');
    set('blockSubsidiaries', q.blockSubsidiaries && '1');
    if (q.coverChip) set('cover', `${q.coverChip}~${q.coverCountries.join(',')}~${q.coverDate}`);
    if (q.designate) set('designate', `${q.designate.id}~${q.designateDate}`);
    if (!q.group) set('group', '0');
    set('tlStart', q.tlStart);
    set('tlEnd', q.tlEnd);
    if (q.interval !== 'QUARTER') set('interval', q.interval);
    if (q.bars !== 'stacked') set('bars', q.bars);
    set('expand', q.expanded);
    if (q.page) set('page', q.page + 1);
    set('after', q.after);
    if (q.route !== null && q.route !== undefined) set('route', q.route + 1);
    return p;
  }

  /** Fills the form from the address bar; names of ids come from the server. */
  async function fromParams(p) {
    const list = (k) => (p.get(k) ? p.get(k).split(',').filter(Boolean) : []);
    const flag = (k) => p.get(k) === '1';
    const designate = (p.get('designate') || '').split('~');
    const named = async (id, slot, input) => {
      state.picked[slot] = null;
      input.value = '';
      if (!id) return;
      const data = await gql(QUERIES.nodeName, { id });
      if (!data.node) throw new Refusal(`The link names “${id}”, which the graph does not hold.`);
      state.picked[slot] = { id: data.node.id, name: data.node.name };
      input.value = data.node.name;
    };
    // The names are looked up while the chip list loads.
    const names = Promise.all([
      named(p.get('org'), 'org', $('search-text')),
      named(designate[0], 'designate', $('designate-name')),
    ]);
    // Handled by the `await names` below; marked here so that an early failure is not reported as unhandled.
    names.catch(() => undefined);
    await state.chipsLoaded;
    $('chip').value = p.get('chip') || '';
    $('as-of').value = p.get('asOf') || today();
    for (const box of document.querySelectorAll('#pathways input')) box.checked = list('pathways').includes(box.value);
    $('min-confidence').value = p.get('minConfidence') || '';
    $('only-restricted').checked = flag('onlyRestricted');
    $('hide-stale').checked = flag('hideStale');
    $('max-hops').value = p.get('maxHops') || '6';
    $('deny-countries').value = list('deny').join(', ');
    $('deny-customers').value = p.get('denyCustomers') || 'RESTRICTED';
    $('deny-see-through').checked = p.get('denySeeThrough') !== '0';
    $('block-dc-countries').value = list('blockDc').join(', ');
    $('block-intermediaries').checked = flag('blockIntermediaries');
    $('block-subsidiaries').checked = flag('blockSubsidiaries');
    const cover = (p.get('cover') || '').split('~');
    $('cover-chip').value = cover[0] || '';
    $('cover-countries').value = (cover[1] || '').split(',').filter(Boolean).join(', ');
    $('cover-date').value = cover[2] || '';
    $('designate-date').value = designate[1] || '';
    $('group-routes').checked = p.get('group') !== '0';
    state.window = { start: p.get('tlStart'), end: p.get('tlEnd') };
    $('trend-interval').value = ['MONTH', 'YEAR'].includes(p.get('interval')) ? p.get('interval') : 'QUARTER';
    $('trend-bars').value = p.get('bars') === 'grouped' ? 'grouped' : 'stacked';
    state.expanded = list('expand');
    state.page = Math.max(0, Number(p.get('page') || 1) - 1);
    state.after = p.get('after');
    state.route = p.get('route') ? Number(p.get('route')) - 1 : null;
    if (!state.after) state.page = 0;
    $('entity-choice').hidden = true;
    await names;
    const scenarioSet = p.has('deny') || p.has('blockDc') || p.has('blockIntermediaries') || p.has('blockSubsidiaries');
    $('scenario').open = scenarioSet || p.has('cover') || p.has('designate');
    $('filters').open = p.has('pathways') || p.has('minConfidence') || p.has('onlyRestricted') || p.has('hideStale');
  }

  /** The question in words, as the answer's heading. */
  function describe(q) {
    const who = q.org ? q.org.name : 'Every organisation';
    const what = q.chip ? $('chip').querySelector(`option[value="${CSS.escape(q.chip)}"]`).textContent : 'any chip';
    const parts = [`${who} → ${what}, at ${q.asOf}${q.asOf === today() ? ' (today)' : ''}`];
    if (q.pathways.length) parts.push(`only ${q.pathways.map(pathwayName).join(' or ')}`);
    if (q.minConfidence) parts.push(`at least ${q.minConfidence.toLowerCase()}`);
    if (q.onlyRestricted) parts.push('restricted only');
    if (q.hideStale) parts.push('stale routes hidden');
    if (q.maxHops !== 6) parts.push(`at most ${q.maxHops} steps`);
    if (q.rules) {
      const r = [];
      if (q.rules.denyCloudProviders)
        r.push(`clouds of ${q.deny.join(', ')} refuse ${q.denyCustomers.toLowerCase()} customers`);
      if (q.rules.blockDataCenterCountries) r.push(`data centres in ${q.blockDc.join(', ')} blocked`);
      if (q.rules.blockIntermediaries) r.push('intermediaries blocked');
      if (q.rules.blockSubsidiaries) r.push('subsidiaries blocked');
      if (q.rules.addChipCoverage)
        r.push(`${q.coverChip} controlled for ${q.coverCountries.join(', ')} from ${q.coverDate}`);
      if (q.rules.designate) r.push(`${q.designate.name} listed from ${q.designateDate}`);
      parts.push(`scenario: ${r.join('; ')}`);
    }
    return parts.join(' · ');
  }

  /* ---------- running a question ---------- */

  function setBusy(busy) {
    const button = $('run');
    button.setAttribute('aria-busy', String(busy));
    button.classList.toggle('busy', busy);
    button.textContent = busy ? 'Finding access paths…' : 'Show access paths';
    $('cancel').hidden = !busy;
  }

  /**
   * Runs the form's question. `fromUrl`: the address bar already holds it (a link or Back), so it
   * is not pushed again.
   */
  async function run(options) {
    const fromUrl = Boolean(options && options.fromUrl);
    // The slider moves the date many times in a row: the address bar follows without filling the history.
    const replace = Boolean(options && options.replace);
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    const seq = ++state.seq;
    state.controller = controller;
    const signal = controller.signal;
    const current = () => seq === state.seq;
    setBusy(true);
    try {
      const f = readForm();
      if (!f.asOf) throw new Refusal('Pick a date.');
      setStatus('Checking the question…');
      const org = await resolveName(f.orgText, 'org', signal);
      const designate = await resolveName(f.designateText, 'designate', signal);
      if (!current()) return;
      const q = Object.assign({}, f, {
        org,
        designate,
        expanded: state.expanded,
        page: state.page,
        after: state.after,
        route: state.route,
      });
      q.rules = scenarioRules(f, designate);
      if (!q.org && !q.chip) throw new Refusal('Type an organisation, pick a chip, or both.');
      if (!fromUrl) {
        const url = `?${toParams(q)}`;
        if (url !== window.location.search) history[replace ? 'replaceState' : 'pushState'](null, '', url);
      }
      setStatus(`Finding access paths: ${describe(q)}…`);
      const answer = await ask(q, signal);
      // A newer question was asked meanwhile: this answer is not the one on screen.
      if (!current()) return;
      state.answer = answer;
      render(q, answer);
      if (q.route !== null && q.route !== undefined && state.paths[q.route]) selectPath(q.route);
      if (q.expanded.length) await Promise.all(q.expanded.map((id) => expand(id, { quiet: true })));
    } catch (error) {
      if (!current() || error.name === 'AbortError') return;
      setStatus(error instanceof Refusal ? error.message : `The query failed: ${error.message}`, true);
    } finally {
      if (current()) {
        setBusy(false);
        state.controller = null;
        // How many questions have ended (answered, refused or failed): tests wait on it.
        $('status').dataset.done = String(seq);
      }
    }
  }

  function pathFilter(q) {
    const filter = {};
    if (q.pathways.length) filter.includePathways = q.pathways;
    if (q.minConfidence) filter.minConfidence = q.minConfidence;
    if (q.onlyRestricted) filter.onlyRestricted = true;
    if (q.hideStale) filter.excludeStale = true;
    return filter;
  }

  /** The scenario's answer takes no filter: the same filters apply here. */
  function keep(path, q) {
    if (q.pathways.length && !path.pathways.some((w) => q.pathways.includes(w))) return false;
    if (q.minConfidence && CONFIDENCE_RANK[path.confidence] < CONFIDENCE_RANK[q.minConfidence]) return false;
    if (q.hideStale && path.evidence.stale) return false;
    return true;
  }

  async function ask(q, signal) {
    if (q.rules) {
      const data = await gql(QUERIES.scenario, scenarioVariables(q), signal);
      const s = data.scenario;
      const closed = s.cut.map((c) => Object.assign({}, c.path, { cuts: c.cuts }));
      const added = s.newlyRestricted.map((p) => Object.assign({}, p, { newlyRestricted: true }));
      const all = closed.concat(s.remaining, added);
      const kept = all.filter((p) => keep(p, q));
      return { kind: 'scenario', scenario: s, paths: kept, dropped: all.length - kept.length, graph: s.graph };
    }
    if (q.org) {
      const data = await gql(
        QUERIES.accessPaths,
        { from: q.org.id, to: q.chip, asOf: q.asOf, maxHops: q.maxHops, filter: pathFilter(q) },
        signal,
      );
      const a = data.accessPaths;
      return { kind: 'paths', connection: a, paths: a.nodes, graph: a.graph };
    }
    const data = await gql(
      QUERIES.whoCanReach,
      {
        chip: q.chip,
        asOf: q.asOf,
        onlyRestricted: q.onlyRestricted,
        maxHops: q.maxHops,
        filter: pathFilter(Object.assign({}, q, { onlyRestricted: false })),
        after: q.after || null,
      },
      signal,
    );
    return { kind: 'reach', reach: data.reach, hosts: data.hosts, graph: data.reach.graph };
  }

  function scenarioVariables(q) {
    return {
      rules: q.rules,
      asOf: q.asOf,
      chips: q.chip ? [q.chip] : null,
      origins: q.org ? [q.org.id] : null,
      maxHops: q.maxHops,
    };
  }

  /* ---------- evidence age ---------- */

  /**
   * A step's last evidence, for showing: its newest dated source or an analyst's lastConfirmed
   * (the API's rule); null when it has neither.
   */
  function lastEvidence(edge) {
    if (!edge) return null;
    const dates = edge.sources.map((s) => s.publishedAt).filter(Boolean);
    if (edge.properties.lastConfirmed) dates.push(edge.properties.lastConfirmed);
    return dates.length ? dates.sort().at(-1) : null;
  }

  /** The route's evidence as the API judges it (age, oldest step, stale). */
  function pathEvidence(path) {
    return path.evidence;
  }

  /**
   * Whether a step is what makes its route stale: the step of oldest evidence, or, when a step
   * has no dated evidence at all, each open-ended step without any.
   */
  function isStaleStep(path, step) {
    const ev = path.evidence;
    if (!ev.stale || step.relationship.endDate) return false;
    if (ev.lastEvidence === null) return !lastEvidence(state.edges.get(step.relationship.id));
    return ev.oldestStepIndex === step.index;
  }

  /** A step's dates: `2024-03-01→` has no end recorded. */
  function stepDates(rel) {
    if (rel.startDate || rel.endDate) return `${rel.startDate || '?'}→${rel.endDate || ''}`;
    return 'undated';
  }

  function evidenceText(ev) {
    if (!ev.lastEvidence) return 'no dated evidence';
    if (ev.ageDays < 0) return `last evidence ${ev.lastEvidence} (published after the date asked)`;
    return `last evidence ${ev.lastEvidence} (${age(ev.ageDays)} before the date asked)`;
  }

  /* ---------- rendering an answer ---------- */

  function render(q, answer) {
    state.q = q;
    state.nodes = new Map(answer.graph.nodes.map((n) => [n.id, n]));
    state.edges = new Map(answer.graph.edges.map((e) => [e.id, e]));
    state.selected = null;
    let summary;
    let paths;
    if (answer.kind === 'reach') {
      const r = answer.reach;
      state.entities = r.entities;
      state.hosts = answer.hosts;
      state.pageInfo = r.pageInfo;
      paths = r.entities.map((e) => e.bestPath);
      summary =
        `${plural(r.totalCount, 'organisation')} reach this chip at ${q.asOf}` +
        ` (${r.restrictedCount} restricted, ${r.listedCount} listed, ${r.staleCount} stale)` +
        `; ${plural(answer.hosts.totalCount, 'host')} apart.` +
        (q.hideStale ? ' Stale routes left out.' : '');
    } else {
      state.entities = null;
      paths = answer.paths;
      if (answer.kind === 'paths') {
        const a = answer.connection;
        summary =
          `${plural(a.totalCount, 'access path')} at ${q.asOf}` +
          (a.totalCount > a.nodes.length ? ` (the first ${a.nodes.length} drawn)` : '') +
          (a.truncated ? '; the search stopped at its cap, there may be more' : '') +
          '.' +
          (q.hideStale ? ' Stale routes left out.' : '');
      } else {
        const s = answer.scenario;
        const losing = s.entitiesLosingAllAccessCount;
        summary =
          `Scenario at ${q.asOf} over ${plural(s.chipCount, 'chip')}: ` +
          `${plural(s.restrictedBefore, 'restricted access', 'restricted accesses')} before the rule, ` +
          `${s.cutCount} closed, ${s.remainingCount} left open` +
          (s.undeterminedCount
            ? ` (${s.undeterminedCount} of them only because the graph does not know where a provider or data centre is)`
            : '') +
          (s.newlyRestrictedCount ? `, ${s.newlyRestrictedCount} newly restricted` : '') +
          `; ${plural(losing, 'organisation')} ${losing === 1 ? 'loses' : 'lose'} all access.` +
          (s.cutCount + s.remainingCount + s.newlyRestrictedCount > answer.paths.length + answer.dropped
            ? ' The list shows the first 100 of each kind.'
            : '') +
          (answer.dropped ? ` ${answer.dropped} left out by the filters.` : '');
      }
    }
    state.paths = paths;
    const stale = paths.filter((p) => p.evidence.stale).length;
    if (stale && answer.kind !== 'reach')
      summary += ` ${plural(stale, 'route is', 'routes are')} stale: a step has no recent evidence.`;
    if (answer.graph.truncated) summary += ' The drawing was cut at its size limit.';
    // The lines above the drawing first, so that it is fitted to the room they leave.
    setStatus(summary);
    $('answered').hidden = false;
    fill($('answered'), el('strong', {}, 'Answer to: '), describe(q));
    $('answered').classList.remove('outdated');
    draw(paths, q);
    $('cy').setAttribute(
      'aria-label',
      `Drawing of ${plural(cy.nodes().length, 'node')} and ${plural(cy.edges().length, 'edge')}, left (organisation) to right (chip); the list beside it gives the same information`,
    );
    renderList(q, answer);
    renderDownloads(q);
    // On a phone the form fills the first screen: the answer is brought into view.
    if (window.matchMedia('(max-width: 700px)').matches) $('status').scrollIntoView();
    $('export-png').disabled = $('export-svg').disabled = cy.nodes().length === 0;
    showHint();
    showTime(q);
  }

  /** Route elements; past the threshold, origins sharing their first step become one counted group. */
  function draw(paths, q) {
    const elements = new Map();
    const origins = new Set(paths.map((p) => p.origin.id));
    const groupOf = new Map();
    if (q.group && origins.size > GROUP_THRESHOLD) {
      const byFirstStep = new Map();
      for (const path of paths) {
        const first = path.steps[0];
        if (!first || path.steps.length < 2) continue;
        const key = `${first.relationship.type}>${first.to.id}`;
        if (!byFirstStep.has(key)) byFirstStep.set(key, new Set());
        byFirstStep.get(key).add(path.origin.id);
      }
      for (const [key, members] of byFirstStep) {
        if (members.size < 2) continue;
        for (const id of members) if (!groupOf.has(id)) groupOf.set(id, `group:${key}`);
      }
    }
    state.groups = new Map();
    const cutEdges = new Set();
    for (const path of paths) {
      for (const cut of path.cuts || []) {
        const step = path.steps[cut.stepIndex];
        if (step) cutEdges.add(step.relationship.id);
      }
      path.steps.forEach((step, i) => {
        const groupId = i === 0 ? groupOf.get(step.from.id) : null;
        const fromId = groupId || step.from.id;
        if (groupId) {
          if (!state.groups.has(groupId))
            state.groups.set(groupId, { members: new Map(), type: step.relationship.type, to: step.to });
          state.groups.get(groupId).members.set(step.from.id, step.from.name);
        } else addNode(elements, step.from.id, origins.has(step.from.id));
        addNode(elements, step.to.id, false);
        const edgeId = groupId ? `${groupId}>edge` : step.relationship.id;
        if (elements.has(edgeId)) return;
        const edge = state.edges.get(step.relationship.id);
        const confidence = (edge && edge.properties.confidence) || step.relationship.confidence;
        const staleStep = isStaleStep(path, step);
        const dates = step.relationship.startDate ? `${step.relationship.startDate.slice(0, 7)}→` : 'undated';
        // An UP step climbs to a controller: the relationship points the other way.
        const type = step.relationship.type.toLowerCase().replace(/_/g, ' ');
        const name = step.direction === 'UP' ? `controlled by (${type})` : type;
        elements.set(edgeId, {
          group: 'edges',
          data: {
            id: edgeId,
            source: fromId,
            target: step.to.id,
            relId: step.relationship.id,
            label: `${name}\n${dates}${staleStep ? ' · stale' : ''}`,
          },
          classes: [
            confidence === 'ALLEGED' || confidence === 'DISPUTED' ? 'weak' : null,
            staleStep ? 'stale' : null,
            cutEdges.has(step.relationship.id) ? 'cut' : null,
          ].filter(Boolean),
        });
      });
    }
    for (const [id, g] of state.groups) {
      elements.set(id, {
        group: 'nodes',
        data: { id, label: `${g.members.size}`, kind: 'Group' },
        classes: ['origin'],
      });
      const edge = elements.get(`${id}>edge`);
      if (edge) edge.data.label = `${g.members.size} × ${edge.data.label}`;
    }
    cy.elements().remove();
    cy.add([...elements.values()]);
    if (cy.nodes().length) layout();
  }

  function addNode(elements, id, isOrigin) {
    if (elements.has(id)) return;
    const node = state.nodes.get(id) || { name: id, kind: 'Entity' };
    elements.set(id, {
      group: 'nodes',
      data: { id, label: node.name, kind: node.kind },
      classes: isOrigin ? ['origin'] : [],
    });
  }

  function highlight(ids) {
    cy.elements().removeClass('faded picked');
    if (!ids) return;
    const picked = cy.elements().filter((e) => ids.has(e.id()) || ids.has(e.data('relId')));
    picked.addClass('picked');
    cy.elements().not(picked).addClass('faded');
  }

  /* ---------- the list ---------- */

  function route(path) {
    return [path.steps[0] ? path.steps[0].from.name : path.origin.name]
      .concat(path.steps.map((s) => s.to.name))
      .join(' → ');
  }

  function tag(text, kind) {
    return el('span', { className: `tag${kind ? ` ${kind}` : ''}` }, text);
  }

  function pathButton(path, index, q, heading) {
    const ev = pathEvidence(path);
    const restricted = path.restriction.restricted;
    const button = el(
      'button',
      { type: 'button', className: 'path', 'aria-pressed': 'false' },
      el('span', { className: 'route' }, heading || `${index + 1}. ${route(path)}`),
      el(
        'span',
        { className: 'meta' },
        `${path.confidence.toLowerCase()} (${path.confidenceScore.toFixed(2)}) · ${plural(path.length, 'step')} held ` +
          path.steps.map((s) => stepDates(s.relationship)).join(' · '),
      ),
      el('span', { className: `meta evidence${ev.stale ? ' stale' : ''}` }, evidenceText(ev)),
      el(
        'span',
        { className: 'tags' },
        path.pathways.map((w) => tag(pathwayName(w))),
        tag(restricted ? 'restricted' : 'not restricted', restricted ? 'restricted' : null),
        path.restriction.unverified ? tag('restriction unverified', 'stale') : null,
        ev.stale ? tag('stale', 'stale') : null,
        path.cuts ? tag('closed by the rule', 'closed') : null,
        path.newlyRestricted ? tag('restricted by the scenario', 'closed') : null,
      ),
    );
    button.dataset.index = String(index);
    button.addEventListener('click', () => selectPath(index));
    button.addEventListener('keydown', (event) => {
      const buttons = [...$('path-list').querySelectorAll('button.path')];
      const at = buttons.indexOf(button);
      const next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : null;
      if (next !== null && buttons[next]) {
        event.preventDefault();
        buttons[next].focus();
      }
    });
    return button;
  }

  function renderList(q, answer) {
    const list = $('path-list');
    list.replaceChildren();
    fill($('pager'));
    fill($('summary'));
    if (answer.kind === 'reach') return renderReach(q);
    if (answer.kind === 'scenario') {
      const losing = answer.scenario.entitiesLosingAllAccess;
      fill(
        $('summary'),
        el('h3', {}, 'Who loses all access'),
        losing.length
          ? el(
              'ul',
              { className: 'losing' },
              losing.map((p) => el('li', {}, p.name)),
            )
          : el('p', { className: 'hint' }, 'No organisation loses every restricted access under this rule.'),
      );
    }
    if (!state.paths.length) {
      list.append(el('li', { className: 'hint' }, 'No access path matches.'));
      return;
    }
    state.paths.forEach((path, i) => list.append(el('li', {}, pathButton(path, i, q))));
    if (answer.kind === 'paths' && answer.connection.pageInfo.hasNextPage)
      list.append(
        el(
          'li',
          { className: 'hint' },
          `${answer.connection.totalCount - answer.connection.nodes.length} more not drawn; narrow the question (chip, filters).`,
        ),
      );
  }

  /**
   * Who can reach a chip: the organisations that reach it (hosts apart), the API's exact counts
   * by pathway, listed ones marked, one page at a time (grouped by pathway within the page).
   */
  function renderReach(q) {
    const entities = state.entities;
    const r = state.answer.reach;
    const hosts = state.hosts;
    fill(
      $('summary'),
      el(
        'p',
        {},
        `${plural(r.totalCount, 'organisation')}: ${r.restrictedCount} restricted, ` +
          `${r.listedCount} on the Entity List, ${r.staleCount} stale.`,
      ),
      el(
        'ul',
        { className: 'by-pathway', 'aria-label': 'By pathway' },
        r.byPathway.map((g) =>
          el('li', {}, tag(pathwayName(g.pathway)), ` ${g.count} (${g.restrictedCount} restricted)`),
        ),
      ),
      hosts.totalCount
        ? el(
            'details',
            { className: 'hosts' },
            el('summary', {}, `${plural(hosts.totalCount, 'host')} of these chips, apart (they hold them for others)`),
            el(
              'ul',
              {},
              hosts.entities.map((h) => el('li', {}, h.entity.name)),
            ),
          )
        : null,
    );
    const order = (e) => {
      const first = PATHWAY_ORDER.findIndex((w) => e.pathways.includes(w));
      return first < 0 ? PATHWAY_ORDER.length : first;
    };
    const sorted = entities
      .map((e, i) => ({ e, i }))
      .sort((a, b) => order(a.e) - order(b.e) || a.e.entity.name.localeCompare(b.e.entity.name));
    const list = $('path-list');
    let group = null;
    if (!sorted.length)
      list.append(el('li', { className: 'hint' }, 'No organisation reaches this chip with these filters.'));
    for (const { e, i } of sorted) {
      const g = order(e);
      if (g !== group) {
        group = g;
        list.append(
          el('li', { className: 'group-head' }, PATHWAY_ORDER[g] ? pathwayName(PATHWAY_ORDER[g]) : 'no named pathway'),
        );
      }
      const via = e.bestPath.steps.map((step) => step.to.name).join(' → ');
      const heading = `${e.entity.name}${e.listed ? ' (Entity List)' : ''} → ${via}`;
      const button = pathButton(e.bestPath, i, q, heading);
      if (e.listed) button.classList.add('listed');
      if (e.shortestPaths > 1)
        button.append(el('span', { className: 'meta' }, `${e.shortestPaths} shortest routes; the surest shown`));
      list.append(el('li', {}, button));
    }
    const page = q.page || 0;
    if (page > 0 || state.pageInfo.hasNextPage) {
      const prev = el('button', { type: 'button', disabled: page === 0 }, 'Previous');
      const next = el('button', { type: 'button', disabled: !state.pageInfo.hasNextPage }, 'Next');
      prev.addEventListener('click', () => turnPage(page - 1, state.cursors[page - 1] || null));
      next.addEventListener('click', () => {
        state.cursors[page] = q.after || null;
        turnPage(page + 1, state.pageInfo.endCursor);
      });
      const first = page * REACH_PAGE + 1;
      fill($('pager'), prev, el('span', {}, ` ${first}–${first + entities.length - 1} of ${r.totalCount} `), next);
    }
  }

  /** Another page of who can reach a chip: the same question, asked from a cursor. */
  function turnPage(page, after) {
    // A page reached from a link knows no earlier cursor but the first page's.
    state.page = after ? page : 0;
    state.after = after;
    state.expanded = [];
    state.route = null;
    run();
  }

  function selectPath(index) {
    const path = state.paths[index];
    state.selected = index;
    // The selected route is part of the view a link reopens.
    if (state.q.route !== index) {
      state.q.route = index;
      state.route = index;
      history.replaceState(null, '', `?${toParams(state.q)}`);
    }
    const buttons = [...$('path-list').querySelectorAll('button.path')];
    const pressed = buttons.find((b) => b.dataset.index === String(index)) || null;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === pressed));
    const ids = new Set();
    for (const step of path.steps) ids.add(step.from.id).add(step.to.id).add(step.relationship.id);
    for (const [id, g] of state.groups || []) if (g.members.has(path.origin.id)) ids.add(id).add(`${id}>edge`);
    highlight(ids);
    showPath(path, index);
  }

  /* ---------- details: evidence first ---------- */

  function formatValue(value) {
    if (Array.isArray(value)) return value.join(', ');
    if (value !== null && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  /** Facts first; record-keeping fields apart, behind a toggle. */
  function propertyLists(properties) {
    const facts = el('dl', { className: 'facts' });
    const audit = el('dl', { className: 'audit' });
    const keys = Object.keys(properties);
    const ordered = Object.keys(FACT_NAMES)
      .filter((k) => keys.includes(k))
      .concat(keys.filter((k) => !(k in FACT_NAMES)).sort());
    for (const key of ordered) {
      const target = AUDIT.test(key) ? audit : facts;
      target.append(el('dt', {}, FACT_NAMES[key] || key), el('dd', {}, formatValue(properties[key])));
    }
    return [
      facts.childNodes.length ? facts : null,
      audit.childNodes.length
        ? el(
            'details',
            { className: 'record-keeping' },
            el('summary', {}, 'Record-keeping (when and by whom this was entered; not a fact about the world)'),
            audit,
          )
        : null,
    ];
  }

  /** Only web links are made clickable: a URL scalar may hold any scheme. */
  function sourceList(sources) {
    if (!sources || !sources.length) return el('p', { className: 'hint' }, 'No source recorded.');
    const list = el('ul', { className: 'sources' });
    for (const s of sources) {
      let safe = null;
      try {
        safe = s.url && ['http:', 'https:'].includes(new URL(s.url).protocol) ? s.url : null;
      } catch {
        safe = null;
      }
      list.append(
        el(
          'li',
          {},
          el('span', { className: 'publisher' }, s.publisher),
          ` · ${s.publishedAt || 'date not stated'} · `,
          safe
            ? el('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, s.title)
            : el('span', {}, s.title),
          safe ? null : el('span', { className: 'hint' }, ' (no link recorded)'),
          s.excerpt ? el('blockquote', {}, s.excerpt) : null,
          s.note ? el('p', { className: 'note' }, el('strong', {}, 'Note: '), s.note) : null,
        ),
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
        'Select a route, or click a node or an edge of the drawing, to read its evidence.',
      ),
    );
  }

  function nodeButton(id, name) {
    const button = el('button', { type: 'button', className: 'link' }, name);
    button.addEventListener('click', () => showNode(id));
    return button;
  }

  function showNode(id) {
    const group = state.groups && state.groups.get(id);
    if (group) {
      highlight(new Set([id, `${id}>edge`]));
      fill(
        $('details'),
        el(
          'h3',
          {},
          `${group.members.size} organisations whose first step is “${group.type.toLowerCase().replace(/_/g, ' ')}” ${group.to.name}`,
        ),
        el(
          'ul',
          {},
          [...group.members].map(([memberId, name]) => el('li', {}, nodeButton(memberId, name))),
        ),
      );
      return;
    }
    const node = state.nodes.get(id);
    if (!node) return;
    highlight(new Set([id]));
    const expandButton = el('button', { type: 'button' }, 'Show its neighbours in the drawing');
    expandButton.addEventListener('click', () => expand(id));
    fill(
      $('details'),
      el('h3', {}, node.name),
      el('p', { className: 'hint' }, `${node.labels.join(', ')} · id ${node.id}`),
      el('h4', {}, 'Sources'),
      sourceList(node.sources),
      el('h4', {}, 'Recorded facts'),
      propertyLists(node.properties),
      expandButton,
    );
  }

  function showEdge(id) {
    const element = cy.$id(id);
    const relId = element.nonempty() ? element.data('relId') || id : id;
    const group = state.groups && state.groups.get(id.replace(/>edge$/, ''));
    if (group && id.endsWith('>edge')) return showNode(id.replace(/>edge$/, ''));
    const edge = state.edges.get(relId);
    if (!edge) return;
    highlight(new Set([relId, edge.source, edge.target]));
    const name = (nodeId) => (state.nodes.get(nodeId) || { name: nodeId }).name;
    fill(
      $('details'),
      el('h3', {}, `${name(edge.source)} —${edge.type}→ ${name(edge.target)}`),
      el('h4', {}, 'Sources'),
      sourceList(edge.sources),
      el('h4', {}, 'Recorded facts'),
      propertyLists(edge.properties),
      el('p', { className: 'hint' }, `id ${edge.id}`),
    );
  }

  function showPath(path, index) {
    const q = state.q;
    const ev = pathEvidence(path);
    const steps = el('ol', { className: 'steps' });
    for (const step of path.steps) {
      const edge = state.edges.get(step.relationship.id);
      const cut = (path.cuts || []).find((c) => c.stepIndex === step.index);
      const last = lastEvidence(edge);
      const staleStep = isStaleStep(path, step);
      steps.append(
        el(
          'li',
          {},
          el(
            'p',
            { className: 'step' },
            nodeButton(step.from.id, step.from.name),
            step.direction === 'UP'
              ? ` is controlled by (${step.relationship.type}, a climb to its controller) `
              : ` —${step.relationship.type}→ `,
            nodeButton(step.to.id, step.to.name),
          ),
          el(
            'p',
            { className: 'meta' },
            `${step.relationship.confidence.toLowerCase()} · held ${stepDates(step.relationship)} · ` +
              (last ? evidenceText({ lastEvidence: last, ageDays: daysBetween(last, q.asOf) }) : 'no dated evidence'),
            staleStep ? ' ' : null,
            staleStep ? tag('stale', 'stale') : null,
          ),
          cut ? el('p', {}, tag('closed', 'closed'), ` ${cut.reason}`) : null,
          edge ? sourceList(edge.sources) : null,
          edge && edge.properties.note
            ? el('p', { className: 'note' }, el('strong', {}, 'Fact note: '), edge.properties.note)
            : null,
        ),
      );
    }
    const reasons = path.restriction.reasons.map((r) => {
      const what = r.regulation ? r.regulation.name : r.kind.toLowerCase();
      const detail = [r.citation, r.basis && r.basis.toLowerCase(), r.country, r.since && `since ${r.since}`];
      return el(
        'li',
        {},
        [what].concat(detail.filter(Boolean)).join(' · '),
        r.unverified ? ' (unverified: the graph does not know this rule’s status at the date)' : '',
      );
    });
    if (path.restriction.placeUnknown)
      reasons.push(
        el('li', {}, 'the origin’s country and headquarters are unknown: no rule’s destinations can be judged for it'),
      );
    const location = path.chipLocation;
    const bought = path.acquisition;
    const TIMING = {
      BEFORE_RESTRICTION: 'before a restriction applied to it',
      AFTER_RESTRICTION: 'while restricted for it',
      NOT_RESTRICTED: 'when no restriction applied to it',
      UNKNOWN: 'at an unknown date',
    };
    fill(
      $('details'),
      el('h3', {}, `Route ${index + 1}: ${route(path)}`),
      el(
        'p',
        {},
        `Pathways: ${path.pathways.map(pathwayName).join(', ') || 'none'}. ` +
          `Confidence: ${path.confidence.toLowerCase()} (${path.confidenceScore.toFixed(2)}). ` +
          (location ? `Chips at ${location.node.name}${location.country ? ` (${location.country})` : ''}. ` : '') +
          (bought
            ? `${bought.via === 'HOSTS' ? 'Installed by the host' : 'Bought'}${bought.date ? ` on ${bought.date}` : ''}, ` +
              `received by ${bought.receiver.name} ${TIMING[bought.timing] || bought.timing.toLowerCase()}. `
            : ''),
      ),
      el(
        'p',
        { className: ev.stale ? 'stale-note' : '' },
        `Evidence: ${evidenceText(ev)}` +
          (ev.oldestStepIndex !== null && ev.oldestStepIndex !== undefined
            ? `, oldest at step ${ev.oldestStepIndex + 1}`
            : '') +
          (ev.stale
            ? '. Stale: a step without an end date has no evidence within the stale window before the date asked (see the guide).'
            : '.'),
      ),
      el(
        'p',
        {},
        path.restriction.restricted
          ? 'Restricted for the origin at this date:'
          : 'Not restricted for the origin at this date.',
      ),
      reasons.length ? el('ul', {}, reasons) : null,
      el('h4', {}, 'Steps and their sources'),
      steps,
    );
  }

  /* ---------- expanding around a node ---------- */

  async function expand(id, options) {
    const quiet = Boolean(options && options.quiet);
    const q = state.q;
    if (!q || (state.groups && state.groups.has(id))) return;
    const seq = state.seq;
    try {
      const data = await gql(QUERIES.neighborhood, { id, asOf: q.asOf });
      if (seq !== state.seq) return;
      const graph = data.neighborhood;
      const added = [];
      for (const n of graph.nodes) {
        if (!state.nodes.has(n.id)) state.nodes.set(n.id, n);
        if (cy.$id(n.id).empty())
          added.push({ group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind }, classes: ['context'] });
      }
      for (const e of graph.edges) {
        if (!state.edges.has(e.id)) state.edges.set(e.id, e);
        if (cy.$id(e.id).empty() && cy.edges(`[relId = "${CSS.escape(e.id)}"]`).empty())
          added.push({
            group: 'edges',
            data: {
              id: e.id,
              relId: e.id,
              source: e.source,
              target: e.target,
              label: e.type.toLowerCase().replace(/_/g, ' '),
            },
            classes: ['context'],
          });
      }
      // An edge to a member of a group attaches to what is drawn: drop those whose end is not.
      const drawable = added.filter(
        (a) =>
          a.group === 'nodes' ||
          ((cy.$id(a.data.source).nonempty() || added.some((b) => b.data.id === a.data.source)) &&
            (cy.$id(a.data.target).nonempty() || added.some((b) => b.data.id === a.data.target))),
      );
      cy.add(drawable);
      if (!state.expanded.includes(id)) {
        state.expanded = state.expanded.concat(id);
        state.q.expanded = state.expanded;
        history.pushState(null, '', `?${toParams(state.q)}`);
      }
      layout();
      if (!quiet)
        setStatus(
          `${plural(drawable.filter((a) => a.group === 'nodes').length, 'neighbour')} of ${(state.nodes.get(id) || { name: id }).name} added (grey).`,
        );
    } catch (error) {
      if (seq === state.seq) setStatus(`The neighbours could not be loaded: ${error.message}`, true);
    }
  }

  /* ---------- downloads and pictures ---------- */

  const FORMATS = [
    ['cytoscape', 'CYTOSCAPE_JSON', 'Cytoscape JSON', 'cyjs', 'application/json'],
    ['graphml', 'GRAPHML', 'GraphML', 'graphml', 'application/graphml+xml'],
    ['nodes.csv', 'NODES_CSV', 'nodes CSV', 'nodes.csv', 'text/csv'],
    ['edges.csv', 'EDGES_CSV', 'edges CSV', 'edges.csv', 'text/csv'],
  ];

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function fileStem(q) {
    return ['chip-access', q.org && q.org.id, q.chip, q.asOf, q.rules ? 'scenario' : null].filter(Boolean).join('_');
  }

  /** A CSV of the routes as listed, with the scenario's verdict on each. */
  function routesCsv(q) {
    const cell = (v) => {
      let s = v === null || v === undefined ? '' : String(v);
      if (/^[=+\-@]/.test(s)) s = `'${s}`;
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const rows = [
      [
        'origin',
        'chip',
        'route',
        'pathways',
        'confidence',
        'restricted',
        'last_evidence',
        'stale',
        'scenario',
        'cut_reason',
      ],
    ];
    for (const p of state.paths) {
      const ev = pathEvidence(p);
      rows.push([
        p.origin.id,
        p.chip.id,
        route(p),
        p.pathways.join(';'),
        p.confidence,
        p.restriction.restricted,
        ev.lastEvidence,
        ev.stale,
        q.rules ? (p.cuts ? 'closed' : p.newlyRestricted ? 'newly restricted' : 'open') : '',
        (p.cuts || []).map((c) => c.reason).join('; '),
      ]);
    }
    return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }

  function renderDownloads(q) {
    const p = $('downloads');
    const csv = el('button', { type: 'button', className: 'link' }, 'routes CSV');
    csv.addEventListener('click', () =>
      save(new Blob([routesCsv(q)], { type: 'text/csv' }), `${fileStem(q)}_routes.csv`),
    );
    if (q.rules) {
      // The export URLs know no scenario: the scenario's own graph is fetched in each format.
      const buttons = FORMATS.map(([, format, label, ext, type]) => {
        const b = el('button', { type: 'button', className: 'link' }, label);
        b.addEventListener('click', async () => {
          try {
            const data = await gql(QUERIES.scenarioExport, Object.assign(scenarioVariables(q), { format }));
            save(new Blob([data.scenario.graph.export], { type }), `${fileStem(q)}.${ext}`);
          } catch (error) {
            setStatus(`The download failed: ${error.message}`, true);
          }
        });
        return b;
      });
      fill(p, 'Download the scenario (its restricted accesses, cut ones included): ', buttons, csv);
    } else {
      const params = new URLSearchParams();
      if (q.org) params.set('from', q.org.id);
      if (q.chip) params.set('to', q.chip);
      params.set('asOf', q.asOf);
      if (q.maxHops !== 6) params.set('maxHops', String(q.maxHops));
      if (q.minConfidence) params.set('minConfidence', q.minConfidence);
      if (q.pathways.length) params.set('pathways', q.pathways.join(','));
      fill(
        p,
        'Download these routes: ',
        FORMATS.map(([path, , label]) => el('a', { href: `/export/${path}?${params}` }, label)),
        csv,
      );
    }
    p.hidden = false;
  }

  /**
   * The whole drawing as a picture, at readable size: the view is fitted to all of it for the
   * export and put back afterwards (cytoscape-svg's `full` bounds can cut wrapped labels).
   */
  function exportPicture(kind) {
    const q = state.q;
    if (!q || !cy.nodes().length) return;
    const view = { zoom: cy.zoom(), pan: Object.assign({}, cy.pan()) };
    cy.fit(undefined, 30);
    const scale = Math.max(1, 1 / cy.zoom());
    try {
      if (kind === 'png') save(cy.png({ output: 'blob', scale: scale * 2, bg: '#ffffff' }), `${fileStem(q)}.png`);
      else save(new Blob([cy.svg({ scale, bg: '#ffffff' })], { type: 'image/svg+xml' }), `${fileStem(q)}.svg`);
    } finally {
      cy.viewport(view);
    }
  }

  /* ---------- over time: the slider, the timeline and the trend chart ---------- */

  const TIMELINE = window.ExplorerTimeline;
  const TREND = window.ExplorerTrendChart;
  /** Where the default window starts: before the first chip rule (2022) and the listings of 2019. */
  const WINDOW_START = '2019-01-01';
  /** Routes drawn per page of the timeline (who reaches a chip can be many). */
  const TIMELINE_PAGE = 20;
  /** A slider at rest this long asks its date. */
  const SLIDER_REST_MS = 300;
  const REACHERS = ['HOLDER', 'USER'];
  const EVENT_KINDS = {
    STEP_STARTS: 'a step starts',
    CHIP_RELEASED: 'the chip is released',
    STEP_ENDS: 'a step ended',
    EVIDENCE_AGES: 'evidence becomes stale',
    RULE_TAKES_EFFECT: 'a rule takes effect',
    RULE_SUSPENDED: 'a rule is suspended',
    RULE_SUSPENSION_ENDS: 'a suspension ends',
    RULE_RESCINDED: 'a rule is rescinded',
    RULE_STATUS_UNKNOWN: 'a rule’s status is no longer known',
    CHIP_COVERED: 'a rule starts covering the chip',
    CHIP_COVERAGE_ENDS: 'a rule stops covering the chip',
    LISTED: 'a listing',
    LISTING_ENDS: 'a listing ends',
    OWNERSHIP_STARTS: 'an ownership starts',
    OWNERSHIP_ENDS: 'an ownership ends',
    OTHER_PATHS: 'other paths changed',
  };

  /** The window of the time panels: the one set, else 2019 to today (or the date asked, if later). */
  function timeWindow(q) {
    const fallbackStart = q.asOf < WINDOW_START ? `${q.asOf.slice(0, 4)}-01-01` : WINDOW_START;
    const fallbackEnd = q.asOf > today() ? q.asOf : today();
    return { start: q.tlStart || fallbackStart, end: q.tlEnd || fallbackEnd };
  }

  function timelineVariables(q, w) {
    return {
      from: q.org ? q.org.id : null,
      to: q.chip,
      start: w.start,
      end: w.end,
      maxHops: q.maxHops,
      filter: pathFilter(q),
      // Who reaches a chip: the organisations the list shows, hosts apart.
      roles: q.org ? null : REACHERS,
    };
  }

  function trendVariables(q, w) {
    return {
      chips: q.chip ? [q.chip] : null,
      start: w.start,
      end: w.end,
      interval: q.interval,
      maxHops: q.maxHops,
      filter: pathFilter(q),
      roles: REACHERS,
    };
  }

  function chipName(q) {
    return q.chip ? $('chip').querySelector(`option[value="${CSS.escape(q.chip)}"]`).textContent : null;
  }

  /**
   * Asks one time panel's question unless its answer (or the request for it) is already there:
   * a new question aborts the older one of the same panel, and a late answer to an older
   * question is dropped.
   */
  async function askSeries(slot, query, variables, panel) {
    const key = JSON.stringify(variables);
    if (slot.key === key) return;
    if (slot.controller) slot.controller.abort();
    const controller = new AbortController();
    Object.assign(slot, { key, data: null, controller, page: 0 });
    panel.dataset.state = 'loading';
    try {
      const data = await gql(query, variables, controller.signal);
      if (slot.key !== key) return;
      slot.data = data;
      panel.dataset.state = 'ready';
    } catch (error) {
      if (slot.key !== key || error.name === 'AbortError') return;
      slot.key = null;
      panel.dataset.state = 'error';
      panel.dataset.error = error.message;
    } finally {
      if (slot.controller === controller) slot.controller = null;
    }
    drawTime();
  }

  /** Shows the time panels for an answered question: asks what changed, redraws the rest. */
  function showTime(q) {
    const w = timeWindow(q);
    $('time').hidden = false;
    $('to-time').hidden = false;
    $('tl-start').value = w.start;
    $('tl-end').value = w.end;
    setSlider(q, w);
    if (!state.chart) state.chart = TREND.create($('trend-chart'));
    // Tests and curious researchers can reach the chart from the console, as the drawing.
    window.trendChart = state.chart.chart;
    askSeries(state.timeline, QUERIES.timeline, timelineVariables(q, w), $('timeline-panel'));
    askSeries(state.trend, QUERIES.trends, trendVariables(q, w), $('trend-panel'));
    drawTime();
  }

  function drawTime() {
    const q = state.q;
    if (!q) return;
    drawTimeline(q);
    drawTrend(q);
  }

  /** Days (inclusive) when `test` holds, from a route's periods, adjacent periods joined. */
  function spansWhere(periods, test) {
    const out = [];
    for (const p of periods) {
      if (!test(p)) continue;
      const last = out[out.length - 1];
      if (last && TIMELINE.dayOf(p.start) === TIMELINE.dayOf(last.end) + 1) last.end = p.end;
      else out.push({ start: p.start, end: p.end });
    }
    return out;
  }

  function panelStatus(id, panel, text, isError) {
    const status = $(id);
    status.textContent = panel.dataset.state === 'loading' ? 'Loading…' : text;
    status.classList.toggle('error', Boolean(isError) && panel.dataset.state !== 'loading');
  }

  function drawTimeline(q) {
    if (!q) return;
    const panel = $('timeline-panel');
    const data = state.timeline.data && state.timeline.data.accessTimeline;
    if (panel.dataset.state === 'error') {
      panelStatus('timeline-status', panel, `The timeline could not be loaded: ${panel.dataset.error}`, true);
      return;
    }
    if (!data) return panelStatus('timeline-status', panel, '');
    const trend = state.trend.data && state.trend.data.accessTrends;
    const routes = data.routes;
    const pages = Math.max(1, Math.ceil(routes.length / TIMELINE_PAGE));
    const page = Math.min(state.timeline.page, pages - 1);
    const shown = routes.slice(page * TIMELINE_PAGE, (page + 1) * TIMELINE_PAGE);
    const labelled = new Set();
    for (const r of routes)
      for (const p of r.periods)
        for (const reason of p.restriction.reasons) if (reason.regulation) labelled.add(reason.regulation.id);
    const who = q.org ? q.org.name : `Who reaches ${chipName(q)}`;
    const what = q.org ? ` → ${chipName(q) || 'any chip'}` : ' (holders and users)';
    const count = q.org ? plural(routes.length, 'route') : plural(routes.length, 'access', 'accesses');
    const model = {
      title: `${who}${what}`,
      subtitle: `${count}, ${data.start} to ${data.end}${q.rules ? ' (as recorded, without the scenario)' : ''}`,
      start: data.start,
      end: data.end,
      asOf: q.asOf,
      labelled,
      markers: trend ? trend.events : [],
      rows: shown.map((r) => ({
        id: r.id,
        origin: r.origin.name,
        via: r.path.steps.map((step) => step.to.name),
        periods: r.periods,
        held: r.held,
        restricted: r.restricted,
        stale: spansWhere(r.periods, (p) => p.stale),
      })),
    };
    TIMELINE.draw($('timeline'), model, { onPeriod: showPeriod, onMarker: showRuleEvents });
    const restricted = routes.filter((r) => r.restricted.length).length;
    panelStatus(
      'timeline-status',
      panel,
      `${count} held on some day of the window, ${restricted} of them restricted on some day.` +
        (data.truncated ? ' On some date the listing stopped at its cap: routes may be missing.' : '') +
        (trend ? '' : ' Rule markers load with the chart.') +
        ' Every boundary is tied to its cause: click a span for it.',
    );
    const pager = $('timeline-pager');
    if (pages > 1) {
      const prev = el('button', { type: 'button', disabled: page === 0 }, 'Previous routes');
      const next = el('button', { type: 'button', disabled: page === pages - 1 }, 'Next routes');
      prev.addEventListener('click', () => turnTimelinePage(page - 1));
      next.addEventListener('click', () => turnTimelinePage(page + 1));
      const first = page * TIMELINE_PAGE + 1;
      fill(pager, prev, el('span', {}, ` ${first}–${first + shown.length - 1} of ${routes.length} `), next);
    } else fill(pager);
    // The ticks of the slider: the dates on which the answer can change.
    fill(
      $('slider-ticks'),
      data.dates.map((d) => el('option', { value: String(TIMELINE.dayOf(d) - TIMELINE.dayOf(data.start)) })),
    );
  }

  function turnTimelinePage(page) {
    state.timeline.page = page;
    drawTimeline(state.q);
  }

  function eventItem(e) {
    const rule = e.regulation ? [e.regulation.citation, e.regulation.name].filter(Boolean).join(' · ') : null;
    return el(
      'li',
      { className: 'event' },
      el('strong', {}, `${e.date} · ${EVENT_KINDS[e.kind] || e.kind.toLowerCase()}: `),
      e.description,
      rule ? el('span', { className: 'hint' }, ` (${rule})`) : null,
      sourceList(e.sources),
    );
  }

  function showPeriod(row, period) {
    const goTo = el('button', { type: 'button' }, `Redraw the graph on ${period.start}`);
    goTo.addEventListener('click', () => slideTo(period.start));
    const reasons = period.restriction.reasons
      .map((r) => [r.citation, r.regulation && r.regulation.name].filter(Boolean).join(' · '))
      .filter(Boolean);
    fill(
      $('time-details'),
      el('h4', {}, `${[row.origin].concat(row.via).join(' → ')}: ${period.start} to ${period.end}`),
      el(
        'p',
        {},
        period.restricted ? tag('restricted', 'restricted') : tag('not restricted'),
        period.stale ? tag('stale evidence', 'stale') : tag('evidence current'),
        period.pathways.map((w) => tag(pathwayName(w))),
      ),
      reasons.length ? el('p', {}, `Restricted by: ${[...new Set(reasons)].join('; ')}.`) : null,
      el('h5', {}, period.opensWith.length ? `Opened on ${period.start} by` : 'Held from the window’s first day'),
      period.opensWith.length ? el('ul', { className: 'events' }, period.opensWith.map(eventItem)) : null,
      el(
        'h5',
        {},
        period.closesWith.length ? `Closed on ${period.closesWith[0].date} by` : 'Still so on the window’s last day',
      ),
      period.closesWith.length ? el('ul', { className: 'events' }, period.closesWith.map(eventItem)) : null,
      goTo,
    );
  }

  /** What a marker's events are called: rule events, chip releases, or both (events). */
  function eventsNoun(events) {
    const releases = events.filter((e) => e.kind === 'CHIP_RELEASED').length;
    return releases === 0 ? 'rule event' : releases === events.length ? 'chip release' : 'event';
  }

  function showRuleEvents(events) {
    const noun = eventsNoun(events);
    fill(
      $('time-details'),
      el('h4', {}, events.length > 1 ? plural(events.length, noun) : noun[0].toUpperCase() + noun.slice(1)),
      el('ul', { className: 'events' }, events.map(eventItem)),
    );
  }

  /** The trend's events counted: its rule events, and its chips' releases when there are any. */
  function windowEvents(events) {
    const releases = events.filter((e) => e.kind === 'CHIP_RELEASED').length;
    const rules = plural(events.length - releases, 'rule event');
    return releases ? `${rules} and ${plural(releases, 'chip release')}` : rules;
  }

  function drawTrend(q) {
    const panel = $('trend-panel');
    if (panel.dataset.state === 'error') {
      panelStatus('trend-status', panel, `The chart could not be loaded: ${panel.dataset.error}`, true);
      return;
    }
    const trend = state.trend.data && state.trend.data.accessTrends;
    if (!trend) return panelStatus('trend-status', panel, '');
    const per = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' }[trend.interval];
    const chips = trend.chips.length === 1 ? trend.chips[0].name : `${plural(trend.chips.length, 'chip')}`;
    state.chart.update({
      title: `Accesses to ${chips} by pathway, per ${per}`,
      periods: trend.periods,
      events: trend.events,
      interval: trend.interval,
      mode: q.bars,
      asOf: q.asOf,
      pathwayName,
      pathwayOrder: PATHWAY_ORDER,
    });
    const last = trend.periods[trend.periods.length - 1];
    panelStatus(
      'trend-status',
      panel,
      last
        ? `On ${last.end}: ${plural(last.accesses, 'access', 'accesses')}, ${last.restricted} restricted, ` +
            `${last.listed} by listed parties, ${last.stale} stale; ${windowEvents(trend.events)} in the window.`
        : 'No period in the window.',
    );
    renderTrendTable(trend);
  }

  /** The chart's numbers as a table: what a screen reader, or a careful reader, reads. */
  function renderTrendTable(trend) {
    const pathways = PATHWAY_ORDER.filter((w) =>
      trend.periods.some((p) => p.byPathway.some((b) => b.pathway === w && b.count)),
    );
    const head = ['Period', 'From', 'To', 'Accesses', 'Restricted', 'Listed', 'Stale']
      .concat(pathways.map((w) => `${pathwayName(w)} (restricted)`))
      .concat(['Rule events and releases']);
    const rows = trend.periods.map((p) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, TREND.periodLabel(p, trend.interval)),
        [p.start, p.end, p.accesses, p.restricted, p.listed, p.stale].map((v) => el('td', {}, String(v))),
        pathways.map((w) => {
          const b = p.byPathway.find((x) => x.pathway === w);
          return el('td', {}, b ? `${b.count} (${b.restricted})` : '0');
        }),
        el('td', {}, p.events.map((e) => (e.regulation && e.regulation.citation) || e.description).join('; ')),
      ),
    );
    fill(
      $('trend-table'),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            head.map((h) => el('th', { scope: 'col' }, h)),
          ),
        ),
        el('tbody', {}, rows),
      ),
    );
  }

  /* ----- the slider ----- */

  function setSlider(q, w) {
    const slider = $('date-slider');
    const first = TIMELINE.dayOf(w.start);
    const days = TIMELINE.dayOf(w.end) - first;
    slider.max = String(days);
    slider.value = String(Math.min(days, Math.max(0, TIMELINE.dayOf(q.asOf) - first)));
    slider.setAttribute('aria-valuetext', q.asOf);
    $('slider-start').textContent = w.start;
    $('slider-end').textContent = w.end;
    $('slider-date').textContent = q.asOf;
    $('slider-row').hidden = false;
  }

  function sliderDate() {
    return TIMELINE.dateOf(TIMELINE.dayOf(timeWindow(state.q).start) + Number($('date-slider').value));
  }

  /** Redraws the shown question at another date, as if the date field had been changed and run. */
  function slideTo(date) {
    if (!state.q || date === state.q.asOf) return;
    $('as-of').value = date;
    state.page = 0;
    state.after = null;
    state.cursors = [];
    state.route = null;
    run({ replace: true });
  }

  $('date-slider').addEventListener('input', () => {
    if (!state.q) return;
    const date = sliderDate();
    $('slider-date').textContent = date;
    $('date-slider').setAttribute('aria-valuetext', date);
    clearTimeout(state.sliderTimer);
    state.sliderTimer = setTimeout(() => slideTo(date), SLIDER_REST_MS);
  });

  /** The window, the interval or the bars changed: the time panels follow, the address bar too. */
  function timeSettingsChanged() {
    const q = state.q;
    if (!q) return;
    const fallback = timeWindow(Object.assign({}, q, { tlStart: null, tlEnd: null }));
    const start = $('tl-start').value;
    const end = $('tl-end').value;
    if (!start || !end || start > end) {
      $('timeline-status').textContent = 'The window needs a start before its end.';
      $('timeline-status').classList.add('error');
      return;
    }
    state.window = { start: start === fallback.start ? null : start, end: end === fallback.end ? null : end };
    Object.assign(q, {
      tlStart: state.window.start,
      tlEnd: state.window.end,
      interval: $('trend-interval').value,
      bars: $('trend-bars').value,
    });
    history.replaceState(null, '', `?${toParams(q)}`);
    showTime(q);
  }

  for (const id of ['tl-start', 'tl-end', 'trend-interval', 'trend-bars'])
    $(id).addEventListener('change', timeSettingsChanged);

  /* ----- the time panels' files ----- */

  function timeStem(q, kind) {
    const w = timeWindow(q);
    return ['chip-access', q.org && q.org.id, q.chip, kind, w.start, w.end].filter(Boolean).join('_');
  }

  async function saveSeries(kind, format) {
    const q = state.q;
    if (!q) return;
    const w = timeWindow(q);
    const [query, variables, field] =
      kind === 'timeline'
        ? [QUERIES.timelineExport, timelineVariables(q, w), 'accessTimeline']
        : [QUERIES.trendsExport, trendVariables(q, w), 'accessTrends'];
    try {
      const data = await gql(query, Object.assign({}, variables, { format }));
      const type = format === 'CSV' ? 'text/csv' : 'application/json';
      save(new Blob([data[field].export], { type }), `${timeStem(q, kind)}.${format.toLowerCase()}`);
    } catch (error) {
      setStatus(`The download failed: ${error.message}`, true);
    }
  }

  async function saveTimelinePicture(kind) {
    const svg = $('timeline').querySelector('svg');
    if (!state.q || !svg) return;
    try {
      const blob =
        kind === 'png' ? await TIMELINE.pngBlob(svg) : new Blob([TIMELINE.svgText(svg)], { type: 'image/svg+xml' });
      save(blob, `${timeStem(state.q, 'timeline')}.${kind}`);
    } catch (error) {
      setStatus(`The picture could not be saved: ${error.message}`, true);
    }
  }

  function saveChartPicture(kind) {
    if (!state.q || !state.chart || !state.trend.data) return;
    const blob = kind === 'png' ? state.chart.png() : new Blob([state.chart.svg()], { type: 'image/svg+xml' });
    save(blob, `${timeStem(state.q, 'trends')}.${kind}`);
  }

  /** A panel's download buttons: its picture (PNG, SVG) and its data (CSV, JSON, the API's export). */
  function downloadTools(container, name, series, savePicture) {
    const button = (label, className, action) => {
      const b = el('button', { type: 'button', className }, label);
      b.addEventListener('click', action);
      return b;
    };
    fill(
      container,
      ['png', 'svg'].map((kind) => button(`${name} ${kind.toUpperCase()}`, '', () => savePicture(kind))),
      ['CSV', 'JSON'].map((format) => button(`${series} ${format}`, 'link', () => saveSeries(series, format))),
    );
  }

  downloadTools($('timeline-tools'), 'Timeline', 'timeline', saveTimelinePicture);
  downloadTools($('trend-tools'), 'Chart', 'trends', saveChartPicture);

  /* ---------- the form changed since the answer ---------- */

  function noteChange() {
    const answered = $('answered');
    if (answered.hidden) return;
    const f = readForm();
    const sameOrg = !f.orgText ? !state.q.org : state.q.org && state.q.org.name === f.orgText;
    const changed =
      !sameOrg ||
      f.chip !== state.q.chip ||
      f.asOf !== state.q.asOf ||
      f.pathways.join() !== state.q.pathways.join() ||
      f.minConfidence !== state.q.minConfidence ||
      f.onlyRestricted !== state.q.onlyRestricted ||
      f.hideStale !== state.q.hideStale ||
      f.maxHops !== state.q.maxHops;
    answered.classList.toggle('outdated', changed);
    cy.resize();
    const note = changed ? ' (the form has changed since: press “Show access paths” to answer it)' : '';
    fill(answered, el('strong', {}, 'Answer to: '), describe(state.q), note);
  }

  /* ---------- start ---------- */

  async function loadChips() {
    const data = await gql(QUERIES.chips, {});
    for (const chip of data.chips.nodes) {
      $('chip').append(el('option', { value: chip.id }, chip.name));
      $('cover-chip').append(el('option', { value: chip.id }, chip.name));
    }
  }

  function buildGuideAndFilters() {
    for (const [w, [name, meaning]] of Object.entries(PATHWAYS)) {
      $('pathways').append(el('label', {}, el('input', { type: 'checkbox', value: w }), ` ${name}`));
      $('pathway-guide').append(el('dt', {}, name), el('dd', {}, meaning));
    }
  }

  async function openFromUrl() {
    const params = new URLSearchParams(window.location.search);
    try {
      await fromParams(params);
    } catch (error) {
      setStatus(error instanceof Refusal ? error.message : `The link could not be opened: ${error.message}`, true);
      return;
    }
    if (params.has('org') || params.has('chip')) await run({ fromUrl: true });
    else {
      cy.elements().remove();
      $('answered').hidden = true;
      $('time').hidden = $('slider-row').hidden = $('to-time').hidden = true;
    }
  }

  $('query-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.expanded = [];
    state.page = 0;
    state.after = null;
    state.cursors = [];
    state.route = null;
    run();
  });
  $('search-button').addEventListener('click', findMatches);
  $('cancel').addEventListener('click', () => {
    if (state.controller) state.controller.abort();
    state.seq += 1;
    setBusy(false);
    setStatus('Cancelled: the drawing still shows the previous answer, headed by its question.');
  });
  $('search-text').addEventListener('input', () => {
    if (state.picked.org && state.picked.org.name !== $('search-text').value.trim()) state.picked.org = null;
  });
  $('query-form').addEventListener('input', noteChange);
  $('query-form').addEventListener('change', noteChange);
  $('group-routes').addEventListener('change', () => {
    if (!state.q) return;
    state.q.group = $('group-routes').checked;
    history.pushState(null, '', `?${toParams(state.q)}`);
    render(state.q, state.answer);
  });
  $('fit').addEventListener('click', () => fit(true));
  $('export-png').addEventListener('click', () => exportPicture('png'));
  $('export-svg').addEventListener('click', () => exportPicture('svg'));
  window.addEventListener('popstate', openFromUrl);
  window.addEventListener('resize', () => {
    if (cy.nodes().length) fit();
    if (!$('time').hidden) {
      drawTimeline(state.q);
      if (state.chart) state.chart.resize();
    }
  });

  buildGuideAndFilters();
  $('as-of').value = today();
  state.chipsLoaded = loadChips();
  state.chipsLoaded.catch((error) => setStatus(`Could not load the chips: ${error.message}`, true));
  openFromUrl();
})();
