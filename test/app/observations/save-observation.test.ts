import { beforeEach, describe, expect, it } from 'vitest';
import { blankMarks } from '../../../src/engine/observer-checklist';
import { listObservations, saveObservation } from '../../../src/app/observations/save-observation';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const allMet = () => blankMarks().map((m) => ({ ...m, met: true }));

describe('observations', () => {
  beforeEach(freshDatabase);

  it('saves a scored role-play to the representative’s profile, computing the total itself', async () => {
    const rep = await createProfile('王小明', '1024');
    const marks = allMet().map((m) =>
      m.itemId === 'dimension-listen' ? { ...m, met: false, note: '  打断了两次  ' } : m,
    );
    const saved = await saveObservation({
      profileId: rep.id,
      scenario,
      observer: ' 陈老师 ',
      checklist: marks,
      notes: '整体不错',
    });
    expect(saved).toMatchObject({
      profileId: rep.id,
      scenarioId: 'fake-call',
      scenarioVersion: 1,
      observerId: '陈老师',
      total: 86,
      notes: '整体不错',
    });
    expect(saved.checklist.find((m) => m.itemId === 'dimension-listen')?.note).toBe('打断了两次');
    expect(await listObservations(rep.id)).toEqual([saved]);
  });

  it('refuses a missing observer, an unknown profile or an incomplete checklist', async () => {
    const rep = await createProfile('王小明', '1024');
    const base = {
      profileId: rep.id,
      scenario,
      observer: '陈老师',
      checklist: allMet(),
      notes: '',
    };
    await expect(saveObservation({ ...base, observer: '  ' })).rejects.toMatchObject({
      reason: 'observer',
    });
    await expect(saveObservation({ ...base, profileId: 'nobody' })).rejects.toMatchObject({
      reason: 'profile',
    });
    await expect(saveObservation({ ...base, checklist: allMet().slice(1) })).rejects.toMatchObject({
      reason: 'checklist',
    });
    expect(await listObservations(rep.id)).toEqual([]);
  });

  it('lists only that representative’s role-plays, newest first', async () => {
    const a = await createProfile('王小明', '1024');
    const b = await createProfile('李华', '2048');
    const first = await saveObservation({
      profileId: a.id,
      scenario,
      observer: '陈',
      checklist: allMet(),
      notes: '',
    });
    await new Promise((r) => setTimeout(r, 2));
    const second = await saveObservation({
      profileId: a.id,
      scenario,
      observer: '陈',
      checklist: allMet(),
      notes: '',
    });
    await saveObservation({
      profileId: b.id,
      scenario,
      observer: '陈',
      checklist: allMet(),
      notes: '',
    });
    expect((await listObservations(a.id)).map((o) => o.id)).toEqual([second.id, first.id]);
  });
});
