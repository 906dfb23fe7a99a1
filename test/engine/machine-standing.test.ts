import { describe, expect, it } from 'vitest';
import {
  enrolledNow,
  isTrusted,
  withdrawalInForce,
  withdrawnNow,
} from '../../src/engine/machine-standing';
import { enrolledMachineSchema } from '../../src/engine/records/machine';

const A = 'a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90';
const enrolment = { fingerprint: A, label: '培训室 1 号机', enrolledBy: '人事 张', enrolledAt: 10 };
const withdrawal = { by: '人事 李', at: 20, why: '笔记本丢失' };

describe('a machine’s standing', () => {
  it('a row written before withdrawing existed reads as it was, and as trusted', () => {
    const old = enrolledMachineSchema.parse(enrolment);
    expect(old).toEqual(enrolment);
    expect(isTrusted(old)).toBe(true);
  });

  it('withdrawn, it keeps its enrolment and is no longer trusted', () => {
    const withdrawn = withdrawnNow(enrolment, withdrawal);
    expect(withdrawn).toEqual({ ...enrolment, withdrawal });
    expect(isTrusted(withdrawn)).toBe(false);
    expect(enrolledMachineSchema.parse(withdrawn)).toEqual(withdrawn);
  });

  it('enrolled again, the withdrawn enrolment moves among the earlier ones; a rename keeps them', () => {
    const again = enrolledNow(withdrawnNow(enrolment, withdrawal), {
      ...enrolment,
      enrolledBy: '人事 王',
      enrolledAt: 30,
    });
    const earlier = [{ label: '培训室 1 号机', enrolledBy: '人事 张', enrolledAt: 10, withdrawal }];
    expect(again).toEqual({ ...enrolment, enrolledBy: '人事 王', enrolledAt: 30, earlier });
    expect(isTrusted(again)).toBe(true);
    expect(enrolledNow(again, { ...enrolment, label: '新名字', enrolledAt: 40 })).toEqual({
      ...enrolment,
      label: '新名字',
      enrolledAt: 40,
      earlier,
    });
    expect(enrolledNow(undefined, enrolment)).toEqual(enrolment);
  });

  it('refuses a withdrawal without who or why', () => {
    expect(
      enrolledMachineSchema.safeParse({ ...enrolment, withdrawal: { ...withdrawal, why: '' } })
        .success,
    ).toBe(false);
    expect(
      enrolledMachineSchema.safeParse({ ...enrolment, withdrawal: { ...withdrawal, by: '' } })
        .success,
    ).toBe(false);
  });

  it('says which withdrawal made a merge unverified: the latest one made by the time it was merged', () => {
    const second = { by: '人事 王', at: 40, why: '又丢了' };
    const twice = withdrawnNow(
      enrolledNow(withdrawnNow(enrolment, withdrawal), { ...enrolment, enrolledAt: 30 }),
      second,
    );
    expect(withdrawalInForce(twice, 5)).toBeUndefined();
    expect(withdrawalInForce(twice, 20)).toEqual(withdrawal);
    // Enrolled again at 30, merged at 35: still the first withdrawal's doing as far as the seal goes.
    expect(withdrawalInForce(twice, 35)).toEqual(withdrawal);
    expect(withdrawalInForce(twice, 41)).toEqual(second);
    expect(withdrawalInForce(enrolment, 99)).toBeUndefined();
  });
});
