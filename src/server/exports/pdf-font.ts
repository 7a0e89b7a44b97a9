import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** DejaVu Sans: one font for Armenian, Cyrillic and Latin (Azerbaijani letters included), embedded in each PDF. */
export const PDF_FONT_PATH: string = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const PDF_BOLD_FONT_PATH: string = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
