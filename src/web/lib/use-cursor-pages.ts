import { useState } from 'react';

/**
 * Keyset paging as the API answers it (`next`: the cursor of the page after this one): the cursors of the pages
 * visited, so that Previous goes back without offsets. `resetKey` starts over at the first page when it changes
 * (another filter, another list).
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const index = cursors.length - 1;
  return {
    /** The cursor to ask with (null: the first page). */
    after: cursors[index],
    /** Which page this is, from 0. */
    index,
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
  };
}
