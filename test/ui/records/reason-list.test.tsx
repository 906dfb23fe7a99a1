import { describe, expect, it } from 'vitest';
import type { ProvenanceReason } from '../../../src/engine/records/ledger';
import type { MachineWithdrawal } from '../../../src/engine/records/machine';
import { useReasonText } from '../../../src/ui/records/reason-list';
import { render, visibleText } from '../authoring/render';

function Reasons({
  reasons,
  withdrawal,
}: {
  reasons: ProvenanceReason[];
  withdrawal?: MachineWithdrawal;
}) {
  const reasonText = useReasonText();
  return <p>{reasonText(reasons, withdrawal)}</p>;
}

const withdrawal = { by: '人事 李', at: Date.UTC(2026, 11, 7, 12), why: '笔记本丢失' };

describe('the reasons a merged record is not genuine', () => {
  it('a withdrawn signer is named with who withdrew it, when and why, when the plan knows', async () => {
    const reasons: ProvenanceReason[] = ['withdrawn-source', 'altered'];
    expect(visibleText(await render('zh-CN', <Reasons {...{ reasons, withdrawal }} />))).toContain(
      '签名的机器已撤销登记（人事 李 于 2026/12/7 撤销，理由：笔记本丢失）；封存后被改动过',
    );
    expect(visibleText(await render('en', <Reasons {...{ reasons, withdrawal }} />))).toContain(
      'signed by a withdrawn machine (withdrawn by 人事 李 on 12/7/2026: 笔记本丢失); changed after it was sealed',
    );
  });

  it('a stored record’s reason, without the withdrawal at hand, still says its signer was withdrawn', async () => {
    const reasons: ProvenanceReason[] = ['withdrawn-source'];
    expect(visibleText(await render('zh-CN', <Reasons reasons={reasons} />))).toContain(
      '签名的机器已撤销登记',
    );
    expect(visibleText(await render('en', <Reasons reasons={reasons} />))).toContain(
      'signed by a withdrawn machine',
    );
  });
});
