import type { ChartConfiguration } from 'chart.js';
import type { ReactNode } from 'react';
import { ChartCanvas } from '../../components/chart-canvas.js';

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
      {/* What drawing the chart cost is measured for the end-to-end test to print beside the first render. */}
      <div aria-hidden="true">
        <ChartCanvas
          config={config}
          label={title}
          className="chart-canvas"
          measureAs={`parley:chart-${id}`}
        />
      </div>
      <details className="chart-data">
        <summary>{title}</summary>
        {table}
      </details>
    </figure>
  );
}
