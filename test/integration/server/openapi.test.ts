import { describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { openApiDocument } from '../../../server/http/openapi';

type Doc = { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Record<string, unknown>> } };

/** Every `$ref` anywhere in the document. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

// The document does not need a database; routes are only registered, never called.
const noDatabase = {} as Database;

describe('OpenAPI document generated from the zod schemas', () => {
  const doc = openApiDocument() as Doc;

  it('is OpenAPI 3.1 and every $ref resolves to a component', () => {
    expect(doc.openapi).toBe('3.1.0');
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
    }
  });

  it('describes the push batch as the server parses it: bounds, required fields, no unknown fields', () => {
    const push = doc.components.schemas.PushRequest as { required: string[]; additionalProperties: boolean; properties: Record<string, { maxItems?: number; items?: { additionalProperties?: boolean } }> };
    expect(push.required).toEqual(expect.arrayContaining(['deviceId', 'batchId', 'firstSeq', 'lastSeq', 'changes']));
    expect(push.additionalProperties).toBe(false);
    expect(push.properties.changes!.maxItems).toBe(2000);
    expect(push.properties.changes!.items!.additionalProperties).toBe(false);
    const results = JSON.stringify(doc.components.schemas.PushResponse);
    for (const status of ['applied', 'duplicate', 'conflict', 'rejected']) expect(results).toContain(`"const":"${status}"`);
    expect(JSON.stringify(doc.components.schemas.PushGap)).toContain('lastAppliedSeq');
  });

  it('lists exactly the routes the server has', async () => {
    const app = await buildServer({ database: noDatabase });
    try {
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const method of Object.keys(methods)) expect(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), `${method} ${path}`).toBe(true);
      }
      const served = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
      expect(served.json()).toEqual(doc);
    } finally {
      await app.close();
    }
  });
});
