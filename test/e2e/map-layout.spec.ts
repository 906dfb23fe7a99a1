import { expect, test, type Locator, type Page } from '@playwright/test';
import { walkPaths } from '../../src/engine/analyse-paths';
import { draftGraph } from '../../src/engine/authoring/draft-graph';
import { pathMap } from '../../src/engine/path-map';
import type { Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { layoutMap } from '../../src/ui/components/map-layout';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import {
  createTrainee,
  openTrainerTool,
  passRoleGateIfShown,
  reply,
  takeCall,
} from './support/steps';
import { openInOutline } from './support/author-steps';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/**
 * Where a map's node boxes stand against the map's own viewport once it has opened: the nodes
 * outside it or under its zoom buttons, and the pairs of nodes whose boxes intersect (touching
 * edges do not count).
 */
async function mapReport(map: Locator) {
  return map.evaluate((root) => {
    const flow = root.querySelector('.react-flow')!.getBoundingClientRect();
    const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => ({
      id: n.dataset.id ?? '',
      box: n.getBoundingClientRect(),
    }));
    const e = 0.5;
    const intersect = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > e &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > e;
    // The zoom buttons sit over the map: a node under them is not in view either.
    const controls = root.querySelector('.react-flow__controls')?.getBoundingClientRect();
    const outside = nodes
      .filter(
        ({ box }) =>
          box.width === 0 ||
          box.left < flow.left - e ||
          box.top < flow.top - e ||
          box.right > flow.right + e ||
          box.bottom > flow.bottom + e ||
          (controls !== undefined && intersect(box, controls)),
      )
      .map((n) => n.id);
    const overlaps: string[] = [];
    nodes.forEach((a, i) =>
      nodes.slice(i + 1).forEach((b) => {
        if (intersect(a.box, b.box)) overlaps.push(`${a.id}×${b.id}`);
      }),
    );
    return { count: nodes.length, outside, overlaps };
  });
}

/** The map shows every node of the case in view, none over another, once it has opened. */
async function expectWholeMap(map: Locator, scenario: Scenario, where: string, added = 0) {
  await expect
    .poll(() => mapReport(map), { message: `${scenario.id} ${where}` })
    .toEqual({ count: scenario.nodes.length + added, outside: [], overlaps: [] });
}

type MapOf = (scenario: Scenario) => {
  nodes: ReadonlyArray<{ id: string }>;
  edges: ReadonlyArray<{ from: string; to: string }>;
};

/**
 * The cases whose maps are hardest to open whole: the widest, the tallest and the one with the
 * most nodes. The unit test (test/ui/components/map-layout.test.ts) lays out every case's map
 * without overlaps; what only a browser shows is whether the fitted map stays in its viewport and
 * clear of the zoom buttons, and the largest extents are where that fails first.
 */
function hardestToFit(mapOf: MapOf): Scenario[] {
  const extents = BUNDLED_SCENARIOS.map((scenario) => {
    const map = mapOf(scenario);
    const placed = [
      ...layoutMap(
        map.nodes.map((n) => n.id),
        map.edges,
      ).values(),
    ];
    const span = (axis: 'x' | 'y') =>
      Math.max(...placed.map((p) => p[axis])) - Math.min(...placed.map((p) => p[axis]));
    return { scenario, width: span('x'), height: span('y'), nodes: placed.length };
  });
  const most = (key: 'width' | 'height' | 'nodes') =>
    extents.reduce((a, b) => (b[key] > a[key] ? b : a)).scenario;
  return [...new Set([most('width'), most('height'), most('nodes')])];
}

/** The shortest call through a case: any finished call's debrief shows the whole map. */
function shortestCall(scenario: Scenario): string[] {
  let shortest: string[] | null = null;
  walkPaths(scenario, (path) => {
    if (!shortest || path.choices.length < shortest.length) shortest = [...path.choices];
  });
  return shortest!;
}

/** Checks the map as just opened at the first size, then opened afresh at each other size. */
async function atEachSize(page: Page, check: (size: string) => Promise<void>) {
  for (const size of SIZES) {
    if (size !== SIZES[0]) {
      await page.setViewportSize(size);
      await page.reload();
    }
    await check(`${size.width}×${size.height}`);
  }
}

test('the hardest case graphs to fit open whole in the editor, no node over another, at both sizes', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await createTrainee(page, '图检查', 'MAP1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  const authoring = page.url();
  for (const scenario of hardestToFit(draftGraph)) {
    await page.setViewportSize(SIZES[0]);
    await page.goto(authoring);
    await passRoleGateIfShown(page, 'trainer');
    await page.getByLabel(zhCN.author.copyPick).selectOption(scenario.id);
    await page.getByRole('button', { name: zhCN.author.copyButton }).click();
    const graph = page.getByRole('group', { name: zhCN.author.graphLabel });
    await expect(graph).toBeVisible();
    await atEachSize(page, async (size) => {
      await passRoleGateIfShown(page, 'trainer');
      await expectWholeMap(graph, scenario, `case graph ${size}`);
    });
  }
});

test('the hardest debrief path maps to fit open whole, no node over another, at both sizes', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await createTrainee(page, '路径检查', 'MAP2');
  const library = page.url();
  for (const scenario of hardestToFit((scenario) => pathMap(scenario, []))) {
    await page.setViewportSize(SIZES[0]);
    await page.goto(library);
    await takeCall(page, scenario);
    await reply(page, scenario, shortestCall(scenario));
    await page.getByRole('button', { name: '查看复盘' }).click();
    const map = page.getByRole('group', { name: zhCN.debrief.pathMapLabel });
    await expect(map).toBeVisible();
    await atEachSize(page, (size) => expectWholeMap(map, scenario, `path map ${size}`));
    // A picture, told in words by the replay below: its only tab stops are the zoom buttons.
    const stops = await map.evaluate(
      (root) =>
        [...root.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter(
          (el) => el.tabIndex >= 0 && !el.closest('.react-flow__controls'),
        ).length,
    );
    expect(stops, `${scenario.id} tab stops in the map`).toBe(0);
  }
});

test('the case graph fits again after a reply is pointed elsewhere and as decision points are added', async ({
  page,
}) => {
  const scenario = hardestToFit(draftGraph)[0]!;
  await createTrainee(page, '图重排', 'MAP3');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(zhCN.author.copyPick).selectOption(scenario.id);
  await page.getByRole('button', { name: zhCN.author.copyButton }).click();
  const graph = page.getByRole('group', { name: zhCN.author.graphLabel });
  await expectWholeMap(graph, scenario, 'as opened');
  // The start's first reply now leads straight to the last ending: the layout changes, the count does not.
  const start = scenario.nodes.find((n) => n.id === scenario.start)!;
  const ending = [...scenario.nodes].reverse().find((n) => n.kind === 'ending')!;
  await openInOutline(page, start.id);
  await page
    .locator('.node-editor')
    .getByLabel(zhCN.author.reply.next, { exact: true })
    .first()
    .selectOption(ending.id);
  await expectWholeMap(graph, scenario, 'after pointing a reply elsewhere');
  // Three decision points added, one after another, as a trainer writes: all in view each time.
  for (const added of [1, 2, 3]) {
    await page.getByRole('button', { name: zhCN.author.addDecision }).click();
    await expectWholeMap(graph, scenario, `with ${added} added`, added);
  }
});
