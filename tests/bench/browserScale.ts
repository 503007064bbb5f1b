/**
 * Browser figures of the dashboard at national scale (issue 5, item 4), for run.ts. Each runs
 * tests/e2e/measureScale.ts in a child process against the built page (`vite build` first):
 * headless Chromium through playwright-core, the 380,000-row synthetic reports.csv (38,000
 * real townships × 10 years, `npm run synth -- --csv`, cached in the OS temp folder) served by
 * a plain node:http server with no gzip, and the page pointed at it with ?data=.
 */
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { percentile } from '../e2e/measureScale.ts'

type Row = { name: string; value: string; target: string }

function run(args: string[]): Record<string, unknown> {
  const r = spawnSync('node_modules/.bin/tsx', ['tests/e2e/measureScale.ts', ...args], { encoding: 'utf8', maxBuffer: 16 << 20 })
  if (r.status !== 0) throw new Error(`measureScale ${args.join(' ')} failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on this machine`

/** 380,000 rows: navigation → first drawn chart, heap after load, redraw after 50 filter changes. */
export function browserAtScale(): Row[] {
  const before = load()
  const r = run(['38000', '10', '50']) as {
    rows: number
    firstChartMs: number
    rowsReadyMs: number | null
    heapBytes: number | null
    redrawMs: number[]
    chartsOnlyMs: number[]
    catchUpMs: number[]
    exportCsv: { ms: number; longestTaskMs: number; bytes: number } | null
    median: number | null
    p95: number | null
    stalled: string | null
    evidenceMs?: number[]
    marks: Record<string, number>
    clearAllMs: number[]
    searchMs: { withDelay: number; afterDelay: number }[]
    reader: { rowsUsableMs: number | null; fastestReaderMs: number } | null
  }
  const missing = `not measured: ${r.stalled}`
  // where the load's time goes, from the page's own marks (the first of each kind; the index
  // is marked again when the rows are in, the chart marks first come from the landing view)
  const at = (name: string) => (r.marks[name] === undefined ? '?' : (r.marks[name] / 1000).toFixed(1))
  const firstChart = Object.entries(r.marks)
    .filter(([k]) => k.startsWith('chart-'))
    .sort((a, b) => a[1] - b[1])[0]
  const breakdown = `response ${at('reports-response')} s, landing view ${at('landing-received')} s, first chart set (${firstChart?.[0].slice(6) ?? '?'}) ${firstChart ? (firstChart[1] / 1000).toFixed(1) : '?'} s; rows: parsed (the worker, as it downloads) ${at('reports-parsed')} s, records ${at('records-built')} s, region index core from the worker ${at('index-core-received')} s, rows ready ${at('rows-ready')} s`
  // the bound of issue 15: a change may cost at most 1.5× the near charts' own drawing in the same run
  const chartsP95 = r.chartsOnlyMs.length ? percentile(r.chartsOnlyMs, 95) : null
  const ratio = (ms: number | null) => (ms === null || !chartsP95 ? '?' : `${(ms / chartsP95).toFixed(2)}×`)
  const p95Of = (xs: number[]) => (xs.length ? percentile(xs, 95) : null)
  const clearP95 = p95Of(r.clearAllMs)
  const searchAfter = p95Of(r.searchMs.map((m) => m.afterDelay))
  const searchWith = p95Of(r.searchMs.map((m) => m.withDelay))
  return [
    { name: `browser, ${r.rows} rows: where the load's time goes (after navigation)`, value: breakdown, target: '—' },
    {
      name: `browser, ${r.rows} rows: first chart after navigation (the charts from landing.json while the rows load)`,
      value: `${(r.firstChartMs / 1000).toFixed(1)} s (${before})`,
      target: '≤ 3 s',
    },
    {
      name: `browser, ${r.rows} rows: every row loaded and indexed (filters, drill-down, sources)`,
      value: r.rowsReadyMs === null ? missing : `${(r.rowsReadyMs / 1000).toFixed(1)} s`,
      target: '—',
    },
    {
      name: `browser, ${r.rows} rows: JS heap after load (after GC)`,
      value: r.heapBytes === null ? missing : `${(r.heapBytes / 1e6).toFixed(0)} MB`,
      target: '< 600 MB',
    },
    {
      name: `browser, ${r.rows} rows: redraw after a filter change (panels within half a screen of the 1440×900 view), median of ${r.redrawMs.length}`,
      value: r.median === null ? missing : `${r.median.toFixed(0)} ms`,
      target: '—',
    },
    {
      name: `browser, ${r.rows} rows: redraw after a filter change, 95th percentile`,
      value: r.p95 === null ? missing : `${r.p95.toFixed(0)} ms${r.stalled ? ` (${r.stalled})` : ''}`,
      target: '< 100 ms',
    },
    {
      // the part of a redraw no filtering, aggregation or Vue work is in: why the 95th percentile is where it is
      name: `browser, ${r.rows} rows: the near-screen charts alone, set again to the options they hold (one task → next frame; no filtering, aggregation or Vue), median / 95th percentile of ${r.chartsOnlyMs.length}`,
      value: r.chartsOnlyMs.length
        ? `${percentile(r.chartsOnlyMs, 50).toFixed(0)} / ${percentile(r.chartsOnlyMs, 95).toFixed(0)} ms`
        : missing,
      target: '—',
    },
    {
      name: `browser, ${r.rows} rows: redraw after a filter change, 95th percentile ÷ the near charts' own drawing, 95th percentile (same run)`,
      value: r.p95 === null ? missing : ratio(r.p95),
      target: '≤ 1.5× (issue 15)',
    },
    {
      name: `browser, ${r.rows} rows: 清除筛选 (clear-all) on a province and a year range → every near panel redrawn, 95th percentile of ${r.clearAllMs.length}, and ÷ the charts' own drawing`,
      value: clearP95 === null ? missing : `${clearP95.toFixed(0)} ms, ${ratio(clearP95)}`,
      target: '≤ 1.5× (issue 15)',
    },
    {
      name: `browser, ${r.rows} rows: a name typed into the township search → every near panel redrawn, 95th percentile of ${r.searchMs.length}: with the box's 300 ms typing delay / after it, and after it ÷ the charts' own drawing`,
      value:
        searchWith === null || searchAfter === null
          ? missing
          : `${searchWith.toFixed(0)} / ${searchAfter.toFixed(0)} ms, ${ratio(searchAfter)}`,
      target: '≤ 1.5× after the delay (issue 15)',
    },
    {
      name: `browser, ${r.rows} rows: rows usable (reports.csv requested → rows ready) / the fastest plain reader of the same bytes in the same page (fetch, decode, split into lines; best of 3), and the ratio`,
      value:
        !r.reader || r.reader.rowsUsableMs === null
          ? missing
          : `${(r.reader.rowsUsableMs / 1000).toFixed(2)} s / ${(r.reader.fastestReaderMs / 1000).toFixed(2)} s, ${(r.reader.rowsUsableMs / r.reader.fastestReaderMs).toFixed(2)}×`,
      target: '≤ 1.2× (issue 15)',
    },
    {
      name: `browser, ${r.rows} rows: a panel below the fold catching up when scrolled to, after the changes (${r.catchUpMs.length} panels)`,
      value: r.catchUpMs.length
        ? `median ${percentile(r.catchUpMs, 50).toFixed(0)} ms, slowest ${Math.max(...r.catchUpMs).toFixed(0)} ms`
        : missing,
      target: '—',
    },
    {
      name: `browser, ${r.rows} rows: 导出 CSV of the national view (click → download), and the page's longest task meanwhile`,
      value: r.exportCsv
        ? `${(r.exportCsv.ms / 1000).toFixed(1)} s for ${(r.exportCsv.bytes / 1e6).toFixed(0)} MB, longest task ${r.exportCsv.longestTaskMs} ms`
        : missing,
      target: '— / < 200 ms',
    },
    {
      // facts.csv is not loaded at this size: one report's rows by range requests (data/factsByRange.ts)
      name: `browser, ${r.rows} rows: a value clicked → its evidence quote shown (first three table rows)`,
      value: r.evidenceMs?.length ? r.evidenceMs.map((ms) => `${ms} ms`).join(', ') : missing,
      target: '< 1 s',
    },
  ]
}

/**
 * The same 380,000 rows served gzipped with no length, as web servers send CSV: the file is
 * streamed to the worker all the same, and landing.json is tied to it by its first 64 KiB.
 */
export function browserAtScaleGzipped(): Row[] {
  const before = load()
  const r = run(['38000', '10', '0', 'gzip']) as {
    rows: number
    firstChartMs: number
    rowsReadyMs: number | null
    heapBytes: number | null
    stalled: string | null
  }
  const missing = `not measured: ${r.stalled}`
  return [
    {
      name: `browser, ${r.rows} rows served gzipped (no length): first chart after navigation`,
      value: `${(r.firstChartMs / 1000).toFixed(1)} s (${before})`,
      target: '≤ 3 s',
    },
    {
      name: `browser, ${r.rows} rows served gzipped: every row loaded and indexed / JS heap after load`,
      value: `${r.rowsReadyMs === null ? missing : `${(r.rowsReadyMs / 1000).toFixed(1)} s`} / ${r.heapBytes === null ? missing : `${(r.heapBytes / 1e6).toFixed(0)} MB`}`,
      target: '— / < 600 MB',
    },
  ]
}

/** Gzip bytes of the JS fetched before the first chart is drawn, embedded dataset. */
export function browserStartupJs(): Row[] {
  const r = run(['startup-js']) as { bytes: number; files: string[]; firstChartMs: number }
  return [
    {
      name: `start-up JavaScript (${r.files.length} files before the first chart)`,
      value: `${(r.bytes / 1024).toFixed(0)} KB gzip`,
      target: '< 400 KB gzip',
    },
    { name: 'first chart, embedded dataset', value: `${(r.firstChartMs / 1000).toFixed(2)} s`, target: '< 1 s' },
  ]
}
