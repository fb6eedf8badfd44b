import { z } from '../schema.ts';

const score = z.number().int().min(1).max(5);

const scores = {
  competence: score.openapi({ description: '专业能力 (1–5)' }),
  attitude: score.openapi({ description: '工作态度 (1–5)' }),
  teamwork: score.openapi({ description: '团队协作 (1–5)' }),
  innovation: score.openapi({ description: '创新意识 (1–5)' }),
};
const comment = z.string().trim().min(2).max(2000);

export const CreateEvaluationInput = z.strictObject({ ...scores, comment });

export const UpdateEvaluationInput = z.strictObject({
  version: z.number().int().min(1),
  competence: scores.competence.optional(),
  attitude: scores.attitude.optional(),
  teamwork: scores.teamwork.optional(),
  innovation: scores.innovation.optional(),
  comment: comment.optional(),
});

export const EvaluationView = z.object({
  registrationId: z.string(),
  cohortId: z.string(),
  mentorId: z.string(),
  competence: z.number().int(),
  attitude: z.number().int(),
  teamwork: z.number().int(),
  innovation: z.number().int(),
  comment: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type CreateEvaluationInput = z.infer<typeof CreateEvaluationInput>;
export type UpdateEvaluationInput = z.infer<typeof UpdateEvaluationInput>;
export type EvaluationView = z.infer<typeof EvaluationView>;
