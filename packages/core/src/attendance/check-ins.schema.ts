import { z } from '../schema.ts';

export const DailyCheckInInput = z.strictObject({
  happenedAt: z.iso
    .datetime({ offset: true, error: 'Use a date and time with offset, like 2030-08-01T08:12:00+08:00' })
    .optional()
    .openapi({
      description:
        'When the intern tapped, if the phone was offline; accepted up to 48 hours late and marked as synced late',
    }),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
      accuracyM: z.number().min(0).max(100_000).optional(),
    })
    .optional(),
  clientNonce: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,100}$/, { error: '8 to 100 letters, digits or . _ : -' })
    .optional()
    .openapi({
      description: 'A value the phone picks once per tap; a resend with the same value returns the first check-in',
    }),
});
export type DailyCheckInInput = z.infer<typeof DailyCheckInInput>;

export const CheckInListQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2030-08-01' })
    .optional()
    .openapi({ description: "A mentor's mentees on one day" }),
});
