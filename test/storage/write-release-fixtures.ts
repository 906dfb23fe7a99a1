// Writes this release's backup and records bundle as fixture files, named by the schema version
// they declare (backup-v<n>.json, records-bundle-schema-v<n>.json). Run it once per
// released schema, before changing the stored shapes, with
//   npx tsx test/storage/write-release-fixtures.ts
// and commit the files: the migration tests then prove every later release still restores and
// merges them. Every table gets realistic rows, written by the app's own storage functions.
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { beginCall } from '../../src/app/calls/begin-call';
import { answerCall } from '../../src/app/calls/call-controls';
import { prepareTypedReply } from '../../src/app/calls/typed-reply';
import { recordReply } from '../../src/app/calls/record-reply';
import { spotCue } from '../../src/app/calls/spot-cue';
import { refreshCertification } from '../../src/app/certification/refresh-certification';
import { loadDemoOrganization } from '../../src/app/demo/demo-org';
import {
  activeLists,
  adoptOrganisationLists,
  checkOrganisationListsFile,
} from '../../src/app/organisation-lists/organisation-lists';
import { enrolMachine } from '../../src/app/records/machines';
import { saveObservation } from '../../src/app/observations/save-observation';
import { overrideGrade } from '../../src/app/overrides/override-grade';
import { followRecommended } from '../../src/engine/analyse-paths';
import { TIMEOUT } from '../../src/engine/call-progress';
import { answeredCall, reply, ringingCall } from '../../src/engine/conversation';
import { OBSERVER_CHECKLIST } from '../../src/engine/observer-checklist';
import type { DecisionNode, Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../../src/scenarios/bundled';
import { abandonAttempt, getAttempt } from '../../src/storage/attempts';
import { exportBackup } from '../../src/storage/backup';
import { recordQuizSitting } from '../../src/storage/certification';
import { assignCase, createCohort } from '../../src/storage/cohorts';
import { packText } from '../../src/storage/custom-scenarios';
import { ComplaintDeskDatabase, useDatabase } from '../../src/storage/database';
import { createDraft } from '../../src/storage/drafts';
import { saveDecision, startGroupSession } from '../../src/storage/group-sessions';
import { importPack } from '../../src/app/packs/import-pack';
import { saveLrsSettings } from '../../src/storage/lms-settings';
import { createProfile } from '../../src/storage/profiles';
import { saveQuizProgress } from '../../src/storage/quiz-progress';
import { saveRecording } from '../../src/storage/recordings';
import { exportRecordsBundle } from '../../src/app/records/records-bundle';
import { actAsOperator } from '../../src/app/session/tab-session';
import type { AttemptRecord } from '../../src/storage/records';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Plays `choices` after those already recorded, as the call screen records them, reply by reply. */
async function play(attempt: AttemptRecord, scenario: Scenario, choices: readonly string[]) {
  let current = attempt;
  let call = attempt.choices.reduce(
    (at, choice) => reply(scenario, at, choice),
    answeredCall(scenario),
  );
  for (const choice of choices)
    ({ attempt: current, call } = await recordReply(current, scenario, call, choice));
  return current;
}

// No tab signs anyone in here: the script acts as the machine's operator, as the test suite does.
actAsOperator();
const db = new ComplaintDeskDatabase();
await db.open();
useDatabase(db);

// No PINs: since backup format 2 a backup never holds them (backup-v4.json still has two, which
// the migration tests prove are never restored).
// An imported case: a bundled one under its own id, as a trainer's pack would bring it.
const custom: Scenario = { ...findBundledScenario('classmate-deposit')!, id: 'imported-deposit' };
const best = followRecommended(custom).choices;
const opening = custom.nodes.find((n) => n.id === custom.start) as DecisionNode;
const offPath = opening.choices.find((c) => c.id !== best[0])!.id;
const imported = await importPack(
  new Blob([packText([custom])]),
  BUNDLED_SCENARIOS.map((s) => s.id),
);
if (!imported.ok) throw new Error(JSON.stringify(imported));
await saveRecording(`${custom.id}/opening/0`, 'data:audio/webm;base64,GkXfo59ChoEBQveBAQ==');

const wang = await createProfile('王小明', '1024');
const li = await createProfile('李娜', 'E-2048');

// A practice call with the key cue spotted, then a retry from its second turn.
const practice = await play(await beginCall(wang.id, custom), custom, best);
const cueLine = practice.transcript.findIndex((e) => e.keyCue);
const spotted = await spotCue(practice, cueLine === -1 ? 0 : cueLine);
const retry = await beginCall(wang.id, custom, { retryFrom: { attempt: spotted, turn: 2 } });
await play(retry, custom, best.slice(1));
// A call gone quiet (a timed-out reply), left open.
await play(await beginCall(wang.id, custom), custom, [best[0]!, TIMEOUT]);
// Five certification runs and (below) a quiz sitting earn Foundation.
const five = [
  'classmate-deposit',
  'wrong-spare-part',
  'snobbish-salesperson',
  'power-fault-in-home',
  'manager-demand',
];
for (const [seed, id] of five.entries()) {
  const scenario = findBundledScenario(id)!;
  const run = await beginCall(wang.id, scenario, { certification: { seed: seed + 1 } });
  await play(run, scenario, followRecommended(scenario).choices);
}
// An organisation's phrase lists in use (schema v7), and a typed reply graded with them, whose
// turn names them so the records bundle carries them.
const house = await checkOrganisationListsFile(
  new Blob([
    JSON.stringify({
      id: 'acme-bank',
      version: '3',
      behaviours: { apologize: { 'zh-CN': ['赔个不是'] } },
    }),
  ]),
);
if (!house.ok) throw new Error(JSON.stringify(house.problems));
await adoptOrganisationLists(house.organisation);
const typedCall = await beginCall(li.id, custom, { replyMode: 'type' });
const typedAnswer = await answerCall(typedCall, custom, ringingCall(custom));
const bestReply = opening.choices.find((c) => c.id === best[0])!;
const typed = prepareTypedReply(
  custom,
  typedAnswer,
  `给您赔个不是。${bestReply.text['zh-CN']}`,
  'zh-CN',
  { certification: false, lists: await activeLists() },
);
if (typed.kind !== 'clear') throw new Error(`typed reply: ${typed.kind}`);
await recordReply(
  (await getAttempt(typedCall.id))!,
  custom,
  typedAnswer,
  typed.typed.matchedChoiceId,
  typed.typed,
);
// Replies queue xAPI statements only when an LRS is set; set one for this last call, so the
// outbox holds statements as in use without every call's.
await saveLrsSettings({
  endpoint: 'https://lrs.example.com/xAPI/',
  key: 'desk',
  secret: 'lrs-secret',
  homePage: 'https://training.example.com',
});
// A call left half-way.
await abandonAttempt((await play(await beginCall(li.id, custom), custom, [offPath])).id);

await recordQuizSitting({
  profileId: wang.id,
  itemIds: ['q-listen-1', 'q-apology-2', 'q-resolve-3', 'q-cue-4', 'q-close-5'],
  answers: { 'q-listen-1': ['b'], 'q-apology-2': ['a', 'c'] },
  correct: 4,
  total: 5,
  score: 80,
  seed: 42,
});
const facts = BUNDLED_SCENARIOS.map((s) => ({ id: s.id, difficulty: s.difficulty }));
await refreshCertification(wang.id, facts);
await saveQuizProgress(li.id, { seed: 7, itemIds: ['q-listen-1'], answers: {} }, null);

await overrideGrade(spotted.id, { total: 88, reason: '录音显示已确认回访时间', by: '张老师' });
await saveObservation({
  profileId: li.id,
  scenario: custom,
  observer: '张老师',
  checklist: OBSERVER_CHECKLIST.map((item, i) => ({
    itemId: item.id,
    met: i % 3 !== 0,
    note: i === 0 ? '开场没有报工号' : '',
  })),
  notes: '整体平稳，注意先致歉再解释。',
});

const cohort = await createCohort('三月新人班', [wang.id, li.id]);
await assignCase(cohort.id, custom.id, Date.now() + 7 * 86_400_000);
const session = await startGroupSession({
  scenario: custom,
  participants: ['小王', '小李', '小赵'],
  mode: 'votes',
});
await saveDecision(
  session.id,
  session.revision ?? 0,
  {
    nodeId: opening.id,
    votes: { [best[0]!]: 2, [offPath]: 1 },
    hotSeat: [],
    previewed: [offPath],
    followed: best[0]!,
  },
  null,
);
// HR trusts another installation's signed bundles (schema v6).
const enrolled = await enrolMachine(
  '3f2a 9c41 07be d815 6a0c 44e2 b9d3 1f70',
  '二号工位',
  '人事刘',
);
if (!enrolled.ok) throw new Error(enrolled.problems.join());
await createDraft({ ...custom, id: 'draft-case', title: { 'zh-CN': '草稿', en: 'Draft' } });
await loadDemoOrganization(() => {}, { people: 2, attempts: 4 });

const backup = JSON.parse(await (await exportBackup()).text()) as { schemaVersion: number };
const bundle = JSON.parse(await (await exportRecordsBundle()).text()) as { schemaVersion: number };
// records-bundle-v1.json is the bundle of schema v4, written before bundles declared their schema.
for (const [name, data] of [
  [`backup-v${backup.schemaVersion}.json`, backup],
  [`records-bundle-schema-v${bundle.schemaVersion}.json`, bundle],
] as const) {
  const path = new URL(name, FIXTURES);
  // A released fixture is history: it is never rewritten by a later release.
  if (existsSync(path)) throw new Error(`${name} exists already; it records a released version`);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote test/storage/fixtures/${name}\n`);
}
db.close();
