export {
  currentProgram,
  getProgram,
  InvalidProgramError,
  listPrograms,
  saveProgramVersion,
} from '../../storage/certification';
