import { beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/engine/content-hash';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { importPack } from '../../../src/app/packs/import-pack';
import {
  getCustomScenario,
  listCustomScenarios,
  packText,
} from '../../../src/storage/custom-scenarios';
import { beginCall } from '../../../src/app/calls/begin-call';
import { createProfile } from '../../../src/storage/profiles';
import { freshDatabase } from '../../storage/setup-db';
import { oneDecisionCase } from '../../support/one-decision-case';

const bundledIds = BUNDLED_SCENARIOS.map((s) => s.id);
const ac = BUNDLED_SCENARIOS.find((s) => s.id === 'air-conditioner-remote')!;
const renamed = {
  ...ac,
  id: 'my-remote-case',
  title: { 'zh-CN': '我们中心的遥控器案例', en: 'Our centre’s remote case' },
};

describe('imported case packs', () => {
  beforeEach(freshDatabase);

  it('imports every case of a valid pack, with its content hash', async () => {
    const result = await importPack(new Blob([packText([renamed])]), bundledIds);
    expect(result).toEqual({
      ok: true,
      cases: [{ id: 'my-remote-case', title: renamed.title }],
      advice: [],
    });
    expect(await getCustomScenario('my-remote-case')).toEqual(renamed);
    expect((await listCustomScenarios()).map((s) => s.id)).toEqual(['my-remote-case']);
    expect(await contentHash(await getCustomScenario('my-remote-case'))).toBe(
      await contentHash(renamed),
    );
  });

  it('writes nothing when any case in the pack is invalid', async () => {
    const broken = { ...renamed, id: 'second', start: 'nowhere' };
    const result = await importPack(new Blob([packText([renamed, broken])]), bundledIds);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        expect.objectContaining({
          path: '$.scenarios[1].start',
          message: 'no node has the id "nowhere"',
        }),
      ],
    });
    expect(await listCustomScenarios()).toEqual([]);
  });

  it('imports a one-decision case without a key cue, the teaching checks given as advice', async () => {
    const result = await importPack(new Blob([packText([oneDecisionCase()])]), bundledIds);
    expect(result.ok).toBe(true);
    const advice = result.ok ? result.advice : [];
    expect(advice.map((a) => a.check)).toEqual(expect.arrayContaining(['size', 'keyCue']));
    expect(await listCustomScenarios()).toHaveLength(1);
  });

  it('refuses a case that would shadow a bundled one', async () => {
    const result = await importPack(new Blob([packText([ac])]), bundledIds);
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.scenarios[0].id' }] });
    expect(await listCustomScenarios()).toEqual([]);
  });

  it('refuses an oversized file before reading it', async () => {
    const result = await importPack(new Blob(['x'.repeat(6 * 1024 * 1024)]), bundledIds);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: 'the file is 6.0 MB; the limit is 5 MB' }],
    });
  });
});

describe('recordings travel with packs', () => {
  beforeEach(freshDatabase);
  const clip = 'data:audio/webm;codecs=opus;base64,GkXfo0AgQoaBAUL3gQFC8oEEQvOBCEKChHdlYm0=';

  it('imports the media of a pack as recordings of its lines, and exports them again', async () => {
    const { mediaFor } = await import('../../../src/storage/custom-scenarios');
    const { recordingsFor } = await import('../../../src/storage/recordings');
    const key = `my-remote-case/${renamed.start}/0`;
    const result = await importPack(new Blob([packText([renamed], { [key]: clip })]), bundledIds);
    expect(result).toEqual({
      ok: true,
      cases: [{ id: 'my-remote-case', title: renamed.title }],
      advice: [],
    });
    expect(await recordingsFor('my-remote-case')).toEqual(new Map([[key, clip]]));
    expect(await mediaFor([renamed])).toEqual({ [key]: clip });
  });

  it('refuses media that is not an audio recording of a line in the pack, writing nothing', async () => {
    const result = await importPack(
      new Blob([
        packText([renamed], {
          'other-case/opening/0': clip,
          'my-remote-case/opening/0': 'javascript:alert(1)',
        }),
      ]),
      bundledIds,
    );
    expect(result.ok).toBe(false);
    if (!result.ok && 'problems' in result)
      expect(result.problems.map((p) => p.path)).toEqual([
        '$.media["other-case/opening/0"]',
        '$.media["my-remote-case/opening/0"]',
      ]);
    expect(await listCustomScenarios()).toEqual([]);
  });

  it('asks before replacing an imported case with other content, and writes nothing until told', async () => {
    await importPack(new Blob([packText([renamed])]), bundledIds);
    const profileId = (await createProfile('王', 'R1')).id;
    await beginCall(profileId, renamed);
    const changed = { ...renamed, version: renamed.version + 1, difficulty: 1 };

    const asked = await importPack(new Blob([packText([changed])]), bundledIds);
    expect(asked).toEqual({
      ok: false,
      replacing: [
        {
          id: 'my-remote-case',
          title: renamed.title,
          fromVersion: renamed.version,
          toVersion: renamed.version + 1,
          openCalls: 1,
        },
      ],
    });
    expect(await getCustomScenario('my-remote-case')).toEqual(renamed);

    const replaced = await importPack(new Blob([packText([changed])]), bundledIds, {
      replace: true,
    });
    expect(replaced).toEqual({
      ok: true,
      cases: [{ id: 'my-remote-case', title: renamed.title }],
      advice: [],
    });
    expect(await getCustomScenario('my-remote-case')).toEqual(changed);
  });

  it('imports the same content again without asking', async () => {
    await importPack(new Blob([packText([renamed])]), bundledIds);
    const again = await importPack(new Blob([packText([renamed])]), bundledIds);
    expect(again).toEqual({
      ok: true,
      cases: [{ id: 'my-remote-case', title: renamed.title }],
      advice: [],
    });
  });

  it('never replaces a bundled case, even when told to', async () => {
    const result = await importPack(new Blob([packText([{ ...ac, version: 9 }])]), bundledIds, {
      replace: true,
    });
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.scenarios[0].id' }] });
    expect(await listCustomScenarios()).toEqual([]);
  });
});
