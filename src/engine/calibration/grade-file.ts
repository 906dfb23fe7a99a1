import { z } from 'zod';
import { DIMENSION_IDS } from '../scoring/dimensions';
import { parseChecked, type Checked } from '../validation/parse-checked';
import { OUTCOMES } from '../vocabulary';

/**
 * An expert's grades of one case, written blind from its customer lines and reply texts
 * (../shared/calibration/README.md): the reference `sim agree` measures the scoring model against.
 */

const points = z.number().min(0).max(100);
const choiceIds = z.array(z.string().min(1));

const gradedReply = z.object({ band: z.string().min(1), why: z.string().optional() });

const replyGrades = z.object({
  node: z.string().min(1),
  prefix: choiceIds,
  grades: z.record(z.string().min(1), gradedReply),
});

const transcript = z.object({
  id: z.string().min(1),
  choices: choiceIds.min(1),
  band: z.string().min(1),
  score: points,
  outcome: z.enum(OUTCOMES),
  /** null: the call gave no chance to show it. A dimension left out is not scored either. */
  dimensions: z.partialRecord(z.enum(DIMENSION_IDS), points.nullable()),
  why: z.string().optional(),
});

const replyPair = z.object({
  id: z.string().min(1),
  prefix: choiceIds,
  better: z.string().min(1),
  worse: z.string().min(1),
  why: z.string().optional(),
});

export const gradeFileSchema = z
  .object({
    case: z.string().min(1),
    caseVersion: z.int().min(1),
    scale: z
      .record(
        z.string().min(1),
        z
          .tuple([points, points])
          .refine(([low, high]) => low <= high, 'the lower bound comes first'),
      )
      .refine((scale) => Object.keys(scale).length > 0, 'the scale names no band'),
    replies: z.array(replyGrades),
    transcripts: z.array(transcript),
    pairs: z.array(replyPair),
  })
  .superRefine((file, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const bands = Object.entries(file.scale);
    bands.forEach(([band, [low, high]], i) => {
      const overlapping = bands.slice(i + 1).find(([, [l, h]]) => l <= high && low <= h);
      if (overlapping) issue(['scale', band], `overlaps band "${overlapping[0]}"`);
    });
    const knownBand = (band: string) => Object.hasOwn(file.scale, band);
    file.replies.forEach((item, i) => {
      for (const [choice, { band }] of Object.entries(item.grades)) {
        if (!knownBand(band)) issue(['replies', i, 'grades', choice, 'band'], unknownBand(band));
      }
    });
    file.transcripts.forEach((item, i) => {
      if (!knownBand(item.band)) issue(['transcripts', i, 'band'], unknownBand(item.band));
    });
    for (const list of ['transcripts', 'pairs'] as const) {
      const seen = new Set<string>();
      file[list].forEach((item, i) => {
        if (seen.has(item.id)) issue([list, i, 'id'], `id "${item.id}" repeats`);
        seen.add(item.id);
      });
    }
    file.pairs.forEach((item, i) => {
      if (item.better === item.worse) issue(['pairs', i, 'worse'], 'the same reply as `better`');
    });
  });

const unknownBand = (band: string) => `band "${band}" is not in the scale`;

export type GradeFile = z.output<typeof gradeFileSchema>;
export type Scale = GradeFile['scale'];
export type ReplyGrades = GradeFile['replies'][number];
export type GradedTranscript = GradeFile['transcripts'][number];
export type ReplyPair = GradeFile['pairs'][number];

/** Reads a grade file's text: malformed JSON and schema violations come back as located problems. */
export function readGradeFile(text: string): Checked<GradeFile> {
  return parseChecked(text, gradeFileSchema);
}
