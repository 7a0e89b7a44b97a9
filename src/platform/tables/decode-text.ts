import { UnreadableFileError } from './unreadable-file-error.js';

export type TextEncoding = 'utf-16le' | 'utf-16be' | 'utf-8';

/** UTF-16 with its byte order mark (Excel's "Unicode text"), else UTF-8. */
export function textEncodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * The text of a stream of bytes in `encoding`, chunk by chunk (a character split between two chunks is joined), with
 * its byte order mark dropped. Bytes that are not text in that encoding stop it with a `file-type` error.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const notText = () =>
    new UnreadableFileError(
      'file-type',
      'this is not a UTF-8 CSV file (nor UTF-16 with its byte order mark, nor an XLSX workbook); ' +
        'save it as XLSX or as CSV UTF-8',
    );
  for await (const chunk of chunks) {
    if (encoding === 'utf-8' && chunk.includes(0)) {
      throw new UnreadableFileError(
        'file-type',
        'this is not a CSV or XLSX file (it holds binary data); save it as XLSX or as CSV UTF-8',
      );
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw notText();
    }
    if (text !== '') yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notText();
  }
  if (rest !== '') yield rest;
}
