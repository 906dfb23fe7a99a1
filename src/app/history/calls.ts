/** A trainee's calls as recorded, for the library, history and debrief. */
export { attemptsPage, getAttempt, listAttempts } from '../../storage/attempts';
export { accessCall, mayDo, type CallAccess, type Standing } from '../calls/ownership';
