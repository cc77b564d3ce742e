// A problem read through `node(id)` with its follow-ups: visible inside its owner's scope only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { freeSlots } from '../../testing/workflow';

const NODE = `query($id: ID!) { node(id: $id) { ... on Issue { id title status followUps { description status } } } }`;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('node(id) for an issue', () => {
  it("returns the problem and its follow-ups inside its owner's scope, and null outside", async () => {
    const [operator, head, puprHead] = await Promise.all([
      loginAs(t.base, 'operator-kesehatan'),
      loginAs(t.base, 'kadis-kesehatan'),
      loginAs(t.base, 'kadis-pupr'),
    ]);
    const [slot] = await freeSlots(t.db.prisma, 1);
    const created = await gql<{ createIssue: { id: string } }>(
      t.base,
      'mutation($input: CreateIssueInput!) { createIssue(input: $input) { id } }',
      {
        input: {
          subjectId: toGlobalId('Indicator', slot!.indicatorId),
          title: 'Laporan puskesmas terlambat',
          description: 'Tiga puskesmas belum mengirim data.',
        },
      },
      operator,
    );
    const issueId = created.data!.createIssue.id;
    await gql(
      t.base,
      'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
      { input: { issueId, description: 'Surat teguran dikirim.', status: 'IN_PROGRESS' } },
      head,
    );
    const seen = await gql<{ node: { followUps: { description: string }[]; status: string } }>(
      t.base,
      NODE,
      { id: issueId },
      head,
    );
    expect(seen.data!.node).toMatchObject({
      status: 'IN_PROGRESS',
      followUps: [{ description: 'Surat teguran dikirim.', status: 'IN_PROGRESS' }],
    });
    const outside = await gql<{ node: unknown }>(t.base, NODE, { id: issueId }, puprHead);
    expect(outside.data!.node).toBeNull();
  });
});
