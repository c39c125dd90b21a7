import { describe, expect, it } from 'vitest';
import { privacyWarnings } from '../../../utils/notes/privacy';

const PEOPLE = ['Marcus Lee', 'Dana Rivera', 'Ana Ruiz-Soto'];
const names = (text: string, people = PEOPLE, knownPhrases: string[] = []) =>
  privacyWarnings(text, people, { knownPhrases }).names;
const diagnoses = (text: string) => privacyWarnings(text, PEOPLE).diagnoses;

describe('privacy guard: full names', () => {
  it.each([
    ['Jayden Smith hit Mia', ['Jayden Smith']],
    ['Talked with Jayden Smith after class', ['Jayden Smith']],
    ['Then Jayden Smith left early', ['Jayden Smith']],
    ["Jayden Smith's mum called", ['Jayden Smith']],
    ['Sofía Núñez read aloud', ['Sofía Núñez']],
    ['Liam O’Brien and Ava McKay worked together', ['Liam O’Brien', 'Ava McKay']],
    ['Maria José Gómez needs the scribe', ['Maria José Gómez']],
    ['Ms Rivera took Jayden Smith to the office', ['Jayden Smith']],
    ['Group B: Jayden Smith, Mia Chen', ['Jayden Smith', 'Mia Chen']],
    // A hyphenated surname is one word of the name.
    ['Jayden Smith-Jones was upset', ['Jayden Smith-Jones']],
  ])('warns for %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Ms Rivera led Station 2 on Monday',
    'Mr. Lee ran the Density Lab',
    'Dr Patel observed Group B',
    'Thank you Marcus Lee',
    'thank you marcus lee for the rubric',
    'Ana Ruiz-Soto covered Room 114',
    'J.S. struggled with fractions',
    'JS and MC struggled with fractions',
    'Great Job today, everyone!',
    'The Exit Ticket showed Group A got it',
    'Post the rubric in Google Classroom before Friday',
    'Math and Science block moved to Tuesday Afternoon',
    'I think Monday works',
    'I’m going to reteach on Wednesday',
    'Jayden hit Mia',
    'Jayden. Smith was absent',
    'Jayden\nSmith',
    'Jayden, Smith and Mia',
    'IEP MEETING MOVED',
    'Spring Break starts on March 28',
    '',
  ])('does not warn for %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('matches people in Tandem in any case, by full name or any part of it', () => {
    expect(names('Marcus Smith took group B', ['Marcus Lee'])).toEqual([]);
    expect(names('LEE Jordan', ['Marcus Lee'])).toEqual([]);
    expect(names('Marcus Smith took group B', [])).toEqual(['Marcus Smith']);
  });

  it("counts the linked lesson's title as known", () => {
    const text = 'Density Liquids lab went well';
    expect(names(text)).toEqual(['Density Liquids']);
    expect(names(text, PEOPLE, ['Lab Report: Density of Liquids'])).toEqual([]);
  });

  it('lists each name once', () => {
    expect(names('Jayden Smith was late. Jayden Smith was tired.')).toEqual(['Jayden Smith']);
  });
});

describe('privacy guard: diagnosis words', () => {
  it.each([
    ['possible ADHD', ['ADHD']],
    ['possible adhd?', ['adhd']],
    ['JS has an IEP and a 504 plan', ['IEP', '504 plan']],
    ['Suspect dyslexia or dysgraphia', ['dyslexia', 'dysgraphia']],
    ['She is autistic; autism support team visited', ['autistic', 'autism']],
    ["Tourette's tics today", ["Tourette's"]],
    ['Has Down syndrome', ['Down syndrome']],
    ['Diagnosed with an anxiety disorder', ['anxiety disorder']],
    ['Check ADD and ODD paperwork', ['ADD', 'ODD']],
    ['Blood sugar low, diabetes kit in the office', ['diabetes']],
    ['Depression screening', ['Depression']],
    ['PTSD and OCD', ['PTSD', 'OCD']],
    ['cerebral  palsy', ['cerebral palsy']],
  ])('warns for %j', (text, expected) => {
    expect(diagnoses(text)).toEqual(expected);
  });

  it.each([
    'Add the numbers in odd rows',
    'Test anxiety before the quiz',
    'The Great Depression unit starts Monday',
    'ADHDX is not a word',
    'reading fluency improved',
    'addition and subtraction',
    'Downs and ups of the day',
  ])('does not warn for %j', (text) => {
    expect(diagnoses(text)).toEqual([]);
  });

  it('lists each diagnosis once, whatever its case', () => {
    expect(diagnoses('ADHD? adhd meds')).toEqual(['ADHD']);
  });
});
