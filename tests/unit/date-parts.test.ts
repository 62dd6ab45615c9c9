import { describe, expect, it } from 'vitest';
import { formDataToObject, joinDateParts } from '@/lib/forms/define-action';
import { profileFieldsSchema } from '@/lib/profiles/schema';

describe('a date typed as day, month and year', () => {
  it('joins into YYYY-MM-DD, empty when nothing was typed, and names the missing parts', () => {
    expect(joinDateParts('2', '6', '1979')).toBe('1979-06-02');
    expect(joinDateParts(' 23 ', '04', '1985')).toBe('1985-04-23');
    expect(joinDateParts('', '', '')).toBe('');
    expect(joinDateParts('2', '', '')).toBe('missing:month,year');
  });

  it('is joined by formDataToObject for the schema, which says plainly what is wrong', () => {
    const form = (day: string, month: string, year: string) => {
      const data = new FormData();
      data.set('birthDateDay', day);
      data.set('birthDateMonth', month);
      data.set('birthDateYear', year);
      return formDataToObject(data);
    };
    expect(form('2', '6', '1979').birthDate).toBe('1979-06-02');
    const message = (day: string, month: string, year: string) =>
      profileFieldsSchema.shape.birthDate.safeParse(form(day, month, year).birthDate).error?.issues[0]?.message;
    expect(message('2', '', '1979')).toBe('Date of birth must include a month.');
    expect(message('', '', '1979')).toBe('Date of birth must include a day and month.');
    expect(message('31', '2', '1985')).toBe('Enter the date of birth as a real date, such as 23 4 1985.');
    expect(message('3', 'June', '1985')).toBe('Enter the date of birth as a real date, such as 23 4 1985.');
    expect(message('', '', '')).toBe('Please enter the date of birth.');
  });
});
