import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import { type ReactNode, useEffect, useRef } from 'react';

Chart.register(...registerables);

/**
 * A chart (Chart.js on a canvas, hidden from screen readers) with its data as a table beside it: the table is what a
 * screen reader reads and what a person copies; `summary` names the chart for both.
 */
export function ChartFigure({
  id,
  title,
  config,
  table,
}: {
  id: string;
  title: string;
  config: ChartConfiguration;
  table: ReactNode;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const started = performance.now();
    const chart = new Chart(canvas.current, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
    });
    // What drawing this chart cost, for the end-to-end test to print beside the dashboard's first render.
    performance.measure(`parley:chart-${id}`, { start: started, end: performance.now() });
    return () => chart.destroy();
  }, [config, id]);
  return (
    <figure
      className="card chart-figure"
      aria-labelledby={`${id}-title`}
      data-testid={`chart-${id}`}
      // The first label of the category axis, as drawn: lets a test see the axis in the reader's language.
      data-first-label={String(config.data.labels?.[0] ?? '')}
    >
      <figcaption id={`${id}-title`}>
        <h2>{title}</h2>
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <canvas ref={canvas} />
      </div>
      <details className="chart-data">
        <summary>{title}</summary>
        {table}
      </details>
    </figure>
  );
}
