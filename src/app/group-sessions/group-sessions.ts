export {
  cleanParticipants,
  getGroupSession,
  GroupSessionConflict,
  listGroupSessions,
  saveDecision,
  saveOpenDecision,
  startGroupSession,
  type NewGroupSession,
} from '../../storage/group-sessions';
