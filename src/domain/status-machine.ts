/** One edge of a status machine: the statuses an event applies from, and the status it leads to. */
export interface StatusEdge<S extends string> {
  from: readonly S[];
  to: S;
}

export type StatusTransition<S extends string> =
  | { ok: true; from: S; to: S }
  | { ok: false; from: S; reason: 'not_allowed'; allowedFrom: readonly S[] };

/** A workflow's statuses as data: each event's edge, read the same way by every module. */
export function statusMachine<S extends string, E extends string>(edges: Readonly<Record<E, StatusEdge<S>>>) {
  const events = Object.keys(edges) as E[];
  return {
    /** The status `event` leads to from `current`, or why it does not apply there. */
    next(current: S, event: E): StatusTransition<S> {
      const edge = edges[event];
      if (!edge.from.includes(current))
        return { ok: false, from: current, reason: 'not_allowed', allowedFrom: edge.from };
      return { ok: true, from: current, to: edge.to };
    },
    /** The events that apply in `current`, for a page to offer. */
    available(current: S): E[] {
      return events.filter((event) => edges[event].from.includes(current));
    },
  };
}
