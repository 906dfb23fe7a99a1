export { deleteRecording, recordingsFor, saveRecording } from '../../storage/recordings';
