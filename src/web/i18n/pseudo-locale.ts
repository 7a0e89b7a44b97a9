export type Catalogue = { [key: string]: string | Catalogue };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A catalogue with the shape of `source` whose every string is its own key in brackets, `[[group.leaf]]`. */
export function pseudoCatalogue(source: Catalogue, prefix = ''): Catalogue {
  const result: Catalogue = {};
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    result[key] =
      typeof value === 'string' ? `[[${path.replace(PLURAL_SUFFIX, '')}]]` : pseudoCatalogue(value, path);
  }
  return result;
}
