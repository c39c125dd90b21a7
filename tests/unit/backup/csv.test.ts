import '../db/test-db';
import { describe, expect, it } from 'vitest';
import { csvField, exportNotesCsv, notesCsv } from '../../../utils/backup/csv';
import { freshDatabase } from '../db/test-db';
import { english } from '../planning-time/labels';
import { seed } from './helpers';
import { MARCUS, sampleData, sampleNote } from './sample';

/** A strict RFC 4180 reader, to prove the file splits back into exactly the cells written. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (csv[i] === '"') {
      const end = closingQuote(csv, i + 1);
      cell = csv.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
    } else {
      const end = csv.slice(i).search(/[,\r\n]|$/) + i;
      cell = csv.slice(i, end);
      if (cell.includes('"')) throw new Error(`bare quote in ${cell}`);
      i = end;
    }
    row.push(cell);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (!csv.startsWith('\r\n', i)) throw new Error(`row not ended by CRLF at ${i}`);
    rows.push(row);
    row = [];
    i += 2;
    if (i === csv.length) return rows;
  }
}

function closingQuote(csv: string, from: number): number {
  for (let i = from; i < csv.length; i++) {
    if (csv[i] !== '"') continue;
    if (csv[i + 1] === '"') i++;
    else return i;
  }
  throw new Error('unterminated quote');
}

describe('notesCsv', () => {
  const tricky = [
    'Groups A, B and C',
    'She said "good job" twice',
    'line one\r\nline two\nline three\rend',
    '=HYPERLINK("http://evil.example","click")',
    '+1 for the para',
    '-2 minutes late',
    '@channel please read',
    '\tindented',
    '\rreturn first',
    'Great work 👩🏽‍🏫🎉, José — naïve café',
  ];

  it('starts with a BOM and a header row, ends every row with CRLF', () => {
    const csv = notesCsv([sampleNote(1)], [], english);
    expect(csv.startsWith('\uFEFFCreated,Kind,Person,Lesson,Class,Done,Text\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv.slice(1))).toHaveLength(2);
  });

  it('escapes commas, quotes and line breaks, and defuses formulas, so every text reads back as written', () => {
    const notes = tricky.map((text, n) => sampleNote(n, { text }));
    const rows = readCsv(notesCsv(notes, [], english).slice(1));
    const texts = rows.slice(1).map((row) => row[6]);
    expect(texts).toEqual([
      'Groups A, B and C',
      'She said "good job" twice',
      'line one\r\nline two\nline three\rend',
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1 for the para",
      "'-2 minutes late",
      "'@channel please read",
      "'\tindented",
      "'\rreturn first",
      'Great work 👩🏽‍🏫🎉, José — naïve café',
    ]);
    expect(rows.every((row) => row.length === 7)).toBe(true);
  });

  it('quotes only the cells that need it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=SUM(A1,A2)')).toBe('"\'=SUM(A1,A2)"');
    expect(csvField('a-b=c')).toBe('a-b=c');
    expect(csvField('')).toBe('');
  });

  it('fills the columns: local time, translated kind, person, lesson, class, done', () => {
    const created = new Date(2025, 8, 19, 14, 5).toISOString();
    const notes = [
      sampleNote(1, {
        createdAt: created,
        kind: 'thank-you',
        personId: MARCUS.id,
        done: true,
        link: { courseId: '1', itemId: '2', title: 'Lab Report', courseName: 'Grade 7 Science' },
      }),
      sampleNote(2, {
        createdAt: new Date(2025, 8, 20, 8, 0).toISOString(),
        link: { courseId: '1', title: 'Grade 7 Science' },
        personId: 'person:gone',
      }),
    ];
    const rows = readCsv(notesCsv(notes.reverse(), [MARCUS], english).slice(1));
    expect(rows.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['2025-09-19 14:05', 'Thank-you', 'Marcus Lee', 'Lab Report', 'Grade 7 Science', 'yes'],
      ['2025-09-20 08:00', 'Observation', '', '', 'Grade 7 Science', 'no'],
    ]);
  });

  it('exports every note in the database, oldest first, with a dated file name', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const { csv, fileName } = await exportNotesCsv(db, english, new Date(2025, 9, 3, 23, 50));
    expect(fileName).toBe('tandem-notes-2025-10-03.csv');
    const rows = readCsv(csv.slice(1));
    expect(rows.map((row) => row[6])).toEqual([
      'Text',
      'Marcus ran the density station 1 👍',
      'Thank you for the calm exit, Marcus',
      'Re-teach density to group B',
    ]);
    expect(rows[1]?.[3]).toBe('Lab Report: Density of Liquids');
  });
});
