import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, type RouteAccess, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { IdParams } from '../routes/common.schemas.js';
import { todayIso } from '../today.js';
import { writeContext } from '../write-context.js';
import { meetingView, meetingViews } from './meeting-view.js';
import {
  ActionItemParams,
  ActionItemPatchBody,
  MeetingDto,
  MeetingListDto,
  NewActionItemBody,
  NewMeetingBody,
} from './meetings.schemas.js';
import { addActionItem, recordMeeting, setActionItemStatus } from './record-meeting.service.js';

/** Who may change an action item's status at all; which items and statuses, the policy (ACTION_ITEM_ACTS). */
const ACTION_ITEM_WRITERS: RouteAccess = { roles: ['coordinator', 'liaison'] };

/** Meetings and contacts: every role reads them with their action items; the coordinator records them. */
export const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meetings'];
  const errors = problemResponses(400, 401, 403, 404);

  app.get(
    '/meetings',
    { config: { access: SIGNED_IN }, schema: { tags, response: { 200: MeetingListDto, ...errors } } },
    async (req) => ({
      items: await meetingViews(
        app.store.repos,
        req.scope,
        await app.store.repos.meetings.list(),
        todayIso(),
      ),
    }),
  );

  app.get(
    '/meetings/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, params: IdParams, response: { 200: MeetingDto, ...errors } },
    },
    async (req) => meetingView(app.store.repos, req.scope, req.params.id, todayIso()),
  );

  app.post(
    '/meetings',
    {
      config: { access: COORDINATOR },
      schema: { tags, body: NewMeetingBody, response: { 201: MeetingDto, ...errors } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await recordMeeting(app.store, writeContext(req), req.scope, req.body, todayIso())),
  );

  app.post(
    '/meetings/:id/action-items',
    {
      config: { access: COORDINATOR },
      schema: { tags, params: IdParams, body: NewActionItemBody, response: { 201: MeetingDto, ...errors } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await addActionItem(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
        ),
  );

  app.patch(
    '/action-items/:id',
    {
      config: { access: ACTION_ITEM_WRITERS },
      schema: {
        tags,
        description:
          'Marks an action item done (with the day), dropped, or open again, with a note kept in its history. ' +
          "A liaison marks done (or open again) only its own party's items; the coordinator any, and drops them.",
        params: ActionItemParams,
        body: ActionItemPatchBody,
        response: { 200: MeetingDto, ...errors },
      },
    },
    async (req) =>
      setActionItemStatus(app.store, writeContext(req), req.scope, req.params.id, req.body, todayIso()),
  );
};
