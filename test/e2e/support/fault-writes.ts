import { expect, type Page } from '@playwright/test';
import { groupPosition } from '../../../src/engine/group-session';
import { zhCN } from '../../../src/ui/i18n/zh-CN';
import { openInOutline } from './author-steps';
import { readTables, type Row, type Tables } from './read-tables';
import {
  AC,
  AC_PATHS,
  openTrainerTool,
  passRoleGateIfShown,
  reply,
  replyText,
  takeCall,
} from './steps';

/** Every write a fault run may cut, each driven through the screen a user would use. */
export const WRITE_KINDS = [
  'reply',
  'last-reply',
  'vote',
  'quiz',
  'draft',
  'restore',
  'merge',
  'pack-import',
  'observation',
  'override',
  'cue-mark',
] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** Files made once, before the runs: a backup of the template machine and another machine's bundle. */
export interface FaultFiles {
  backup: string;
  bundle: string;
  /** A pack of one case new to the machine, for a trainer to import. */
  pack: string;
}

/**
 * One faulted write. `prepare` brings the screen to it (not faulted), `act` starts it, `done` waits
 * until the screen says it is saved. `check` compares the tables read after the fault with those
 * read just before `act`: nothing the screen showed as saved is missing, and the write is there
 * whole or not at all.
 */
export interface FaultedWrite {
  /** A store that the write's transactions cover, to count its requests for the cut. */
  store: string;
  /** About how many write requests it makes, so a cut can land anywhere among them. */
  requests: number;
  prepare(page: Page): Promise<void>;
  act(page: Page): Promise<void>;
  done(page: Page): Promise<void>;
  check(before: Tables, after: Tables): string[];
  /** What the screen showed as saved before the fault, for the run's report. */
  shown(): string;
}

type Random = () => number;
const REPLIES = AC_PATHS.recommended.choices;
const key = (row: Row) => String(row.id ?? row.key ?? row.profileId);
const newRows = (before: Tables, after: Tables, table: string) => {
  const old = new Set((before[table] ?? []).map(key));
  return (after[table] ?? []).filter((r) => !old.has(key(r)));
};
const byId = (tables: Tables, table: string, id: unknown) =>
  (tables[table] ?? []).find((r) => r.id === id);

/** The call the trainee is in (the active one that `prepare` opened). */
const activeCall = (tables: Tables) =>
  (tables.attempts ?? []).filter((a) => a.status === 'active').at(-1);

/** A reply in the middle of a call, or (last) the reply whose transaction seals the finished call. */
function replyWrite(random: Random, last: boolean): FaultedWrite {
  const committed = last ? REPLIES.length - 1 : Math.floor(random() * (REPLIES.length - 1));
  let shown = committed;
  let callId: unknown = null;
  const button = (page: Page) =>
    page.getByRole('button', { name: replyText(AC, REPLIES[committed]!) });
  return {
    store: 'steps',
    requests: 6,
    async prepare(page) {
      await takeCall(page, AC);
      await reply(page, AC, REPLIES.slice(0, committed));
    },
    act: (page) => button(page).click(),
    async done(page) {
      await expect(button(page)).toHaveCount(0);
      if (last) await expect(page.getByRole('button', { name: '查看复盘' })).toBeVisible();
      shown = committed + 1;
    },
    check(before, after) {
      callId = activeCall(before)?.id;
      const call = byId(after, 'attempts', callId);
      if (!call) return [`attempts: the call ${String(callId)} in progress is gone`];
      const kept = (call.choices as unknown[]).length;
      const problems: string[] = [];
      if (kept < shown || kept > committed + 1)
        problems.push(
          `attempts: ${kept} replies kept; ${shown} were on screen, ${committed + 1} sent`,
        );
      if (last && kept === REPLIES.length && call.status !== 'finished')
        problems.push(`attempts: every reply kept but the call is ${String(call.status)}`);
      return problems;
    },
    shown: () => `${shown}/${committed + 1} replies`,
  };
}

/** A vote count during a group session, and sometimes the decision that follows the room. */
function voteWrite(random: Random): FaultedWrite {
  const node = groupPosition(AC, []).node!;
  const plan = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
    Math.floor(random() * node.choices.length),
  );
  const follow = random() < 0.5;
  /** The counts after each vote sent, the first before any. */
  const states: Array<Record<string, number>> = [{}];
  /** How many of them the stage has shown (it shows the stored counts once a vote is written). */
  let shown = 0;
  let followed = false;
  return {
    store: 'groupSessions',
    requests: plan.length + (follow ? 1 : 0),
    async prepare(page) {
      await page.goto('./#/group');
      await passRoleGateIfShown(page, 'trainer');
      await page.getByLabel('案例', { exact: true }).selectOption(AC.id);
      await page.getByRole('button', { name: '开始研讨' }).click();
      await expect(page.getByRole('heading', { name: '第 1 个决策点' })).toBeVisible();
    },
    async act(page) {
      for (const n of plan) {
        const votes = { ...states.at(-1)! };
        const choice = node.choices[n]!.id;
        votes[choice] = (votes[choice] ?? 0) + 1;
        states.push(votes);
        // The stage shows the session's own order: the card is found by its reply, not its place.
        const card = page.locator(`.vote-card[data-choice="${choice}"]`);
        await card.getByRole('button', { name: /^给回答 \d+ 加一票$/ }).click();
        await expect(card.locator('.vote-count')).toHaveText(`${votes[choice]} 票`);
        shown = states.length - 1;
      }
      if (!follow) return;
      await page.getByRole('button', { name: '揭晓投票结果' }).click();
      const card = page.locator(`.vote-card[data-choice="${node.choices[plan[0]!]!.id}"]`);
      await card.getByRole('button', { name: '就走这条路' }).click();
    },
    async done(page) {
      if (!follow) return;
      await expect(page.getByRole('heading', { name: '第 2 个决策点' })).toBeVisible();
      followed = true;
    },
    check(before, after) {
      const session = byId(after, 'groupSessions', (before.groupSessions ?? []).at(-1)?.id);
      if (!session) return ['groupSessions: the session started before the fault is gone'];
      const turns = session.turns as unknown[];
      if (followed && turns.length !== 1)
        return [`groupSessions: the decision on screen is not on record (${turns.length} turns)`];
      if (turns.length > 0) return [];
      const stored = Object.entries((session.open as { votes: Record<string, number> }).votes)
        .filter(([, n]) => n > 0)
        .sort();
      const at = states.findIndex(
        (s) => JSON.stringify(Object.entries(s).sort()) === JSON.stringify(stored),
      );
      if (at < 0) return [`groupSessions: votes ${JSON.stringify(stored)} were never sent`];
      return at < shown
        ? [`groupSessions: ${at} votes on record, ${shown} were shown as counted`]
        : [];
    },
    shown: () => `${shown}/${plan.length} votes${followed ? ' and the decision' : ''}`,
  };
}

/** Answers of a quiz sitting in progress, and sometimes handing it in (sealed). */
function quizWrite(random: Random): FaultedWrite {
  const count = 1 + Math.floor(random() * 5);
  const handIn = random() < 0.5;
  const answered: string[] = [];
  let ordering = new Set<string>();
  let result = false;
  return {
    store: handIn ? 'quizAttempts' : 'settings',
    requests: handIn ? 4 : count,
    async prepare(page) {
      await page.goto('./#/quiz');
      await page.getByRole('button', { name: zhCN.certification.quiz.start }).click();
      await expect(page.locator('.quiz-item').first()).toBeVisible();
      ordering = new Set(
        await page
          .locator('.quiz-item:has(.quiz-ordering)')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-item')!)),
      );
    },
    async act(page) {
      const items = page.locator('.quiz-item:not(:has(.quiz-ordering))');
      for (let i = 0; i < count; i += 1) {
        const item = items.nth(i);
        const input = item.locator('input').first();
        await input.check();
        await expect(input).toBeChecked();
        answered.push((await item.getAttribute('data-item'))!);
      }
      if (handIn) await page.getByRole('button', { name: zhCN.certification.quiz.submit }).click();
    },
    async done(page) {
      if (!handIn) return;
      await expect(page.locator('.quiz-result')).toBeVisible();
      result = true;
    },
    check(before, after) {
      const sittings = newRows(before, after, 'quizAttempts');
      if (result && sittings.length !== 1)
        return [
          `quizAttempts: the result was on screen but ${sittings.length} sittings are stored`,
        ];
      if (sittings.length > 1)
        return [`quizAttempts: ${sittings.length} sittings from one hand-in`];
      if (sittings.length === 1) {
        const given = Object.entries(sittings[0]!.answers as Record<string, string[]>)
          .filter(([id, a]) => a.length > 0 && !ordering.has(id))
          .map(([id]) => id);
        return given.sort().join() === [...answered].sort().join()
          ? []
          : [`quizAttempts: handed in ${given.join()} but ${answered.join()} were answered`];
      }
      const progress = (after.settings ?? []).find((r) =>
        String(r.key).startsWith('quiz-in-progress:'),
      );
      if (!progress) return [];
      const stored = Object.entries(
        (progress.value as { answers: Record<string, string[]> }).answers,
      )
        .filter(([id, a]) => a.length > 0 && !ordering.has(id))
        .map(([id]) => id);
      const prefix = answered.slice(0, stored.length);
      return stored.sort().join() === [...prefix].sort().join()
        ? []
        : [
            `settings: quiz answers ${stored.join()} are not the first ones given (${answered.join()})`,
          ];
    },
    shown: () => `${answered.length} answers${result ? ' and the result' : ''}`,
  };
}

/** A case draft's autosave while a trainer types its title. */
function draftWrite(random: Random, seed: number): FaultedWrite {
  const titles = Array.from(
    { length: 1 + Math.floor(random() * 3) },
    (_, i) => `断电草稿${seed}-${i}`,
  );
  const waits = titles.map(() => random() < 0.5);
  let saved = -1;
  const A = zhCN.author;
  const status = (page: Page) => page.locator('.author-editor .editor-toolbar p[role="status"]');
  return {
    store: 'drafts',
    requests: titles.length,
    async prepare(page) {
      await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
      await page.getByRole('button', { name: A.newCase }).click();
      await expect(page.getByRole('heading', { name: A.untitled })).toBeVisible();
      await openInOutline(page, A.caseItem);
    },
    async act(page) {
      const field = page
        .locator('.editor-main')
        .getByRole('group', { name: A.fields.title, exact: true })
        .getByLabel('中文', { exact: true });
      for (const [i, title] of titles.entries()) {
        await field.fill(title);
        await expect(page.locator('#editor-title')).toHaveText(title);
        if (waits[i]) {
          await expect(status(page)).toContainText(A.saved);
          saved = i;
        }
      }
    },
    async done(page) {
      await expect(status(page)).toContainText(A.saved);
      saved = titles.length - 1;
    },
    check(before, after) {
      const opened = [...(before.drafts ?? [])].sort(
        (a, b) => Number(a.updatedAt) - Number(b.updatedAt),
      );
      const draft = byId(after, 'drafts', opened.at(-1)?.id);
      if (!draft) return ['drafts: the draft opened before the fault is gone'];
      const title = (draft.scenario as { title: Record<string, string> }).title['zh-CN'] ?? '';
      const at = titles.indexOf(title);
      if (at < saved) return [`drafts: holds "${title}" but "${titles[saved]}" was shown as saved`];
      return [];
    },
    shown: () => (saved < 0 ? 'nothing saved' : `title ${saved + 1}/${titles.length} saved`),
  };
}

/** The tables a restore or a merge replaces or adds to, keyed as IndexedDB keys them. */
const RECORD_KEYS: Record<string, (row: Row) => string> = {
  profiles: (r) => String(r.id),
  attempts: (r) => String(r.id),
  steps: (r) => `${String(r.attemptId)}#${String(r.index)}`,
  ledger: (r) => `${String(r.profileId)}#${String(r.seq)}`,
  outbox: (r) => String(r.id),
  quizAttempts: (r) => String(r.id),
  awards: (r) => String(r.id),
  profileSummaries: (r) => String(r.profileId),
};
const keysOf = (rows: readonly Row[] | undefined, table: string) =>
  JSON.stringify((rows ?? []).map(RECORD_KEYS[table]!).sort());

/** HR restores the whole-machine backup over records that have moved on since. */
function restoreWrite(random: Random, files: FaultFiles, backup: Tables): FaultedWrite {
  const replies = 1 + Math.floor(random() * 2);
  let restored = false;
  const rows = Object.values(backup).reduce((n, t) => n + t.length, 0);
  return {
    store: 'profiles',
    requests: rows + 20,
    async prepare(page) {
      await takeCall(page, AC);
      await reply(page, AC, REPLIES.slice(0, replies));
      await page.goto('./#/hr');
      await passRoleGateIfShown(page, 'hr');
      await page.goto('./#/data');
      await page.getByLabel('选择备份文件').setInputFiles(files.backup);
      await expect(page.getByRole('button', { name: '确认恢复' })).toBeEnabled();
    },
    act: (page) => page.getByRole('button', { name: '确认恢复' }).click(),
    async done(page) {
      await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
      restored = true;
    },
    check(before, after) {
      // Each table must be as it was or as in the backup, and all of them the same one of the two
      // (a table alike in both says nothing).
      let sides = new Set(['before', 'backup']);
      const seen: string[] = [];
      for (const table of Object.keys(RECORD_KEYS)) {
        const now = keysOf(after[table], table);
        const here = new Set<string>();
        if (now === keysOf(before[table], table)) here.add('before');
        if (now === keysOf(backup[table], table)) here.add('backup');
        sides = new Set([...sides].filter((side) => here.has(side)));
        seen.push(`${table} ${[...here].join('/') || 'neither'}`);
      }
      if (sides.size === 0) return [`restore: the tables are half restored: ${seen.join(', ')}`];
      if (restored && !sides.has('backup')) return ['restore: shown as restored, but it is not'];
      return [];
    },
    shown: () => (restored ? 'restored' : 'not yet restored'),
  };
}

/** HR merges another machine's signed records bundle. */
function mergeWrite(files: FaultFiles, bundle: Tables): FaultedWrite {
  let merged = false;
  const plan = (page: Page) => page.locator('.merge-plan');
  const records = ['profiles', 'attempts', 'quizAttempts', 'observations', 'overrides'];
  const rows = records.reduce((n, t) => n + (bundle[t]?.length ?? 0), 0);
  return {
    store: 'ledger',
    requests: 2 * rows + 2,
    async prepare(page) {
      await page.goto('./#/hr');
      await passRoleGateIfShown(page, 'hr');
      await expect(page.getByRole('heading', { name: '合并记录包' })).toBeVisible();
      await page.getByLabel('选择记录包文件').setInputFiles(files.bundle);
      await expect(plan(page).getByRole('button', { name: '确认合并' })).toBeEnabled();
    },
    act: (page) => plan(page).getByRole('button', { name: '确认合并' }).click(),
    async done(page) {
      await expect(plan(page).getByRole('status')).toContainText('已合并');
      merged = true;
    },
    check(before, after) {
      // A person new here keeps their 工号 (their id changes if it is someone else's here).
      const present = (tables: Tables, table: string, row: Row) =>
        table === 'profiles'
          ? (tables.profiles ?? []).some((p) => p.employeeId === row.employeeId)
          : byId(tables, table, row.id) !== undefined;
      // What was here before the merge is not part of its write.
      const presence = records.flatMap((table) =>
        (bundle[table] ?? [])
          .filter((r) => !present(before, table, r))
          .map((r) => `${table} ${String(r.id)} ${present(after, table, r) ? 'here' : 'absent'}`),
      );
      const sealed = (bundle.attempts ?? []).map((a) =>
        (after.ledger ?? []).some((l) => l.recordId === a.id) ? 'seal here' : 'seal absent',
      );
      const states = [...presence, ...sealed];
      const all = new Set(states.map((state) => state.endsWith('here')));
      if (all.size > 1) return [`merge: half merged (${states.join(', ')})`];
      if (merged && !all.has(true)) return ['merge: shown as merged, but it is not'];
      return [];
    },
    shown: () => (merged ? 'merged' : 'not yet merged'),
  };
}

/** A trainer imports a pack of one new case (with the recordings it carries, if any). */
function packImportWrite(files: FaultFiles): FaultedWrite {
  let imported = false;
  return {
    store: 'scenarios',
    // The case is written in one request (a pack of one, no recordings).
    requests: 1,
    async prepare(page) {
      await openTrainerTool(page, zhCN.trainerHub.tools.packs.name);
    },
    act: (page) => page.getByLabel(zhCN.packs.chooseFile).setInputFiles(files.pack),
    async done(page) {
      await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
      imported = true;
    },
    check(before, after) {
      const added = newRows(before, after, 'scenarios');
      if (added.length > 1) return [`scenarios: ${added.length} cases from a pack of one`];
      const [row] = added;
      if (imported && !row) return ['scenarios: shown as imported, but the case is not here'];
      if (
        row &&
        (typeof row.contentHash !== 'string' ||
          (row.scenario as { nodes?: unknown[] } | undefined)?.nodes?.length === 0)
      )
        return [`scenarios: ${String(row.id)} is not a whole case`];
      return [];
    },
    shown: () => (imported ? 'imported' : 'not yet imported'),
  };
}

/** A trainer saves an observed role-play of the trainee, sealed into the trainee's chain. */
function observationWrite(): FaultedWrite {
  let saved = false;
  const form = (page: Page) => page.locator('.observer-form');
  return {
    store: 'observations',
    // The observation and its seal, in one transaction.
    requests: 2,
    async prepare(page) {
      await openTrainerTool(page, '观察演练');
      await page.getByLabel('案例', { exact: true }).selectOption(AC.id);
      await page.getByLabel('扮演坐席的学员').selectOption({ label: '断电学员 · FAULT01' });
      await page.getByLabel('观察人').fill('断电老师');
      await page.getByRole('checkbox', { name: /^倾听/ }).check();
    },
    act: (page) => page.getByRole('button', { name: '保存到学员档案' }).click(),
    async done(page) {
      await expect(form(page).getByRole('status')).toContainText('已保存到 断电学员');
      saved = true;
    },
    check(before, after) {
      const added = newRows(before, after, 'observations');
      if (added.length > 1) return [`observations: ${added.length} from one save`];
      const [row] = added;
      if (saved && !row) return ['observations: shown as saved, but it is not here'];
      if (row && !(after.ledger ?? []).some((l) => l.recordId === row.id))
        return [`observations: ${String(row.id)} is here without its seal`];
      return [];
    },
    shown: () => (saved ? 'saved' : 'not yet saved'),
  };
}

/** The trainee's finished call the starting machine holds. */
const finishedCall = (tables: Tables) =>
  String((tables.attempts ?? []).find((a) => a.status === 'finished')!.id);

/**
 * The trainee says which line of the finished call revealed what the customer wanted: the call
 * is rescored and sealed again as a new link, with the roster summary, in one transaction.
 */
function cueMarkWrite(): FaultedWrite {
  let marked = false;
  let call = '';
  const region = (page: Page) => page.getByRole('region', { name: '关键线索' });
  return {
    store: 'attempts',
    requests: 3,
    async prepare(page) {
      call = finishedCall(await readTables(page));
      await page.goto(`./#/debrief/${call}`);
      await region(page).getByRole('radio').first().check();
    },
    act: (page) => region(page).getByRole('button', { name: '就是这句' }).click(),
    async done(page) {
      await expect(region(page).getByRole('button', { name: '就是这句' })).toHaveCount(0);
      marked = true;
    },
    check(_before, after) {
      const row = byId(after, 'attempts', call);
      if (!row) return [`attempts: the finished call ${call} is gone`];
      if (marked && !row.cueSpot) return ['attempts: the cue was shown as marked, but it is not'];
      return [];
    },
    shown: () => (marked ? 'marked' : 'not yet marked'),
  };
}

/** A trainer overrides the grade of the trainee's finished call, with a reason. */
function overrideWrite(): FaultedWrite {
  let saved = false;
  return {
    store: 'overrides',
    // The override, its seal and the trainee's roster summary, in one transaction.
    requests: 3,
    async prepare(page) {
      const call = finishedCall(await readTables(page));
      await page.locator('.app-nav a[href="#/trainer"]').click();
      await passRoleGateIfShown(page, 'trainer');
      await page.goto(`./#/debrief/${call}`);
      await page.getByRole('button', { name: '修改评分' }).click();
      await page.getByLabel('培训师评分（0–100）').fill('61');
      await page.getByLabel('培训师姓名').fill('断电老师');
      await page.getByLabel('理由（必填）').fill('断电前改的分。');
    },
    act: (page) => page.getByRole('button', { name: '保存评分' }).click(),
    async done(page) {
      await expect(page.getByLabel('培训师评分 61')).toBeVisible();
      saved = true;
    },
    check(before, after) {
      const added = newRows(before, after, 'overrides');
      if (added.length > 1) return [`overrides: ${added.length} from one save`];
      const [row] = added;
      if (saved && !row) return ['overrides: shown as saved, but it is not here'];
      if (row && !(after.ledger ?? []).some((l) => l.recordId === row.id))
        return [`overrides: ${String(row.id)} is here without its seal`];
      return [];
    },
    shown: () => (saved ? 'saved' : 'not yet saved'),
  };
}

/** The write a run cuts, chosen by its kind; `random` picks the details from the run's seed. */
export function faultedWrite(
  kind: WriteKind,
  random: Random,
  seed: number,
  files: FaultFiles,
  content: { backup: Tables; bundle: Tables },
): FaultedWrite {
  switch (kind) {
    case 'reply':
      return replyWrite(random, false);
    case 'last-reply':
      return replyWrite(random, true);
    case 'vote':
      return voteWrite(random);
    case 'quiz':
      return quizWrite(random);
    case 'draft':
      return draftWrite(random, seed);
    case 'restore':
      return restoreWrite(random, files, content.backup);
    case 'merge':
      return mergeWrite(files, content.bundle);
    case 'pack-import':
      return packImportWrite(files);
    case 'observation':
      return observationWrite();
    case 'override':
      return overrideWrite();
    case 'cue-mark':
      return cueMarkWrite();
  }
}
