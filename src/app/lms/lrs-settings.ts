export {
  EMPTY_LRS,
  getLrsSettings,
  launchedByCmi5,
  markCmi5Launch,
  saveLrsSettings,
  type LrsSettings,
} from '../../storage/lms-settings';
