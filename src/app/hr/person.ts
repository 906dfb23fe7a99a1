import type { LocalizedText } from '../../engine/scenario-schema';
import type { AwardRecord, ObservationRecord, QuizAttemptRecord } from '../../storage/records';
import { currentProgram, listAwards, listQuizSittings } from '../../storage/certification';
import { listObservations } from '../../storage/observations';

/** What HR reads about a person beside their calls: certificates, quiz sittings, observations (newest first). */
export interface PersonRecords {
  awards: AwardRecord[];
  /** Each level's name by its id, from the current program (an award of a retired level keeps its id). */
  levelNames: Record<string, LocalizedText>;
  quizzes: QuizAttemptRecord[];
  observations: ObservationRecord[];
}

export async function loadPersonRecords(profileId: string): Promise<PersonRecords> {
  const [awards, quizzes, observations, program] = await Promise.all([
    listAwards(profileId),
    listQuizSittings(profileId),
    listObservations(profileId),
    currentProgram(),
  ]);
  return {
    awards,
    levelNames: Object.fromEntries(program.levels.map((l) => [l.id, l.name])),
    quizzes,
    observations,
  };
}
