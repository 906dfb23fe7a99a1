/**
 * The Chinese messages a deep link to a call needs before its first reply: the header, the
 * banners around every screen, the call screen and what it may show (a certification run's
 * banner, a refused call's role gate). Only these ship with the first load (the build picks them
 * out of zh-CN.ts, and stops if one is gone); every other message loads with the first screen
 * that is not a call (i18n.ts). A dotted key takes that group or
 * that message with its plural forms.
 */
export const FIRST_SCREEN_KEYS = [
  'app',
  'audio',
  'call',
  'channel',
  'outcome',
  'certification.title',
  'certification.runTag',
  'certification.banner',
  'security.lock',
  'security.roles',
  'security.gateTitle',
  'security.gateIntro',
  'security.setupCode.lmsPackage',
  'data.blocked',
  'data.goRestore',
  'data.newerTab',
  'data.wiped',
  'safety.blockedContinues',
  'safety.blockedTitle',
  'safety.restartNeededTag',
  'history.practice',
  'trainerHub.nav',
  'typedReply.call',
  // A typed call's longer reply time, said on the ringing panel and beside the timer.
  'typedAndStagedReports.call',
  // Between two contacts of a staged case, inside the call.
  'stages.interludeEyebrow',
  'stages.continue',
  // A ringing panel's switch that could not be saved says so before the call is answered.
  'saveFeedback.switch',
] as const;
