/** The cases imported or published in this browser, and what a pack of them carries. */
export {
  getCaseVersion,
  getCustomScenario,
  listCustomScenarios,
  mediaFor,
  packText,
} from '../../storage/custom-scenarios';
