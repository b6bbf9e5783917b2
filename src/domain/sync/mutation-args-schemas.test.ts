import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../escalation/escalation';
import { makeNote, SAMPLE_ROWS } from '../../../test/sync-builders';
import {
  isCreateMutation,
  isRemovalMutation,
  referencedAttachments,
  REMOVAL_MUTATIONS,
} from './mutation-args-schemas';
import { MUTATION_NAMES } from './mutation-names';

const ref = (digit: string): AttachmentRef => ({
  sha256: digit.repeat(64),
  contentType: 'image/jpeg',
  size: 10,
  name: `${digit}.jpg`,
});

describe('referencedAttachments', () => {
  it('names a note’s attachment', () => {
    expect(
      referencedAttachments('escalationNote.create', makeNote({ attachment: ref('a') })),
    ).toEqual([ref('a')]);
    expect(referencedAttachments('escalationNote.create', makeNote())).toEqual([]);
  });

  it('names every checklist photo of a readiness report, in order, each once', () => {
    const report = {
      ...SAMPLE_ROWS.readinessReports,
      checklist: [
        { itemId: 'computer', isConfirmed: true, photo: ref('b') },
        { itemId: 'real-name', isConfirmed: true, photo: null },
        { itemId: 'headset', isConfirmed: true, photo: ref('c') },
        { itemId: 'quiet-room', isConfirmed: true, photo: ref('b') },
      ],
    };
    expect(referencedAttachments('readinessReport.create', report)).toEqual([ref('b'), ref('c')]);
  });

  it.each([
    ['no args', 'readinessReport.create', null],
    ['a checklist that is not a list', 'readinessReport.create', { checklist: 'x' }],
    ['a malformed photo', 'readinessReport.create', { checklist: [{ photo: { sha256: 'x' } }] }],
    ['another mutation with a photo-like field', 'kpiTally.record', { attachment: ref('d') }],
  ])('names nothing for %s', (_label, name, args) => {
    expect(referencedAttachments(name, args)).toEqual([]);
  });
});

describe('removal mutations', () => {
  it('are the cancels and the goal removal; every other mutation creates its record', () => {
    expect(Object.keys(REMOVAL_MUTATIONS).sort()).toEqual([
      'kpiGoal.remove',
      'leave.cancel',
      'swap.cancel',
    ]);
    for (const name of MUTATION_NAMES) {
      expect(isCreateMutation(name)).toBe(!isRemovalMutation(name));
    }
  });
});
