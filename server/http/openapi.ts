import { z } from 'zod';
import * as sync from '../../shared/sync';

/*
 * The OpenAPI 3.1 document, generated from the same zod schemas the server parses with
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema writes).
 */
const requests = {
  PushRequest: sync.PushRequest,
  ReceiptRequest: sync.ReceiptRequest,
  EnrolRequest: sync.EnrolRequest,
  SignInRequest: sync.SignInRequest,
  EnrolmentCodeRequest: sync.EnrolmentCodeRequest,
};
const responses = {
  PushResponse: sync.PushResponse,
  PushGap: sync.PushGap,
  PullResponse: sync.PullResponse,
  ReceiptResponse: sync.ReceiptResponse,
  ChainStatusResponse: sync.ChainStatusResponse,
  EnrolResponse: sync.EnrolResponse,
  SignInResponse: sync.SignInResponse,
  HealthResponse: sync.HealthResponse,
  EnrolmentCodeResponse: sync.EnrolmentCodeResponse,
  DeviceRevokeResponse: sync.DeviceRevokeResponse,
  ErrorBody: sync.ErrorBodySchema,
};

function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output') {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(out.schemas).map(([id, s]) => [id, withoutMeta(s as Record<string, unknown>)]));
}

function withoutMeta(schema: Record<string, unknown>) {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const error = (description: string) => json('ErrorBody', description);
const bearer = [{ deviceToken: [] }];
/** Both at once: the device's token and a signed-in supervisor's session token. */
const supervisor = [{ deviceToken: [], officerToken: [] }];
const officerErrors = {
  401: error('No or unknown device token; officer token missing, unknown, expired, ended, from another device, or officer disabled'),
  403: error('Device revoked, or the officer is not a supervisor'),
};
const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });

function pullParameters() {
  const shape = z.toJSONSchema(sync.PullQuery, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
  return [
    { name: 'cursor', in: 'query', required: false, schema: shape.properties.cursor, description: 'Opaque; omit to start from the beginning' },
    { name: 'limit', in: 'query', required: false, schema: shape.properties.limit },
  ];
}

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Field Recorder central API',
      version: String(sync.SYNC_PROTOCOL_VERSION),
      description: 'Sync protocol between field devices and the centre. Request bodies may be sent with Content-Encoding: gzip.',
    },
    components: {
      securitySchemes: {
        deviceToken: { type: 'http', scheme: 'bearer', description: 'The device token returned by enrolment' },
        officerToken: { type: 'apiKey', in: 'header', name: 'X-Officer-Token', description: 'session.token from sign-in: bound to the device, expires at session.expiresAt' },
      },
      schemas: { ...components(requests, 'input'), ...components(responses, 'output') },
    },
    paths: {
      '/v1/health': { get: { summary: 'Liveness and database check', responses: { 200: json('HealthResponse', 'Up'), 503: error('Database not answering') } } },
      '/v1/devices/enrol': {
        post: {
          summary: 'Trade a one-time enrolment code for a device token',
          requestBody: body('EnrolRequest'),
          responses: { 201: json('EnrolResponse', 'Enrolled'), 400: error('Invalid'), 403: error('Code invalid, used or expired'), 409: error('Device already enrolled'), 429: error('Too many failed attempts') },
        },
      },
      '/v1/officers/sign-in': {
        post: {
          summary: 'Check an officer’s password (argon2id) from an enrolled device',
          security: bearer,
          requestBody: body('SignInRequest'),
          responses: { 200: json('SignInResponse', 'Signed in'), 401: error('Wrong username or password, or no device token'), 403: error('Disabled or device revoked'), 429: error('Too many failed attempts') },
        },
      },
      '/v1/officers/sign-out': {
        post: {
          summary: 'End the calling officer’s session at the centre (its token is refused from then on)',
          security: [{ deviceToken: [], officerToken: [] }],
          responses: { 204: { description: 'Signed out' }, 401: officerErrors[401], 403: error('Device revoked') },
        },
      },
      '/v1/admin/enrolment-codes': {
        post: {
          summary: 'A supervisor issues a one-time device enrolment code (shown once)',
          security: supervisor,
          requestBody: { required: false, content: { 'application/json': { schema: ref('EnrolmentCodeRequest') } } },
          responses: { 201: json('EnrolmentCodeResponse', 'Issued'), 400: error('Invalid'), ...officerErrors },
        },
      },
      '/v1/admin/devices/{id}/revoke': {
        post: {
          summary: 'A supervisor revokes a device: its token and its officers’ sessions stop working at once',
          security: supervisor,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: json('DeviceRevokeResponse', 'Revoked'), 400: error('Invalid id'), ...officerErrors, 404: error('No such device') },
        },
      },
      '/v1/sync/push': {
        post: {
          summary: 'Push a batch of outbox changes (exactly once, in one transaction)',
          security: bearer,
          requestBody: body('PushRequest'),
          responses: {
            200: json('PushResponse', 'Per-change results; a repeated batchId replays the stored answer'),
            400: error('Invalid batch'),
            401: error('No or unknown device token'),
            403: error('Revoked, or deviceId is not this device'),
            409: json('PushGap', 'Sequence gap (resend from lastAppliedSeq + 1), or batchId reused for a different batch'),
            413: error('Batch too large'),
          },
        },
      },
      '/v1/sync/pull': {
        get: {
          summary: 'Changes since the cursor, in commit order',
          security: bearer,
          parameters: pullParameters(),
          responses: { 200: json('PullResponse', 'One page'), 400: error('Invalid cursor or limit'), 401: error('No or unknown device token'), 409: error('Centre behind the cursor') },
        },
      },
      '/v1/sync/chain': {
        get: {
          summary: 'The centre’s verdict on this device’s audit chain: how far it is verified and the breaks found',
          security: bearer,
          responses: { 200: json('ChainStatusResponse', 'Chain state'), 401: error('No or unknown device token') },
        },
      },
      '/v1/sync/receipt': {
        post: {
          summary: 'Compare per-range counts and digests of the device’s records with the centre’s',
          security: bearer,
          requestBody: body('ReceiptRequest'),
          responses: { 200: json('ReceiptResponse', 'Which ranges differ'), 400: error('Invalid'), 401: error('No or unknown device token') },
        },
      },
    },
  };
}
