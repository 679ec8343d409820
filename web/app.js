// faultline dashboard: a map, a timeline, an event table, an article view and alerts over
// faultline's JSON API. No build step and nothing from outside this server: Leaflet,
// uPlot, topojson-client and the world-atlas boundaries are served under /vendor/.
// Text from articles only ever reaches the page through textContent, never innerHTML.
'use strict';

const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#3b82c4', '#2a9d8f', '#e9a23b', '#c8423b'];
const CAMEO_ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'],
  ['06', 'Engage in material cooperation'], ['07', 'Provide aid'], ['08', 'Yield'],
  ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'], ['12', 'Reject'],
  ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
];
const ROOT_NAME = Object.fromEntries(CAMEO_ROOTS);
const FILTER_NAMES = ['country', 'actor', 'root', 'quad', 'dedup', 'since', 'until', 'text', 'near'];
const PAGE = 100;

const $ = (id) => document.getElementById(id);

// Builds an element with text content (never HTML) and optional class.
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

async function api(path, params) {
  const qs = params ? new URLSearchParams(params).toString() : '';
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

// ---- filters ----------------------------------------------------------------------

function currentFilters() {
  const f = {};
  for (const name of FILTER_NAMES) {
    const v = $(`filter-${name}`).value.trim();
    if (v) f[name] = v;
  }
  return f;
}

function setFilters(f) {
  for (const name of FILTER_NAMES) $(`filter-${name}`).value = f[name] || '';
  showNear();
}

function showNear() {
  const near = $('filter-near').value;
  const chip = $('near-chip');
  chip.hidden = !near;
  chip.textContent = near ? `near ${near.split(',').slice(0, 2).join(', ')} (${near.split(',')[2]} km) ✕` : '';
}

// Filters live in the address bar too, so a view can be bookmarked or shared.
function filtersToUrl(f) {
  const qs = new URLSearchParams(f).toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

function filtersFromUrl() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const name of FILTER_NAMES) if (p.get(name)) f[name] = p.get(name);
  return f;
}

// ---- map ----------------------------------------------------------------------------

let map;
let markerLayer;

async function initMap() {
  map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  map.createPane('countries').style.zIndex = 200;
  markerLayer = L.layerGroup().addTo(map);
  try {
    // Offline base layer: Natural Earth country outlines from npm world-atlas.
    const res = await fetch('/vendor/world-atlas/countries-50m.json');
    const topo = await res.json();
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      pane: 'countries',
      interactive: false,
      style: { color: '#8a94a6', weight: 0.6, fillColor: '#eef1f5', fillOpacity: 1 },
    }).addTo(map);
  } catch (e) {
    console.warn('country boundaries unavailable', e);
  }
}

function dominantQuad(byQuad) {
  let best = 0;
  for (let i = 1; i < 4; ++i) if (byQuad[i] > byQuad[best]) best = i;
  return best;
}

let fitted = false;

function drawPlaces(places) {
  markerLayer.clearLayers();
  // The first view frames the events; later filters keep whatever the user has panned to.
  if (!fitted && places.length > 0) {
    map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])).pad(0.2), { maxZoom: 6 });
    fitted = true;
  }
  for (const p of places) {
    const q = dominantQuad(p.by_quad);
    const m = L.circleMarker([p.lat, p.lon], {
      radius: 4 + 3 * Math.sqrt(p.events),
      color: '#222', weight: 1, fillColor: QUAD_COLOURS[q], fillOpacity: 0.75,
      className: 'fl-marker',
    });
    const box = el('div');
    box.append(el('strong', p.name), el('div', [p.admin1, p.country].filter(Boolean).join(', ')));
    box.append(el('div', `${p.events} event${p.events === 1 ? '' : 's'}, ${p.first_date || '?'} … ${p.last_date || '?'}`));
    const near = el('button', 'Events within 25 km', 'link');
    near.type = 'button';
    near.addEventListener('click', () => {
      $('filter-near').value = `${p.lat.toFixed(4)},${p.lon.toFixed(4)},25`;
      showNear();
      refresh();
    });
    box.append(near);
    m.bindPopup(box);
    m.bindTooltip(`${p.name}: ${p.events}`);
    m.addTo(markerLayer);
  }
}

// ---- timeline -------------------------------------------------------------------

let plot;

function drawSeries(series) {
  const xs = series.dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  const data = [xs, ...series.counts];
  const box = $('timeline');
  const width = Math.max(300, box.clientWidth);
  if (plot) plot.destroy();
  plot = new uPlot({
    width, height: 170,
    scales: { x: { time: true } },
    legend: { show: true },
    series: [
      {},
      // Points only: days without events are missing, not zero, so no lines join them.
      ...QUAD_NAMES.map((name, i) => ({
        label: name, stroke: QUAD_COLOURS[i], width: 1.5, paths: () => null,
        points: { show: true, size: 7, fill: QUAD_COLOURS[i] },
      })),
    ],
    axes: [{}, { size: 40 }],
  }, data, box);
}

// ---- event table ------------------------------------------------------------------

let nextCursor = null;

function actorText(a) {
  if (!a) return '—';
  return a.name ? `${a.name} (${a.code})` : a.code;
}

function eventRow(e) {
  const tr = el('tr');
  tr.dataset.id = e.id;
  tr.dataset.quad = e.quad_class;
  tr.append(el('td', e.date || '—'));
  const code = el('td');
  code.append(el('span', e.code, `code q${e.quad_class}`), ' ', el('span', ROOT_NAME[e.root] || '', 'muted'));
  if (e.reports && e.reports.articles > 1) {
    code.append(el('div', `${e.reports.articles} reports, ${e.reports.sources} source${e.reports.sources === 1 ? '' : 's'} (${e.reports.confidence_tier})`, 'reports'));
  }
  tr.append(code, el('td', actorText(e.source)), el('td', actorText(e.target)));
  tr.append(el('td', e.place ? `${e.place.name}${e.place.country ? ', ' + e.place.country : ''}` : '—'));
  const sentence = el('td', '', 'sentence');
  const link = el('a', e.sentence_text, 'article-link');
  link.href = `#article-${e.article_id}`;
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    openArticle(e.article_id, e.id);
  });
  sentence.append(link);
  tr.append(sentence);
  return tr;
}

async function loadEvents(append) {
  const params = { ...currentFilters(), limit: PAGE };
  if (append && nextCursor) params.cursor = nextCursor;
  const page = await api('/api/events', params);
  const body = $('events-table').tBodies[0];
  if (!append) body.replaceChildren();
  for (const e of page.events) body.append(eventRow(e));
  nextCursor = page.next;
  $('more').hidden = !nextCursor;
  $('event-count').textContent = `(${body.rows.length}${nextCursor ? '+' : ''})`;
  if (!append && page.events.length === 0) {
    const tr = el('tr');
    const td = el('td', 'No events match these filters.', 'muted');
    td.colSpan = 6;
    tr.append(td);
    body.append(tr);
  }
}

function updateExportLinks(f) {
  for (const format of ['geojson', 'csv', 'jsonl']) {
    $(`export-${format}`).href = `/api/export?${new URLSearchParams({ ...f, format })}`;
  }
}

// ---- alerts ---------------------------------------------------------------------

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function loadAlerts() {
  const { alerts } = await api('/api/alerts', { limit: 100 });
  const list = $('alerts');
  list.replaceChildren();
  if (alerts.length === 0) list.append(el('li', 'No alerts.', 'muted'));
  for (const a of alerts) {
    const li = el('li', '', `alert alert-${a.detector}`);
    li.append(el('div', `${a.date} · ${a.detector} · ${a.level} ${a.key}`, 'alert-head'));
    li.append(el('div', a.message));
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    if (evidence.length) {
      const ul = el('ul', '', 'evidence');
      for (const ev of evidence.slice(0, 3)) ul.append(el('li', ev.sentence || ''));
      li.append(ul);
    }
    // Clicking an alert shows its country and the month before it.
    li.addEventListener('click', () => {
      const f = { since: addDays(a.date, -30), until: a.date };
      if (a.level === 'country' && /^[A-Z]{2}$/.test(a.key)) f.country = a.key;
      setFilters(f);
      refresh();
    });
    list.append(li);
  }
}

// ---- article view ---------------------------------------------------------------

// Every annotated span of the article as {start, end, cls}, in code points.
function articleSpans(layers, sentences) {
  const spans = [];
  const add = (list, cls) => {
    for (const s of list || []) {
      if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
        spans.push({ start: s.start, end: s.end, cls, item: s });
      }
    }
  };
  add(layers.quotes, 'hl-quote');
  add(layers.actors, 'hl-actor');
  add(layers.places, 'hl-place');
  add(layers.timex, 'hl-timex');
  add(layers.counts, 'hl-count');
  add(layers.events, 'hl-event');
  for (const s of sentences) {
    if (Number.isInteger(s.start)) spans.push({ start: s.start, end: s.end, cls: 'sent', item: s });
  }
  return spans;
}

// Splits the text at every span boundary; each piece carries the classes of the spans
// covering it, so nested and overlapping annotations all show.
function renderAnnotated(text, spans, focusEventId) {
  const chars = Array.from(text);  // spans count code points, not UTF-16 units
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, chars.length));
    cuts.add(Math.min(s.end, chars.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; ++i) {
    const a = points[i];
    const b = points[i + 1];
    const piece = chars.slice(a, b).join('');
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      frag.append(piece);
      continue;
    }
    const span = el('span', piece);
    const classes = new Set();
    const titles = [];
    for (const s of covering) {
      if (s.cls === 'sent') {
        span.dataset.sentence = s.item.index;
        continue;
      }
      classes.add('hl');
      classes.add(s.cls);
      titles.push(describeSpan(s));
      if (s.cls === 'hl-event' && s.item.id === focusEventId) classes.add('focus');
    }
    span.className = [...classes].join(' ');
    if (titles.length) span.title = titles.join('\n');
    frag.append(span);
  }
  return frag;
}

function describeSpan(s) {
  const x = s.item;
  switch (s.cls) {
    case 'hl-actor': return `actor ${x.code}${x.name ? ' ' + x.name : ''}`;
    case 'hl-place': return `place ${x.name}${x.country ? ', ' + x.country : ''} (${x.lat?.toFixed(3)}, ${x.lon?.toFixed(3)})`;
    case 'hl-timex': return `date ${x.type} ${x.value}`;
    case 'hl-count': return `count ${x.category || ''} ${x.quantity ?? x.low ?? ''} ${x.unit || ''}`.trim();
    case 'hl-quote': return `quote${x.speaker && x.speaker.name ? ' by ' + x.speaker.name : ''}`;
    case 'hl-event': return `event ${x.code} ${ROOT_NAME[x.root] || ''}`;
    default: return '';
  }
}

function eventLine(e) {
  const li = el('li', '', `event q${e.quad_class}`);
  li.append(el('span', e.code, `code q${e.quad_class}`), ' ');
  li.append(`${actorText(e.source)} → ${actorText(e.target)}`);
  li.append(el('span', ` ${e.trigger}`, 'muted'));
  const extra = [e.date, e.place && e.place.name, e.killed != null && `${e.killed} killed`,
    e.displaced != null && `${e.displaced} displaced`].filter(Boolean);
  if (extra.length) li.append(el('div', extra.join(' · '), 'muted'));
  return li;
}

async function openArticle(id, focusEventId) {
  const view = $('article-view');
  const data = await api(`/api/articles/${id}`);
  const a = data.article;
  $('article-title').textContent = a.title || a.external_id || `Article ${a.id}`;
  const meta = [a.date, a.source, a.url].filter(Boolean).join(' · ');
  $('article-meta').textContent = meta;
  const text = $('article-text');
  text.replaceChildren(renderAnnotated(a.text, articleSpans(data.layers, data.sentences), focusEventId));
  const byId = Object.fromEntries(data.events.map((e) => [e.id, e]));
  const list = $('article-sentences');
  list.replaceChildren();
  for (const s of data.sentences) {
    const li = el('li', '', 'sentence-item');
    li.dataset.sentence = s.index;
    li.append(el('div', `Sentence ${s.index + 1}`, 'sentence-head'));
    const evs = el('ul', '', 'sentence-events');
    for (const id2 of s.events) if (byId[id2]) evs.append(eventLine(byId[id2]));
    li.append(evs);
    // Hovering a sentence's events marks the sentence in the text.
    li.addEventListener('mouseenter', () => markSentence(s.index, true));
    li.addEventListener('mouseleave', () => markSentence(s.index, false));
    li.addEventListener('click', () => {
      const first = text.querySelector(`[data-sentence="${s.index}"]`);
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    list.append(li);
  }
  view.hidden = false;
  const focus = text.querySelector('.focus');
  if (focus) focus.scrollIntoView({ block: 'center' });
}

function markSentence(index, on) {
  for (const span of $('article-text').querySelectorAll(`[data-sentence="${index}"]`)) {
    span.classList.toggle('sentence-on', on);
  }
}

function closeArticle() {
  $('article-view').hidden = true;
}

// ---- wiring ---------------------------------------------------------------------

async function refresh() {
  const f = currentFilters();
  filtersToUrl(f);
  updateExportLinks(f);
  $('filter-error').textContent = '';
  document.body.classList.add('loading');
  try {
    const [places, series] = await Promise.all([
      api('/api/places', { ...f, limit: 2000 }),
      api('/api/series', f),
      loadEvents(false),
    ]);
    drawPlaces(places.places);
    drawSeries(series);
  } catch (e) {
    $('filter-error').textContent = e.message;
  } finally {
    document.body.classList.remove('loading');
    document.body.dataset.ready = 'true';
  }
}

async function loadStats() {
  const s = await api('/api/stats');
  $('stats').textContent =
      `${s.articles} articles · ${s.events} event mentions · ${s.clusters} de-duplicated events · ${s.alerts} alerts`;
}

async function main() {
  const root = $('filter-root');
  for (const [code, name] of CAMEO_ROOTS) {
    const o = el('option', `${code} ${name}`);
    o.value = code;
    root.append(o);
  }
  $('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    refresh();
  });
  $('reset').addEventListener('click', () => {
    setFilters({});
    refresh();
  });
  $('near-chip').addEventListener('click', () => {
    $('filter-near').value = '';
    showNear();
    refresh();
  });
  $('more').addEventListener('click', () => loadEvents(true).catch((e) => {
    $('filter-error').textContent = e.message;
  }));
  $('article-close').addEventListener('click', closeArticle);
  $('article-view').addEventListener('click', (ev) => {
    if (ev.target === $('article-view')) closeArticle();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') closeArticle();
  });
  window.addEventListener('resize', () => {
    if (plot) plot.setSize({ width: Math.max(300, $('timeline').clientWidth), height: 170 });
  });
  setFilters(filtersFromUrl());
  await initMap();
  await Promise.all([
    loadStats().catch((e) => { $('stats').textContent = e.message; }),
    loadAlerts().catch((e) => { $('alerts').replaceChildren(el('li', e.message, 'error')); }),
    refresh(),
  ]);
}

main();
