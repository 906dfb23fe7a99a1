export { csvBlob, exportAttemptsCsv } from '../../storage/hr-exports';
