import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// The parts of Chart.js the pages draw with (bars and lines, filled or not), not the whole library.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Legend,
  Tooltip,
);

/**
 * One Chart.js chart (the project's chart library) on a canvas, redrawn when its configuration changes; the page
 * shows its figures as a table beside it. `measureAs` names a performance measure of the drawing, for tests to print.
 */
export function ChartCanvas({
  config,
  label,
  testId,
  className = 'chart-box',
  measureAs,
}: {
  config: ChartConfiguration;
  label: string;
  testId?: string;
  className?: string;
  measureAs?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const started = performance.now();
    const chart = new Chart(canvas.current, {
      ...config,
      options: { animation: false, maintainAspectRatio: false, ...config.options },
    });
    if (measureAs) performance.measure(measureAs, { start: started, end: performance.now() });
    return () => chart.destroy();
  }, [config, measureAs]);
  return (
    <div className={className}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
