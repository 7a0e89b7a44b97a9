import { lossReport, receiptProblems } from '../../domain/corridor/cargo.js';
import { gazetteerPlaces } from '../../domain/gazetteer/gazetteer.js';
import type { Consignment, PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';
import type { ConsignmentDto, NewConsignmentBody, ReceiptBody } from './cargo.schemas.js';

const KNOWN_PLACES = new Set(gazetteerPlaces().map((place) => place.id));

export function consignmentDto(consignment: Consignment): ConsignmentDto {
  return { ...consignment, lossReport: lossReport(consignment.lines) };
}

/** The coordinator records a consignment dispatched, with its line items. */
export async function dispatchConsignment(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  body: NewConsignmentBody,
): Promise<ConsignmentDto> {
  const errors = (['fromPlaceId', 'toPlaceId'] as const)
    .filter((field) => !KNOWN_PLACES.has(body[field]))
    .map((field) => ({ in: 'body' as const, path: field, message: 'not a place of the gazetteer' }));
  if (errors.length > 0)
    throw new HttpProblem(400, `Unknown place: ${errors.map((e) => e.path).join(', ')}`, {
      type: 'urn:parley:problem:validation',
      errors,
    });
  return store.transaction(async (repos) => {
    if (body.movementId !== null && !(await repos.corridorMovements.findById(scope, body.movementId)))
      throw new HttpProblem(400, 'No such movement', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'movementId', message: 'not a movement' }],
      });
    return consignmentDto(await repos.cargo.dispatch(ctx, body));
  });
}

/**
 * The receipt of a consignment: each line's good, damaged and lost counts must account for every unit dispatched
 * (domain receiptProblems); damage or loss needs a note. Received once.
 */
export async function receiveConsignment(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: ReceiptBody,
): Promise<ConsignmentDto> {
  return store.transaction(async (repos) => {
    const consignment = await repos.cargo.findById(scope, id);
    if (!consignment) throw notFound('Consignment');
    if (consignment.receivedOn !== null)
      throw new HttpProblem(409, `Already received on ${consignment.receivedOn}`, {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'body', path: 'receivedOn', message: 'already received' }],
      });
    const errors: { in: 'body'; path: string; message: string }[] = [];
    if (body.lines.length !== consignment.lines.length)
      errors.push({ in: 'body', path: 'lines', message: `one count per line: ${consignment.lines.length}` });
    if (body.receivedOn < consignment.dispatchedOn)
      errors.push({ in: 'body', path: 'receivedOn', message: 'before it was dispatched' });
    const counted = consignment.lines.map((line, i) => ({ ...line, received: body.lines[i] ?? null }));
    for (const problem of receiptProblems(counted))
      errors.push({ in: 'body', path: `lines[${problem.line - 1}]`, message: problem.reason });
    const withLoss = counted.some((l) => l.received && (l.received.damaged > 0 || l.received.lost > 0));
    if (withLoss && !body.lossNote)
      errors.push({ in: 'body', path: 'lossNote', message: 'damage or loss needs a note' });
    if (errors.length > 0)
      throw new HttpProblem(
        400,
        `The receipt does not add up: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        {
          type: 'urn:parley:problem:validation',
          errors,
        },
      );
    return consignmentDto(
      await repos.cargo.receive(ctx, id, {
        receivedOn: body.receivedOn,
        lossNote: body.lossNote || null,
        lines: body.lines,
      }),
    );
  });
}
