import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  allowedAnnouncementMoves,
  allowedPositionMoves,
  ANNOUNCEMENT_STATUSES,
  assertAnnouncementMove,
  assertPositionMove,
  POSITION_STATUSES,
} from './lifecycle.ts';

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  return expect.unreachable('the move was allowed');
};

describe('position lifecycle', () => {
  it('goes draft → published → closed or filled', () => {
    expect(() => assertPositionMove('draft', 'published')).not.toThrow();
    expect(() => assertPositionMove('published', 'closed')).not.toThrow();
    expect(() => assertPositionMove('published', 'filled')).not.toThrow();
  });
  it('refuses any other move, naming the allowed ones', () => {
    const skip = refusal(() => assertPositionMove('draft', 'filled'));
    expect(skip.code).toBe('invalid_transition');
    expect(skip.extra).toMatchObject({ from: 'draft', to: 'filled', allowed: ['published'] });
    expect(refusal(() => assertPositionMove('published', 'draft')).extra.allowed).toEqual(['closed', 'filled']);
  });
  it('ends at closed and filled', () => {
    for (const from of ['closed', 'filled'] as const) {
      expect(allowedPositionMoves(from)).toEqual([]);
      for (const to of POSITION_STATUSES) expect(() => assertPositionMove(from, to)).toThrow(DomainError);
    }
  });
});

describe('announcement lifecycle', () => {
  it('goes draft → published → closed and no further', () => {
    expect(() => assertAnnouncementMove('draft', 'published')).not.toThrow();
    expect(() => assertAnnouncementMove('published', 'closed')).not.toThrow();
    expect(refusal(() => assertAnnouncementMove('draft', 'closed')).extra.allowed).toEqual(['published']);
    expect(allowedAnnouncementMoves('closed')).toEqual([]);
    for (const to of ANNOUNCEMENT_STATUSES) expect(() => assertAnnouncementMove('closed', to)).toThrow(DomainError);
  });
});
