import { describe, expect, it } from 'vitest';
import { allowedRegistrationTransitions, holdsPlace, registrationTransitionError } from './lifecycle.ts';
import { normaliseRow } from './normalise.ts';
import {
  cleanText,
  normaliseDegreeLevel,
  normaliseGender,
  normalisePhone,
  normaliseYear,
  personName,
} from './rules.ts';

describe('registration statuses', () => {
  it('follows submitted → accepted | waitlisted | rejected → confirmed | withdrawn', () => {
    expect(allowedRegistrationTransitions('submitted')).toEqual(['accepted', 'waitlisted', 'rejected', 'withdrawn']);
    expect(registrationTransitionError('waitlisted', 'accepted')).toBeUndefined();
    expect(registrationTransitionError('accepted', 'confirmed')).toBeUndefined();
    expect(registrationTransitionError('submitted', 'confirmed')?.code).toBe('invalid_transition');
    expect(registrationTransitionError('rejected', 'accepted')?.extra.allowed).toEqual([]);
    expect(allowedRegistrationTransitions('withdrawn')).toEqual([]);
  });

  it('frees the quota place only when rejected or withdrawn', () => {
    expect(holdsPlace('submitted')).toBe(true);
    expect(holdsPlace('waitlisted')).toBe(true);
    expect(holdsPlace('confirmed')).toBe(true);
    expect(holdsPlace('rejected')).toBe(false);
    expect(holdsPlace('withdrawn')).toBe(false);
  });
});

describe('normalising what people type', () => {
  it('turns full-width characters and ideographic spaces into plain ones', () => {
    expect(cleanText('　王　小明 ')).toBe('王 小明');
    expect(cleanText('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('reads phones written with spaces, dashes, full-width digits or +86', () => {
    expect(normalisePhone('138 1234 5678')).toBe('13812345678');
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalisePhone('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalisePhone('8613812345678')).toBe('13812345678');
    expect(normalisePhone('0086 13812345678')).toBe('13812345678');
    expect(normalisePhone('(0997)2123456')).toBe('09972123456');
  });

  it('understands degree levels in Chinese and English', () => {
    expect(normaliseDegreeLevel('硕士')).toBe('master');
    expect(normaliseDegreeLevel(' 博士 ')).toBe('phd');
    expect(normaliseDegreeLevel("Master's")).toBe('master');
    expect(normaliseDegreeLevel('本科')).toBe('bachelor');
    expect(normaliseDegreeLevel('Ph.D.')).toBe('phd');
    expect(normaliseDegreeLevel('硕士生')).toBe('master');
  });

  it('keeps a person’s name without padding between Han characters and with one kind of middle dot', () => {
    expect(personName(' 张　三 ')).toBe('张三');
    expect(personName('买买提•艾力')).toBe('买买提·艾力');
    expect(personName('买买提 ． 艾力')).toBe('买买提·艾力');
    expect(personName('Ali  Ahmad')).toBe('Ali Ahmad');
  });

  it('reads study years and genders written many ways', () => {
    expect([2, '3', '博一', '二年级', '4年级', '研2年', '０', '九'].map(normaliseYear)).toEqual([
      2,
      3,
      1,
      2,
      4,
      2,
      0,
      '九',
    ]);
    expect(['男', ' Male ', 'F', '女', '未知'].map(normaliseGender)).toEqual([
      'male',
      'male',
      'female',
      'female',
      '未知',
    ]);
  });

  it('normalises a whole row and drops empty optional fields', () => {
    const row = normaliseRow({
      name: ' 李  雷 ',
      supervisor: '买买提•艾力',
      gender: '女',
      phone: '139 0000 1111',
      email: ' Li@Example.ORG ',
      degreeLevel: '博士',
      studyYear: '博2',
      fromRegion: '是',
      consent: 'yes',
      dietaryNotes: '  ',
      emergencyContact: { name: '李父', phone: '+86 137 0000 2222', relation: '' },
    });
    expect(row).toEqual({
      name: '李雷',
      supervisor: '买买提·艾力',
      gender: 'female',
      phone: '13900001111',
      email: 'li@example.org',
      degreeLevel: 'phd',
      studyYear: 2,
      fromRegion: true,
      consent: true,
      emergencyContact: { name: '李父', phone: '13700002222' },
    });
  });
});
