import { describe, expect, it } from 'vitest';
import type { EnrolledMachineRecord } from '../../../src/engine/records/machine';
import { MachineEntry } from '../../../src/ui/hr/machine-entry';
import { WithdrawMachineForm } from '../../../src/ui/hr/withdraw-machine-form';
import { render, visibleText } from '../authoring/render';

const A = 'a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90';
// Noon UTC: the same calendar day in every time zone the tests run in.
const day = (d: number) => Date.UTC(2026, 11, d, 12);
const enrolled: EnrolledMachineRecord = {
  fingerprint: A,
  label: '培训室 1 号机',
  enrolledBy: '人事 张',
  enrolledAt: day(1),
};
const withdrawn: EnrolledMachineRecord = {
  ...enrolled,
  enrolledBy: '人事 王',
  enrolledAt: day(5),
  withdrawal: { by: '人事 王', at: day(7), why: '换了新电脑' },
  earlier: [
    {
      label: '培训室 1 号机',
      enrolledBy: '人事 张',
      enrolledAt: day(1),
      withdrawal: { by: '人事 李', at: day(3), why: '指纹抄错了机器' },
    },
  ],
};
const none = () => {};
const entry = (machine: EnrolledMachineRecord, withdrawing = false) => (
  <MachineEntry
    machine={machine}
    withdrawing={withdrawing}
    onWithdraw={none}
    onCancel={none}
    onWithdrawn={none}
    onStale={none}
    onEnrolAgain={none}
  />
);

describe('a machine in HR’s list', () => {
  it('an enrolled machine says so and offers to withdraw it, named for a screen reader', async () => {
    const zh = await render('zh-CN', entry(enrolled));
    expect(zh).toContain('data-standing="enrolled"');
    expect(visibleText(zh)).toContain('已登记 “培训室 1 号机” · 指纹 ' + A);
    expect(zh).toContain('aria-label="撤销登记“培训室 1 号机”"');
    expect(zh).not.toContain('重新登记');
    const en = await render('en', entry(enrolled));
    expect(en).toContain('aria-label="Withdraw “培训室 1 号机”"');
  });

  it('a withdrawn machine stays listed: who withdrew it, when and why, its earlier enrolment, and a way to enrol it again', async () => {
    const zh = await render('zh-CN', entry(withdrawn));
    const text = visibleText(zh);
    expect(zh).toContain('data-standing="withdrawn"');
    expect(text).toContain('已撤销');
    expect(text).toContain('人事 王 登记于 2026/12/5');
    expect(text).toContain('人事 王 于 2026/12/7 撤销登记，理由：换了新电脑');
    expect(text).toContain(
      '此前一次登记：“培训室 1 号机”，人事 张 登记于 2026/12/1，人事 李 于 2026/12/3 撤销，理由：指纹抄错了机器',
    );
    expect(zh).toContain('aria-label="重新登记“培训室 1 号机”"');
    expect(zh).not.toContain('撤销登记“');
    const en = visibleText(await render('en', entry(withdrawn)));
    expect(en).toContain('Withdrawn');
    expect(en).toContain('withdrawn by 人事 王 on 12/7/2026: 换了新电脑');
    expect(en).toContain('Earlier enrolment: “培训室 1 号机”, enrolled by 人事 张 on 12/1/2026');
  });

  it('withdrawing says what it means before HR confirms, and asks who and why', async () => {
    const zh = visibleText(await render('zh-CN', entry(enrolled, true)));
    expect(zh).toContain('撤销登记“培训室 1 号机”');
    expect(zh).toContain('这台机器签名的记录包一律按未核实处理');
    expect(zh).toContain('撤销前签名、撤销后才合并的记录包也一样');
    expect(zh).toContain('已经从它合并进来的记录保持原样');
    expect(zh).toContain('经办人');
    expect(zh).toContain('理由');
    expect(zh).toContain('确认撤销登记');
    expect(zh).toContain('取消');
    const en = visibleText(
      await render(
        'en',
        <WithdrawMachineForm
          machine={enrolled}
          onCancel={none}
          onWithdrawn={none}
          onStale={none}
        />,
      ),
    );
    expect(en).toContain('checked as unverified');
    expect(en).toContain('Records already merged from it stay as they are');
    expect(en).toContain('Withdraw this machine');
  });
});
