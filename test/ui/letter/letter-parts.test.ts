import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { createProfile } from '../../../src/storage/profiles';
import { familyLetter, latestReaction, writtenSoFar } from '../../../src/ui/letter/letter-parts';
import { fakeLetter } from '../../support/fake-letter';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const letter = fakeLetter();

describe('the parts of a letter on screen', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('林悦', 'LETTER-1')).id;
  });

  it('shows the letter answered, the reply so far in order and the reaction to the last paragraph', async () => {
    const drafting = await recordReplies(await beginCall(profileId, letter), letter, [
      'p1-condolence',
      'p2-plain',
    ]);
    expect(familyLetter(drafting).map((e) => e.text.en)).toEqual(['reading p1']);
    expect(writtenSoFar(drafting).map((p) => [p.text.en, p.closing])).toEqual([
      ['reply p1-condolence', false],
      ['reply p2-plain', false],
    ]);
    expect(latestReaction(drafting).map((e) => e.text.en)).toEqual(['reading p3']);
  });

  it('shows no reaction before the first paragraph, and the Send last as the closing line once sent', async () => {
    const started = await beginCall(profileId, letter);
    expect(latestReaction(started)).toEqual([]);
    expect(writtenSoFar(started)).toEqual([]);
    const sent = await recordReplies(started, letter, ['p1-condolence', 'p2-plain', 'p3-send']);
    expect(writtenSoFar(sent).map((p) => [p.text.en, p.closing])).toEqual([
      ['reply p1-condolence', false],
      ['reply p2-plain', false],
      ['reply p3-send', true],
    ]);
    expect(latestReaction(sent).map((e) => e.text.en)).toEqual(['ending end-grudging']);
  });
});
