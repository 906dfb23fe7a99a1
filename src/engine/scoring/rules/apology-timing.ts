import { has, type FiringRule } from '../rule';

/** An apology is owed in any case where the company is at fault, and it is not an admission. */
export const apologyTiming: FiringRule = {
  id: 'apology-timing',
  kind: 'ordering',
  dimension: 'apologize',
  weight: 1,
  handbook: 'apology',
  fires: (f) =>
    f.endsCall && f.companyAtFault && !f.earlier.has('apologize') && !has(f, 'apologize'),
  description: {
    'zh-CN': '该道歉时要道歉：客户情绪激动时尽早致歉，结束时代表公司再致歉；道歉不等于承认责任。',
    en: 'Apologize when it is owed: early while the customer is upset, and again for the company at the close. An apology is not an admission of liability.',
  },
  feedback: {
    'zh-CN': '从头到尾没有一句真诚的道歉。公司确有不到位的地方，一句“真对不起”能省下很多解释。',
    en: 'From start to finish there was no sincere apology. The company fell short; one real "I am sorry" saves a lot of explaining.',
  },
};
