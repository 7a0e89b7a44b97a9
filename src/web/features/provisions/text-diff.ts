export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * A word-by-word diff of two texts (longest common subsequence over words and the spaces between them), for
 * comparing a provision's text as two sources publish it.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const left = a.split(/(\s+)/).filter((w) => w !== '');
  const right = b.split(/(\s+)/).filter((w) => w !== '');
  const n = left.length;
  const m = right.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = left[i] === right[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) {
      push('same', left[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', left[i++]);
    else push('added', right[j++]);
  }
  while (i < n) push('removed', left[i++]);
  while (j < m) push('added', right[j++]);
  return parts;
}
