import { programVanishedMark, schoolClosedMark } from './school-status.js';

describe('school and program marks', () => {
  it('says since when a school is closed, and nothing while it is open', () => {
    expect(schoolClosedMark({ closedOn: '2023-06-30' })).toBe('Closed in June 2023');
    expect(schoolClosedMark({ closedOn: '2024-01-05' })).toBe('Closed in January 2024');
    expect(schoolClosedMark({ closedOn: null })).toBeNull();
    // Publications made before schools carried the field.
    expect(schoolClosedMark({} as { closedOn: string | null })).toBeNull();
  });

  it('names the academic year a program stopped being reported in', () => {
    expect(programVanishedMark({ vanishedIn: 2024 })).toBe('No awards reported in 2023–24');
    expect(programVanishedMark({ vanishedIn: 2000 })).toBe('No awards reported in 1999–00');
    expect(programVanishedMark({ vanishedIn: null })).toBeNull();
  });
});
