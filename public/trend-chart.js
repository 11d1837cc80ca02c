/*
 * The trend chart: accessTrends drawn with Apache ECharts (served from node_modules). Bars of
 * accesses by pathway per period, either stacked (with the restricted accesses and all accesses
 * as lines, each access counted once) or grouped by pathway (each bar split into restricted,
 * hatched, and not restricted); rule events and the chips' releases as vertical markers on the
 * same axis, the period of the date asked shaded.
 *
 * On the page the chart is drawn on a canvas (PNG from it); the SVG file comes from a second,
 * detached instance with ECharts' SVG renderer. The tooltip is drawn by ECharts itself
 * (`renderMode: 'richText'`): its HTML tooltip writes inline style attributes, which the page's
 * content security policy refuses.
 */
/* global echarts, atob, Blob */
'use strict';

window.ExplorerTrendChart = (function () {
  /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
  const PATHWAY_COLOURS = {
    CLOUD_RENTAL: '#0072B2',
    INTERMEDIARY: '#E69F00',
    SUBSIDIARY: '#009E73',
    OFFSHORE_DATA_CENTER: '#56B4E9',
    STOCKPILE: '#CC79A7',
    DIRECT: '#D55E00',
    ORDINARY_PURCHASE: '#999999',
    UNDATED_PURCHASE: '#F0E442',
  };
  const RESTRICTED = '#8a1c1c';
  /** Rule labels: lines of them above the plot, px per character, the plot's side margins in px. */
  const LABEL_CHAR_PX = 6.4;
  const PLOT_LEFT = 64;
  const PLOT_RIGHT = 20;
  const HATCH = {
    symbol: 'rect',
    symbolSize: 1,
    color: 'rgba(255,255,255,0.55)',
    dashArrayX: [1, 0],
    dashArrayY: [2, 3],
    rotation: Math.PI / 4,
  };

  function periodLabel(period, interval) {
    const y = period.start.slice(0, 4);
    const m = Number(period.start.slice(5, 7));
    if (interval === 'YEAR') return y;
    if (interval === 'MONTH') return period.start.slice(0, 7);
    return `${y} Q${Math.floor((m - 1) / 3) + 1}`;
  }

  /** The pathways that occur in some period, in the page's order. */
  function pathwaysOf(periods, order) {
    const seen = new Set(periods.flatMap((p) => p.byPathway.filter((b) => b.count > 0).map((b) => b.pathway)));
    return order.filter((w) => seen.has(w));
  }

  function countOf(period, pathway, key) {
    const b = period.byPathway.find((x) => x.pathway === pathway);
    return b ? b[key] : 0;
  }

  /** The index of the period holding `date`, or -1. */
  function periodIndex(periods, date) {
    return periods.findIndex((p) => p.start <= date && date <= p.end);
  }

  function tooltipText(model, index) {
    const p = model.periods[index];
    const lines = [
      `${periodLabel(p, model.interval)}: ${p.start} to ${p.end} (counted on ${p.end})`,
      `${p.accesses} accesses, ${p.restricted} restricted; ${p.listed} by listed parties; ${p.stale} stale`,
    ];
    for (const b of p.byPathway) lines.push(`${model.pathwayName(b.pathway)}: ${b.count} (${b.restricted} restricted)`);
    for (const e of p.events)
      lines.push(
        `${e.date} ${e.regulation && e.regulation.citation ? `${e.regulation.citation}: ` : ''}${e.description}`,
      );
    return lines.join('\n');
  }

  /**
   * The events (rules, chip releases) grouped by the period they fall in: one marker per period,
   * its label (the first citation and how many more, else what they are) above the plot on the
   * first of its lines (four, two on a phone) where it does not run into another; a label that
   * fits nowhere is left to the tooltip and the table.
   */
  function markLines(model, width) {
    const byIndex = new Map();
    for (const e of model.events) {
      const i = periodIndex(model.periods, e.date);
      if (i < 0) continue;
      if (!byIndex.has(i)) byIndex.set(i, []);
      byIndex.get(i).push(e);
    }
    const slot = (width - PLOT_LEFT - PLOT_RIGHT) / Math.max(1, model.periods.length);
    const lines = Array.from({ length: width < 600 ? 2 : 4 }, () => []);
    let used = 0;
    const data = [...byIndex].map(([i, events]) => {
      const cites = [...new Set(events.map((e) => e.regulation && e.regulation.citation).filter(Boolean))];
      const releases = events.filter((e) => e.kind === 'CHIP_RELEASED').length;
      const text = cites.length
        ? `${cites[0]}${cites.length > 1 ? ` +${cites.length - 1}` : ''}`
        : releases === events.length
          ? `${releases > 1 ? `${releases} chips` : 'chip'} released`
          : `${events.length} event${events.length > 1 ? 's' : ''}`;
      const half = (text.length * LABEL_CHAR_PX) / 2;
      const centre = PLOT_LEFT + (i + 0.5) * slot;
      const inside = centre - half > 2 && centre + half < width - 2;
      const line = inside
        ? lines.findIndex((taken) => taken.every(([a, b]) => centre - half > b + 6 || centre + half < a - 6))
        : -1;
      if (line >= 0) {
        lines[line].push([centre - half, centre + half]);
        used = Math.max(used, line + 1);
      }
      return {
        xAxis: i,
        name: events.map((e) => `${e.date} ${e.description}`).join('\n'),
        label: { show: line >= 0, formatter: text, distance: 4 + Math.max(0, line) * 15 },
      };
    });
    return { data, lines: used };
  }

  /** How many lines the legend wraps to (an estimate from its names' lengths). */
  function legendLines(series, width) {
    let lines = 1;
    let x = 0;
    for (const s of series) {
      const w = 25 + 5 + s.name.length * LABEL_CHAR_PX + 14;
      if (x > 0 && x + w > width - 16) {
        lines += 1;
        x = 0;
      }
      x += w;
    }
    return lines;
  }

  /** The ECharts option for a trend model (also what the tests read back with getOption()). */
  function optionOf(model, width) {
    const rules = markLines(model, width);
    // The title wraps on a narrow chart (an estimate from its length, as for the legend).
    const titleLines = Math.ceil((model.title.length * 8) / (width - 16));
    const narrow = width < 600;
    const labels = model.periods.map((p) => periodLabel(p, model.interval));
    const pathways = pathwaysOf(model.periods, model.pathwayOrder);
    const series = [];
    if (model.mode === 'grouped') {
      for (const w of pathways) {
        const colour = PATHWAY_COLOURS[w] || '#6b7280';
        series.push({
          id: `restricted:${w}`,
          name: `${model.pathwayName(w)}: restricted`,
          type: 'bar',
          stack: w,
          itemStyle: { color: colour, decal: HATCH, borderColor: RESTRICTED, borderWidth: 1 },
          data: model.periods.map((p) => countOf(p, w, 'restricted')),
        });
        series.push({
          id: `open:${w}`,
          name: `${model.pathwayName(w)}: not restricted`,
          type: 'bar',
          stack: w,
          itemStyle: { color: colour, opacity: 0.4 },
          data: model.periods.map((p) => countOf(p, w, 'count') - countOf(p, w, 'restricted')),
        });
      }
    } else {
      for (const w of pathways)
        series.push({
          id: `pathway:${w}`,
          name: model.pathwayName(w),
          type: 'bar',
          stack: 'pathways',
          itemStyle: { color: PATHWAY_COLOURS[w] || '#6b7280' },
          data: model.periods.map((p) => countOf(p, w, 'count')),
        });
      series.push({
        id: 'restricted',
        name: 'restricted accesses',
        type: 'line',
        symbol: 'triangle',
        symbolSize: 8,
        lineStyle: { color: RESTRICTED, width: 2.5, type: 'dashed' },
        itemStyle: { color: RESTRICTED },
        data: model.periods.map((p) => p.restricted),
      });
    }
    const asked = periodIndex(model.periods, model.asOf);
    series.push({
      id: 'accesses',
      name: 'all accesses (each once)',
      type: 'line',
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { color: '#1f2933', width: 2 },
      itemStyle: { color: '#1f2933' },
      data: model.periods.map((p) => p.accesses),
      markLine: {
        silent: false,
        symbol: ['none', 'none'],
        lineStyle: { color: '#52606d', type: 'dashed', width: 1 },
        label: { position: 'end', fontSize: 11, color: '#52606d' },
        data: rules.data,
      },
      markArea:
        asked < 0
          ? undefined
          : {
              silent: true,
              itemStyle: { color: 'rgba(217, 164, 0, 0.18)' },
              // On a phone the rule labels need the room: the caption says what the shading is.
              label: {
                show: !narrow,
                position: 'insideTop',
                color: '#7a5b00',
                fontSize: 11,
                formatter: `date asked ${model.asOf}`,
              },
              data: [[{ xAxis: asked }, { xAxis: asked }]],
            },
    });
    return {
      animation: false,
      backgroundColor: '#fff',
      textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' },
      title: {
        text: model.title,
        left: 8,
        top: 4,
        textStyle: {
          fontSize: 14,
          lineHeight: 18,
          fontWeight: 600,
          color: '#1f2933',
          width: width - 16,
          overflow: 'break',
        },
      },
      aria: { enabled: true },
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        axisPointer: { type: 'shadow' },
        textStyle: { fontSize: 12 },
        formatter: (params) => tooltipText(model, (Array.isArray(params) ? params[0] : params).dataIndex),
      },
      legend: { bottom: 4, left: 8, right: 8, itemGap: 14, textStyle: { fontSize: 12 } },
      grid: {
        left: PLOT_LEFT,
        right: PLOT_RIGHT,
        top: 26 + titleLines * 18 + rules.lines * 15,
        bottom: 34 + legendLines(series, width) * 22,
      },
      xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 12, hideOverlap: true } },
      yAxis: {
        // Headroom over the highest bar for the shaded period's label; ECharts rounds the ticks.
        boundaryGap: [0, '15%'],
        type: 'value',
        name: 'accesses',
        nameLocation: 'middle',
        nameGap: 42,
        minInterval: 1,
        nameTextStyle: { fontSize: 12 },
        axisLabel: { fontSize: 12 },
      },
      series,
    };
  }

  function dataUrlBlob(url) {
    const [head, body] = url.split(',');
    const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: head.slice(5).split(';')[0] });
  }

  /** A chart in `container`; `update(model)` redraws it. */
  function create(container) {
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    let option = null;
    return {
      chart,
      update(model) {
        option = optionOf(model, chart.getWidth());
        chart.setOption(option, { notMerge: true });
      },
      resize() {
        chart.resize();
      },
      png() {
        return dataUrlBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
      },
      svg() {
        const copy = echarts.init(null, null, {
          renderer: 'svg',
          ssr: true,
          width: chart.getWidth(),
          height: chart.getHeight(),
        });
        try {
          copy.setOption(Object.assign({}, option, { tooltip: { show: false } }));
          return copy.renderToSVGString();
        } finally {
          copy.dispose();
        }
      },
    };
  }

  return { create, optionOf, periodLabel };
})();
