/*
 * The timeline of the shown routes, drawn as one SVG: a bar per route over the window, its
 * restricted days hatched red, its stale days marked by an amber strip under the bar, rule
 * events as markers on the same axis, the date asked as a line. Every mark carries its dates in
 * data attributes (what tests read) and its meaning in a <title> and an aria-label (what a
 * pointer or a screen reader reads); focusable marks answer Enter as a click.
 *
 * Colours and patterns are SVG attributes, not CSS, so that the exported file looks the same.
 */
/* global XMLSerializer, Image */
'use strict';

window.ExplorerTimeline = (function () {
  const NS = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;
  const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
  const INK = '#1f2933';
  const MUTED = '#52606d';
  const COLOURS = {
    held: '#3f6fb0',
    restricted: '#b42318',
    stale: '#c77700',
    rule: '#52606d',
    asked: '#d9a400',
    grid: '#e4e9f0',
  };
  /** Below this width the route labels sit above their bars, not beside them. */
  const NARROW = 600;

  function svgEl(tag, attrs, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [key, value] of Object.entries(attrs || {}))
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function title(text) {
    return svgEl('title', {}, text);
  }

  function dayOf(date) {
    return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
  }

  function dateOf(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
  }

  /**
   * Writes `head + tail` into a text element (which must be in the document), shortening `head`
   * with an ellipsis until the whole fits `width`: the tail stays readable.
   */
  function fit(text, width, head, tail) {
    const full = head === undefined ? text.textContent : head;
    const end = tail || '';
    text.textContent = full + end;
    if (text.getComputedTextLength() <= width) return;
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      text.textContent = `${full.slice(0, mid)}…${end}`;
      if (text.getComputedTextLength() <= width) lo = mid;
      else hi = mid - 1;
    }
    text.textContent = `${full.slice(0, lo)}…${end}`;
  }

  /** A route as `head → a → b → chip`, its middle shortened first so that the chip stays readable. */
  function fitRoute(text, head, via, width) {
    const chip = via[via.length - 1];
    const middle = via.slice(0, -1);
    const before = head ? [head].concat(middle).join(' → ') : middle.length ? `→ ${middle.join(' → ')}` : '';
    fit(text, width, before, `${before ? ' ' : ''}→ ${chip}`);
    if (text.getComputedTextLength() > width) fit(text, width);
  }

  /** Year ticks, or quarters or months when the window is short, at least `minGap` px apart. */
  function ticks(start, end, pxPerDay, minGap) {
    const steps = [1, 3, 6, 12, 24, 60];
    const step = steps.find((m) => m * 30.4 * pxPerDay >= minGap) || 120;
    const out = [];
    let y = Number(start.slice(0, 4));
    let m = 0;
    while (`${y}` <= end.slice(0, 4)) {
      const date = `${y}-${String(m + 1).padStart(2, '0')}-01`;
      if (date >= start && date <= end && (step < 12 || (m === 0 && y % (step / 12) === 0)))
        out.push({ date, label: step >= 12 ? `${y}` : m === 0 ? `${y}` : date.slice(0, 7) });
      m += step < 12 ? step : 12;
      if (m >= 12) {
        y += Math.floor(m / 12);
        m %= 12;
      }
    }
    return out;
  }

  function patterns() {
    return svgEl(
      'defs',
      {},
      svgEl(
        'pattern',
        { id: 'tl-restricted', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svgEl('rect', { width: 6, height: 6, fill: COLOURS.restricted }),
        svgEl('rect', { width: 2, height: 6, fill: '#f7c9c5' }),
      ),
      svgEl(
        'pattern',
        { id: 'tl-stale', width: 4, height: 4, patternUnits: 'userSpaceOnUse' },
        svgEl('rect', { width: 4, height: 4, fill: COLOURS.stale }),
        svgEl('circle', { cx: 2, cy: 2, r: 0.9, fill: '#fff3d6' }),
      ),
    );
  }

  function periodText(period) {
    const state = [
      period.restricted ? 'restricted for the origin' : 'not restricted',
      period.stale ? 'evidence stale' : 'evidence current',
      period.pathways.length ? period.pathways.join(', ') : null,
    ].filter(Boolean);
    const causes = (events) =>
      events.map((e) => `${e.description}${e.sources.length ? ` (${e.sources.map(sourceText).join('; ')})` : ''}`);
    const opens = causes(period.opensWith);
    const closes = causes(period.closesWith);
    return [
      `${period.start} to ${period.end}: ${state.join('; ')}.`,
      opens.length ? `Opens with: ${opens.join(' · ')}.` : null,
      closes.length ? `Closes on ${period.closesWith[0].date} with: ${closes.join(' · ')}.` : null,
    ]
      .filter(Boolean)
      .join(' ');
  }

  function sourceText(s) {
    return [s.publisher, s.publishedAt].filter(Boolean).join(' ');
  }

  function markerText(marker) {
    return marker.events
      .map((e) => {
        const cite = e.regulation && e.regulation.citation ? `${e.regulation.citation}: ` : '';
        const sources = e.sources.length ? ` (sources: ${e.sources.map(sourceText).join('; ')})` : '';
        return `${e.date} · ${cite}${e.description}${sources}`;
      })
      .join('\n');
  }

  /** Rule events within `px` of each other share one marker. */
  function clusters(events, x, px) {
    const sorted = events.slice().sort((a, b) => a.date.localeCompare(b.date));
    const out = [];
    for (const e of sorted) {
      const last = out[out.length - 1];
      if (last && x(e.date) - last.x <= px) last.events.push(e);
      else out.push({ x: x(e.date), date: e.date, events: [e] });
    }
    return out;
  }

  function activate(node, handler) {
    node.addEventListener('click', handler);
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        handler();
      }
    });
  }

  /** Lays out label items left to right, wrapping at `width`; returns the height used. */
  function flow(group, items, x0, y0, width) {
    let x = x0;
    let y = y0;
    for (const item of items) {
      group.append(item);
      const w = item.getBBox().width + 18;
      if (x > x0 && x + w > x0 + width) {
        x = x0;
        y += 20;
      }
      item.setAttribute('transform', `translate(${x},${y})`);
      x += w;
    }
    return y - y0 + 20;
  }

  /** Marks a text of the page to read otherwise in a saved picture (svgText). */
  function savedAs(element, savedText) {
    element.setAttribute('data-saved-text', savedText);
    return element;
  }

  function legendItems() {
    const text = (label) => svgEl('text', { x: 22, y: 4, 'font-size': 12, fill: MUTED }, label);
    return [
      svgEl('g', {}, svgEl('rect', { y: -6, width: 16, height: 12, fill: COLOURS.held }), text('held, not restricted')),
      svgEl(
        'g',
        {},
        svgEl('rect', { y: -6, width: 16, height: 12, fill: 'url(#tl-restricted)' }),
        text('restricted for the origin'),
      ),
      svgEl('g', {}, svgEl('rect', { y: -2, width: 16, height: 5, fill: 'url(#tl-stale)' }), text('stale evidence')),
      svgEl(
        'g',
        {},
        svgEl('path', { d: 'M3,-6 L13,-6 L8,0 Z', fill: COLOURS.rule }),
        svgEl('line', { x1: 8, x2: 8, y1: 0, y2: 7, stroke: COLOURS.rule, 'stroke-dasharray': '2 2' }),
        savedAs(
          text('rule event (point at it or focus it for its citation)'),
          // A saved picture cannot be pointed at: it says where its citations are instead.
          'rule event (cited above it where room allows)',
        ),
      ),
      svgEl(
        'g',
        {},
        svgEl('line', { x1: 8, x2: 8, y1: -7, y2: 7, stroke: COLOURS.asked, 'stroke-width': 3 }),
        text('date asked'),
      ),
      svgEl('g', {}, svgEl('path', { d: 'M4,-5 L12,0 L4,5 Z', fill: '#9aa5b1' }), text('may hold beyond the window')),
    ];
  }

  /**
   * Draws `model` into `container` (replacing what was there) and returns the SVG element.
   * model: { title, subtitle, start, end, asOf, rows: [{ id, origin, via, periods, held }], markers: events,
   * labelled: Set of regulation ids whose markers get their citation written }.
   * handlers: { onPeriod(row, period), onMarker(events) }.
   */
  function draw(container, model, handlers) {
    const width = Math.max(300, container.clientWidth);
    const narrow = width < NARROW;
    const labelW = narrow ? 0 : Math.min(300, Math.round(width * 0.3));
    const left = labelW + 14;
    const right = width - 16;
    const first = dayOf(model.start);
    const days = dayOf(model.end) + 1 - first;
    const pxPerDay = (right - left) / days;
    const x = (date) => left + (dayOf(date) - first) * pxPerDay;
    const xEnd = (date) => x(date) + pxPerDay;

    const svg = svgEl('svg', {
      xmlns: NS,
      width,
      height: 100,
      viewBox: `0 0 ${width} 100`,
      'font-family': FONT,
      class: 'timeline-svg',
      role: 'group',
      'aria-label': `Timeline: ${model.title}`,
    });
    container.replaceChildren(svg);
    svg.append(svgEl('rect', { class: 'background', width, height: 100, fill: '#fff' }), patterns());
    // The title on one line, or over two on a phone.
    const heading = svgEl(
      'text',
      { x: 8, y: 18, 'font-size': 14, 'font-weight': 600, fill: INK },
      narrow ? model.title : `${model.title}: ${model.subtitle}`,
    );
    svg.append(heading);
    fit(heading, width - 16);
    const headTop = narrow ? 48 : 30;
    if (narrow) {
      const sub = svgEl('text', { x: 8, y: 36, 'font-size': 13, fill: INK }, model.subtitle);
      svg.append(sub);
      fit(sub, width - 16);
    }

    // Citations of the rules that restrict the shown routes, written above the axis on up to
    // three staggered lines; the other rules' markers are read on hover or focus.
    const markers = clusters(model.markers, x, 5);
    const labelBand = svgEl('g', { class: 'rule-labels' });
    svg.append(labelBand);
    const lines = [[], [], []];
    let usedLines = 0;
    for (const marker of markers) {
      const cites = [
        ...new Set(
          marker.events
            .filter((e) => e.regulation && model.labelled.has(e.regulation.id) && e.regulation.citation)
            .map((e) => e.regulation.citation),
        ),
      ];
      if (!cites.length) continue;
      const label = svgEl('text', { 'font-size': 11, fill: MUTED }, cites.join(', '));
      labelBand.append(label);
      const w = label.getComputedTextLength();
      const x0 = Math.min(Math.max(marker.x - w / 2, left), right - w);
      const line = lines.findIndex((taken) => taken.every(([a, b]) => x0 > b + 6 || x0 + w < a - 6));
      if (line < 0) {
        label.remove();
        continue;
      }
      lines[line].push([x0, x0 + w]);
      usedLines = Math.max(usedLines, line + 1);
      label.setAttribute('x', x0.toFixed(1));
      label.dataset.line = String(line);
    }
    const labelsBottom = headTop + usedLines * 14;
    for (const label of labelBand.querySelectorAll('text'))
      label.setAttribute('y', String(labelsBottom - 4 - (usedLines - 1 - Number(label.dataset.line)) * 14));
    // The rule markers' heads point down at this line; the date axis runs under the rows.
    const markerY = labelsBottom + 12;
    const tickList = ticks(model.start, model.end, pxPerDay, 70);

    const rowH = narrow ? 46 : 36;
    const rowsTop = markerY + 4;
    const rows = svgEl('g', { class: 'routes' });
    svg.append(rows);
    // The route names go over everything else (rule lines cross them on a phone).
    const names = svgEl('g', { class: 'route-names' });
    svg.append(names);
    model.rows.forEach((row, i) => {
      const top = rowsTop + i * rowH;
      const barTop = narrow ? top + 20 : top + 5;
      const spans = (list) => list.map((s) => `${s.start}..${s.end}`).join(';');
      const g = svgEl('g', {
        class: 'route',
        'data-route': row.id,
        'data-opens': row.periods.length ? row.periods[0].start : '',
        'data-held': spans(row.held),
        'data-restricted': spans(row.restricted),
        'data-stale': spans(row.stale),
      });
      rows.append(g);
      if (i % 2 === 1) g.append(svgEl('rect', { x: 0, y: top, width, height: rowH, fill: '#f7f9fb' }));
      const routeText = [row.origin].concat(row.via).join(' → ');
      // Titles go in after fitting: fit() rewrites the text.
      // A white halo keeps the label readable where rule lines cross it (on a phone).
      const name = svgEl(
        'text',
        {
          x: 8,
          y: top + 14,
          'font-size': 13,
          'font-weight': 600,
          fill: INK,
          stroke: '#fff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        narrow ? routeText : row.origin,
      );
      names.append(name);
      if (narrow) fitRoute(name, row.origin, row.via, width - 16);
      else fit(name, labelW);
      name.append(title(routeText));
      if (!narrow) {
        const via = svgEl('text', { x: 8, y: top + 29, 'font-size': 12, fill: MUTED });
        names.append(via);
        fitRoute(via, '', row.via, labelW);
        via.append(title(routeText));
      }
      for (const tick of tickList)
        g.append(
          svgEl('line', {
            x1: x(tick.date),
            x2: x(tick.date),
            y1: barTop - 3,
            y2: barTop + 22,
            stroke: COLOURS.grid,
          }),
        );
      for (const period of row.periods) {
        const x0 = x(period.start);
        const w = Math.max(1.5, xEnd(period.end) - x0);
        const label = `${routeText}. ${periodText(period)}`;
        const p = svgEl(
          'g',
          {
            class: `period${period.restricted ? ' restricted' : ''}${period.stale ? ' stale' : ''}`,
            tabindex: 0,
            role: 'button',
            'aria-label': label,
            'data-start': period.start,
            'data-end': period.end,
            'data-restricted': String(period.restricted),
            'data-stale': String(period.stale),
          },
          title(label),
          svgEl('rect', {
            x: x0.toFixed(2),
            y: barTop,
            width: w.toFixed(2),
            height: 14,
            fill: period.restricted ? 'url(#tl-restricted)' : COLOURS.held,
          }),
          period.stale
            ? svgEl('rect', {
                x: x0.toFixed(2),
                y: barTop + 16,
                width: w.toFixed(2),
                height: 5,
                fill: 'url(#tl-stale)',
              })
            : null,
          // A boundary caused by a dated fact: a white seam in the bar.
          period.opensWith.length && period.start !== model.start
            ? svgEl('line', { x1: x0, x2: x0, y1: barTop, y2: barTop + 14, stroke: '#fff', 'stroke-width': 1.5 })
            : null,
        );
        activate(p, () => handlers.onPeriod(row, period));
        g.append(p);
      }
      for (const span of row.held) {
        if (span.fromWindowStart)
          g.append(svgEl('path', { d: `M${left - 2},${barTop} l-8,7 l8,7 Z`, fill: '#9aa5b1' }));
        if (span.toWindowEnd) g.append(svgEl('path', { d: `M${right + 2},${barTop} l8,7 l-8,7 Z`, fill: '#9aa5b1' }));
      }
    });
    const rowsBottom = rowsTop + Math.max(1, model.rows.length) * rowH;
    const axis = svgEl('g', { class: 'axis' });
    svg.append(axis);
    axis.append(svgEl('line', { x1: left, x2: right, y1: rowsBottom, y2: rowsBottom, stroke: '#9aa5b1' }));
    for (const t of tickList) {
      axis.append(
        svgEl('line', { x1: x(t.date), x2: x(t.date), y1: rowsBottom, y2: rowsBottom + 4, stroke: '#9aa5b1' }),
        svgEl(
          'text',
          { x: x(t.date), y: rowsBottom + 17, 'font-size': 12, fill: MUTED, 'text-anchor': 'middle' },
          t.label,
        ),
      );
    }
    if (!model.rows.length)
      svg.append(
        svgEl(
          'text',
          { x: left, y: rowsTop + 22, 'font-size': 13, fill: MUTED },
          'No route holds on any day of this window.',
        ),
      );

    // Rule events: a marker on the axis and a dashed line through the rows.
    const ruleGroup = svgEl('g', { class: 'rules' });
    svg.append(ruleGroup);
    for (const marker of markers) {
      const text = markerText(marker);
      const cites = marker.events.map((e) => e.regulation && e.regulation.citation).filter(Boolean);
      const m = svgEl(
        'g',
        {
          class: 'rule-marker',
          tabindex: 0,
          role: 'button',
          'aria-label': `Rule events: ${text.replace(/\n/g, '; ')}`,
          'data-date': marker.date,
          'data-citations': [...new Set(cites)].join('|'),
          'data-kinds': [...new Set(marker.events.map((e) => e.kind))].join('|'),
        },
        title(text),
        svgEl('line', {
          x1: marker.x,
          x2: marker.x,
          y1: markerY,
          y2: rowsBottom,
          stroke: COLOURS.rule,
          'stroke-dasharray': '3 3',
          'stroke-opacity': 0.7,
        }),
        // A wider, invisible line: the marker is easy to point at.
        svgEl('line', {
          x1: marker.x,
          x2: marker.x,
          y1: markerY - 10,
          y2: rowsBottom,
          stroke: '#000',
          'stroke-opacity': 0,
          'stroke-width': 7,
        }),
        svgEl('path', {
          d: `M${marker.x - 5},${markerY - 9} L${marker.x + 5},${markerY - 9} L${marker.x},${markerY} Z`,
          fill: COLOURS.rule,
        }),
      );
      activate(m, () => handlers.onMarker(marker.events));
      ruleGroup.append(m);
    }

    if (model.asOf >= model.start && model.asOf <= model.end) {
      const ax = x(model.asOf) + pxPerDay / 2;
      svg.append(
        svgEl(
          'g',
          { class: 'date-asked', 'data-date': model.asOf },
          title(`Date asked: ${model.asOf}`),
          svgEl('line', { x1: ax, x2: ax, y1: markerY, y2: rowsBottom, stroke: COLOURS.asked, 'stroke-width': 2.5 }),
        ),
      );
    }

    svg.append(names); // moved to the end: drawn last
    const legend = svgEl('g', { class: 'legend' });
    svg.append(legend);
    const legendH = flow(legend, legendItems(), 8, rowsBottom + 40, width - 16);
    const height = Math.ceil(rowsBottom + 30 + legendH);
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.querySelector('rect.background').setAttribute('height', String(height));
    return svg;
  }

  /** The drawing as a standalone SVG file. */
  function svgText(svg) {
    const saved = svg.cloneNode(true);
    for (const element of saved.querySelectorAll('[data-saved-text]')) {
      element.textContent = element.getAttribute('data-saved-text');
      element.removeAttribute('data-saved-text');
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(saved)}`;
  }

  /** The drawing as a PNG (twice its size on screen), through an image of the SVG. */
  async function pngBlob(svg) {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale = 2;
    canvas.width = Number(svg.getAttribute('width')) * scale;
    canvas.height = Number(svg.getAttribute('height')) * scale;
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'),
    );
  }

  return { draw, svgText, pngBlob, dateOf, dayOf };
})();
