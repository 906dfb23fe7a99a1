export {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../storage/records-bundle';
