import type { TrainingNote } from '../../engine/index.js';

/** What training set aside, one line each, for standard error; '' when nothing was. */
export function describeTrainingNotes(notes: readonly TrainingNote[]): string {
  return notes.map((note) => `training: ${note.detail}; its m kept at the defaults\n`).join('');
}
