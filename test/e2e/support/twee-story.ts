import type { Scenario } from '../../../src/engine/scenario-schema';

/**
 * A Twine story written for the import test, as a trainer might write it in Twine 2 and export as
 * Twee 3: Harlowe-style links (`->`, `<-`) and SugarCube-style ones (`|`), English under each text,
 * behaviour tags, the expert replies, one mood branch, endings named by a tag. One reply is left
 * without its English and its behaviours, and the case's own fields are not written at all: the
 * draft must list those as missing.
 */
export const TWEE_STORY = `:: StoryTitle
丢失的快递


:: StoryData
{
  "ifid": "6C1D3E7A-52B4-4F0E-9A61-0D2C7B8E5F13",
  "format": "Harlowe",
  "format-version": "3.3.9",
  "start": "Opening"
}


:: Opening {"position":"100,100","size":"100,100"}
我的快递显示签收了，可我根本没收到！
en: My parcel says delivered, but I never got it!

[[真抱歉让您着急了，我马上帮您查。->Check]]
en: I am so sorry for the worry; I will check right away.
tags: acknowledge-emotion, apologize
mood: anger -10
expert: yes
note: 先安抚，再去查。
en: Calm first, then check.

[[签收了就是送到了。|Angry]]
en: Signed for means delivered.
tags: deflect
note: 推脱，顾客更火了。
en: A brush-off; the customer gets angrier.


:: Check {"position":"300,100","size":"100,100"}
好吧，您查查看。
en: All right, have a look.

[[Found<-我查到放在驿站了，今天给您送上门。]]
en: I found it at the pickup point; it will be at your door today.
tags: explain, offer-solution, commit-deadline
expert: yes
note: 查清去向，给出办法和时间。
en: Finds where it is and gives a fix and a time.
if anger>=90: [[Angry]]

[[您再去门口找找？|Angry]]
note: 让顾客自己找，是推脱。
en: Sending the customer to search is a brush-off.


:: Found [resolved-satisfied] {"position":"500,100","size":"100,100"}
那太好了，谢谢！
en: Great, thank you!
summary: 快递找到了，顾客满意。
en: The parcel was found and the customer is happy.


:: Angry [escalated] {"position":"500,250","size":"100,100"}
你们这是什么态度！我要投诉！
en: What kind of attitude is that! I am filing a complaint!
summary: 顾客被推脱，要求升级投诉。
en: Brushed off, the customer escalated the complaint.
`;

/** The case's own fields as the trainer completes them in the editor. */
export const TWEE_CASE = {
  id: 'lost-parcel-twine',
  title: { 'zh-CN': '丢失的快递（Twine）', en: 'The lost parcel (Twine)' },
  briefing: {
    'zh-CN': '顾客的快递显示已签收，却没有收到。',
    en: 'The customer’s parcel shows as delivered, but never arrived.',
  },
  industry: 'retail',
  channel: 'phone',
  difficulty: 2,
  objectives: [{ 'zh-CN': '先安抚，再查清去向。', en: 'Calm first, then find the parcel.' }],
  source: { caseId: 'twine-test', file: 'lost-parcel.twee' },
  notes: { 'zh-CN': '为导入测试而写。', en: 'Written for the import test.' },
  persona: {
    name: { 'zh-CN': '李女士', en: 'Ms Li' },
    profile: { 'zh-CN': '网购常客。', en: 'A regular online shopper.' },
    psychology: 'aggrieved',
    surfaceComplaint: { 'zh-CN': '快递没收到。', en: 'The parcel never came.' },
    realExpectation: { 'zh-CN': '今天拿到快递。', en: 'To have the parcel today.' },
    startingMood: { anger: 50, trust: 40 },
  },
} as unknown as Scenario;
