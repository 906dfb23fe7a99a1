import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { answerCall } from '../../../src/app/calls/call-controls';
import { recordReply } from '../../../src/app/calls/record-reply';
import { getAttempt, resumeCall } from '../../../src/app/calls/resume-call';
import { prepareTypedReply } from '../../../src/app/calls/typed-reply';
import {
  activeLists,
  adoptKeptLists,
  adoptOrganisationLists,
  checkOrganisationListsFile,
  keptListsResolver,
  listsInUse,
  returnToReleasedLists,
} from '../../../src/app/organisation-lists/organisation-lists';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../../src/app/records/records-bundle';
import { replayClaim } from '../../../src/app/records/replay-claims';
import { contentHash } from '../../../src/engine/content-hash';
import { answeredCall, ringingCall } from '../../../src/engine/conversation';
import { DEFAULT_LISTS } from '../../../src/engine/detect/default-lists';
import type { AttemptRecord } from '../../../src/engine/records/attempt';
import { rederiveTypedReply, TypedTurnError } from '../../../src/engine/typed-turn';
import { storeImportedCases } from '../../../src/storage/import-pack';
import { useKeyDatabase } from '../../../src/storage/installation-key';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const ACME_3 = {
  id: 'acme-bank',
  version: '3',
  behaviours: { apologize: { 'zh-CN': ['赔个不是'] } },
};
const MERGED = `${DEFAULT_LISTS.version}+acme-bank.3`;
/** An apology in the organisation's house wording, which the released lists do not hear. */
const HOUSE_SORRY = '给您赔个不是，让您着急了，我是客服小李。';

const file = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

async function loaded(value: unknown) {
  const check = await checkOrganisationListsFile(file(value));
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check;
}

/** A trainee's typed call of one reply, said in the house wording with the lists in use. */
async function typedCall() {
  const profile = await createProfile('王小明', '1024');
  const begun = await beginCall(profile.id, scenario, { replyMode: 'type' });
  const call = await answerCall(begun, scenario, ringingCall(scenario));
  const attempt = (await getAttempt(begun.id))!;
  const prepared = prepareTypedReply(scenario, call, HOUSE_SORRY, 'zh-CN', {
    certification: false,
    lists: await activeLists(),
  });
  if (prepared.kind !== 'clear') throw new Error(prepared.kind);
  return recordReply(attempt, scenario, call, prepared.typed.matchedChoiceId, prepared.typed);
}

describe("an organisation's phrase lists in the app", () => {
  beforeEach(async () => {
    useKeyDatabase(`key-${crypto.randomUUID()}`);
    await freshDatabase();
  });

  it('previews what a file adds and the version typed turns will record', async () => {
    const check = await loaded({
      ...ACME_3,
      avoid: [{ lang: 'zh-CN', phrase: '按流程走', behaviour: 'policy-first' }],
      closings: { en: ['cheers then'] },
    });
    expect(check.preview).toEqual({
      id: 'acme-bank',
      version: '3',
      listsVersion: MERGED,
      behaviours: [
        { behaviour: 'apologize', patterns: 1, avoid: 0 },
        { behaviour: 'policy-first', patterns: 0, avoid: 1 },
      ],
      lists: [{ list: 'closings', patterns: 1 }],
      blocks: 0,
    });
    // Checking keeps nothing: typed replies still use the released lists.
    expect((await listsInUse()).kept).toEqual([]);
    expect((await activeLists()).version).toBe(DEFAULT_LISTS.version);
  });

  it('refuses a hostile or broken file with located problems, and keeps nothing', async () => {
    const broken = await checkOrganisationListsFile(new Blob(['{"id": "acme-bank",']));
    expect(broken).toMatchObject({ ok: false, problems: [{ path: '$', at: { line: 1 } }] });
    const badPattern = await checkOrganisationListsFile(
      file({ ...ACME_3, behaviours: { apologize: { 'zh-CN': ['赔个(不是'] } } }),
    );
    expect(badPattern).toMatchObject({
      ok: false,
      problems: [{ path: '$.behaviours.apologize["zh-CN"][0]' }],
    });
    if (!badPattern.ok) expect(badPattern.problems[0]!.text?.['zh-CN']).toMatch(/正则/);
    const stranger = await checkOrganisationListsFile(file({ ...ACME_3, script: 'alert(1)' }));
    expect(stranger.ok).toBe(false);
    const huge = await checkOrganisationListsFile(new Blob([new Uint8Array(1024 * 1024 + 1)]));
    expect(huge).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect((await listsInUse()).kept).toEqual([]);
  });

  it('uses a file for typed replies, goes back to the released lists, and uses a kept version again', async () => {
    expect(await adoptOrganisationLists((await loaded(ACME_3)).organisation)).toEqual({
      ok: true,
      listsVersion: MERGED,
    });
    expect((await activeLists()).version).toBe(MERGED);
    expect(await listsInUse()).toMatchObject({
      listsVersion: MERGED,
      organisation: { id: 'acme-bank', version: '3' },
      kept: [{ id: 'acme-bank', version: '3', listsVersion: MERGED }],
    });
    expect(await returnToReleasedLists()).toBe(DEFAULT_LISTS.version);
    expect(await listsInUse()).toMatchObject({
      listsVersion: DEFAULT_LISTS.version,
      organisation: null,
    });
    expect(await adoptKeptLists('acme-bank', '3')).toEqual({ ok: true, listsVersion: MERGED });
    expect(await adoptKeptLists('acme-bank', '9')).toMatchObject({ ok: false });
  });

  it('refuses the same id and version with other phrases, and keeps the first', async () => {
    await adoptOrganisationLists((await loaded(ACME_3)).organisation);
    const other = { ...ACME_3, behaviours: { apologize: { 'zh-CN': ['给您赔罪'] } } };
    const checked = await checkOrganisationListsFile(file(other));
    expect(checked).toMatchObject({ ok: false, problems: [{ path: '$.version' }] });
    expect(await adoptOrganisationLists(other)).toMatchObject({
      ok: false,
      problems: [{ path: '$.version' }],
    });
    // The same file again is no conflict.
    expect((await loaded(ACME_3)).preview.listsVersion).toBe(MERGED);
    const kept = await keptListsResolver();
    expect(kept(MERGED)?.behaviours.apologize?.['zh-CN']).toContain('赔个不是');
    expect(kept(MERGED)?.behaviours.apologize?.['zh-CN']).not.toContain('给您赔罪');
  });

  it('grades a typed reply with the lists in use, records their version, and re-derives it with the kept lists', async () => {
    await adoptOrganisationLists((await loaded(ACME_3)).organisation);
    const { attempt, call } = await typedCall();
    expect(attempt.turns[0]!.typed).toMatchObject({
      listsVersion: MERGED,
      matchedChoiceId: 'calm',
      behaviours: ['acknowledge-emotion', 'apologize', 'self-identify'],
    });
    // Going back to the released lists changes nothing for a turn already graded.
    await returnToReleasedLists();
    const resumed = await resumeCall(attempt, scenario);
    if (resumed.kind !== 'live') throw new Error(resumed.reason);
    expect(resumed.call.context.turns).toEqual(call.context.turns);
    expect(
      await replayClaim(attempt, async () => scenario, await keptListsResolver()),
    ).toMatchObject({ ok: true, differs: false });
    // Without the kept lists the turn's version is unknown: refused, never re-graded otherwise.
    expect(await replayClaim(attempt, async () => scenario)).toEqual({
      ok: false,
      reason: 'replay-failed',
    });
    const retry = await beginCall(attempt.profileId, scenario, {
      retryFrom: { attempt, turn: 2 },
    });
    expect(retry.turns[0]!.typed?.listsVersion).toBe(MERGED);
  });

  it('flags a turn naming organisation lists this machine does not keep', async () => {
    await adoptOrganisationLists((await loaded(ACME_3)).organisation);
    const { attempt } = await typedCall();
    const turn = attempt.turns[0]!;
    const unknown: AttemptRecord = {
      ...attempt,
      turns: [
        {
          ...turn,
          typed: { ...turn.typed!, listsVersion: `${DEFAULT_LISTS.version}+other-bank.1` },
        },
      ],
    };
    expect(await resumeCall(unknown, scenario)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
    expect(await replayClaim(unknown, async () => scenario, await keptListsResolver())).toEqual({
      ok: false,
      reason: 'replay-failed',
    });
    let thrown: unknown;
    try {
      rederiveTypedReply(scenario, answeredCall(scenario), unknown.turns[0]!.typed!, {
        certification: false,
        lists: await keptListsResolver(),
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypedTurnError);
    expect((thrown as TypedTurnError).problem).toBe('unknown-lists');
  });

  it('travels in a records bundle, so another machine re-derives the turn and keeps the lists', async () => {
    // The fake case is imported on the trainee's machine, so the bundle carries it as a pack.
    await freshDatabase();
    await storeImportedCases(
      [{ id: scenario.id, scenario, contentHash: await contentHash(scenario), importedAt: 1 }],
      [],
      1,
    );
    await adoptOrganisationLists((await loaded(ACME_3)).organisation);
    const { attempt } = await typedCall();
    const bundle = await exportRecordsBundle();
    const carried = JSON.parse(await bundle.text()) as Record<string, unknown>;
    expect(carried.organisationLists).toMatchObject([{ id: 'acme-bank', version: '3' }]);

    // HR's machine: another installation that has never seen the organisation's lists.
    useKeyDatabase(`key-${crypto.randomUUID()}`);
    const hr = await freshDatabase();
    await createProfile('王小明', '1024');
    const checked = await checkRecordsBundle(bundle);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.plan.refused).toEqual([]);
    expect(checked.plan.unverified.map((r) => r.id)).toEqual([attempt.id]);
    await applyMergePlan(checked.plan, [], { by: '人事 张', why: '培训室的机器' });
    expect(await hr.organisationLists.toArray()).toMatchObject([{ id: 'acme-bank', version: '3' }]);
    expect((await keptListsResolver())(MERGED)).toBeDefined();

    // The same bundle without the lists: the turn's version is unknown here, so it is refused.
    await freshDatabase();
    await createProfile('王小明', '1024');
    const stripped = await checkRecordsBundle(
      new Blob([JSON.stringify({ ...carried, organisationLists: [] })]),
    );
    if (!stripped.ok) throw new Error(JSON.stringify(stripped.problems));
    expect(stripped.plan.refused.map((r) => r.id)).toEqual([attempt.id]);
  });
});
