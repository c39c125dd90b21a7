import { describe, expect, it } from 'vitest';
import { applyCopy, copyablePart, hasCopyableContent } from '../../../utils/lesson-plan/copy-plan';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { PlanContent } from '../../../utils/schema/plan';
import { CopyableContent } from '../../../utils/schema/plan-template';

// Issue 14 item 2: what "Copy plan from…" and a template carry to another lesson, and what stays the lesson's own.

const SOURCE: PlanContent = {
  model: 'stations',
  supports: [{ personId: 'person:marcus', role: 'lead-station' }],
  stations: [
    { id: 'station-aaaa1111', name: 'Measure', leader: 'person:marcus', minutes: 15 },
    { id: 'station-bbbb2222', name: 'Graph', leader: 'independent', minutes: 15 },
  ],
  groups: ['A', 'B'],
  parallelGroups: [{ code: 'A', leader: 'teacher' }],
  phases: [{ phase: 'opening', model: 'lead-and-roam', supports: [{ personId: 'person:marcus', role: 'circulate' }] }],
  goal: 'Compare the density of three liquids',
  targetStudents: 'JM, KL',
  materials: [{ id: 'material-cccc3333', what: 'Graduated cylinders', owner: 'person:marcus' }],
  checkHow: 'Exit ticket',
  checkCollector: 'person:marcus',
  behaviourSupport: 'Check in with JM at each rotation',
  status: 'taught',
  reflectionWorked: 'Rotations on time',
  reflectionChange: 'Shorter graph station',
  taughtOn: ['2025-09-16'],
  coverage: [{ personId: 'person:marcus', minutes: 45 }],
};

const TARGET: PlanContent = {
  ...emptyPlanContent(),
  model: 'team',
  goal: 'Density notes',
  targetStudents: 'AB',
  behaviourSupport: 'Seat AB near the door',
  status: 'ready',
  reflectionWorked: 'Notes went well',
  reflectionChange: 'More examples',
  taughtOn: ['2025-09-18'],
  coverage: [{ personId: 'person:ana', minutes: 20 }],
  materials: [{ id: 'material-old', what: 'Old handout', owner: 'teacher' }],
};

let counter = 0;
const ids = (prefix: string) => `${prefix}-new${++counter}`;

describe('applyCopy', () => {
  const copied = applyCopy(TARGET, copyablePart(SOURCE), ids);

  it.each([
    ['model', 'stations'],
    ['supports', SOURCE.supports],
    ['groups', ['A', 'B']],
    ['parallelGroups', SOURCE.parallelGroups],
    ['phases', SOURCE.phases],
    ['checkHow', 'Exit ticket'],
    ['checkCollector', 'person:marcus'],
  ] as const)('copies %s', (field, value) => {
    expect(copied[field]).toEqual(value);
  });

  it.each([
    ['goal', 'Density notes'],
    ['targetStudents', 'AB'],
    ['behaviourSupport', 'Seat AB near the door'],
    ['status', 'ready'],
    ['reflectionWorked', 'Notes went well'],
    ['reflectionChange', 'More examples'],
    ['taughtOn', ['2025-09-18']],
    // Issue 15: "Partner pulled for coverage" happened on that lesson's day, like its status.
    ['coverage', [{ personId: 'person:ana', minutes: 20 }]],
  ] as const)('keeps the lesson’s own %s', (field, value) => {
    expect(copied[field]).toEqual(value);
  });

  it('gives stations and materials new ids, keeping everything else of them, and replaces the old materials', () => {
    expect(copied.stations.map(({ id, ...rest }) => rest)).toEqual(SOURCE.stations.map(({ id, ...rest }) => rest));
    expect(copied.materials.map(({ id, ...rest }) => rest)).toEqual([
      { what: 'Graduated cylinders', owner: 'person:marcus' },
    ]);
    const sourceIds = new Set([...SOURCE.stations, ...SOURCE.materials].map((row) => row.id));
    for (const row of [...copied.stations, ...copied.materials]) expect(sourceIds.has(row.id)).toBe(false);
  });

  it('never shares arrays with the source, so editing the copy leaves the source alone', () => {
    copied.supports.push({ personId: 'person:ana', role: 'observe-data' });
    copied.phases[0]?.supports.push({ personId: 'person:ana', role: 'observe-data' });
    expect(SOURCE.supports).toHaveLength(1);
    expect(SOURCE.phases[0]?.supports).toHaveLength(1);
  });

  it('makes new ids with the default id maker too (station-…, material-…)', () => {
    const plain = applyCopy(TARGET, copyablePart(SOURCE));
    expect(plain.stations[0]?.id).toMatch(/^station-[0-9a-f]{8}$/);
    expect(plain.materials[0]?.id).toMatch(/^material-[0-9a-f]{8}$/);
  });
});

describe('copyablePart', () => {
  it('is exactly what a template stores (the schema takes it and drops nothing)', () => {
    const part = copyablePart(SOURCE);
    expect(Object.keys(part).sort()).toEqual(Object.keys(CopyableContent.shape).sort());
    expect(CopyableContent.parse(part)).toEqual(part);
    expect(part).not.toHaveProperty('goal');
    expect(part).not.toHaveProperty('behaviourSupport');
  });
});

describe('hasCopyableContent', () => {
  it.each([
    ['an empty plan', emptyPlanContent(), false],
    [
      'a plan with only a goal, status and days',
      { ...emptyPlanContent(), goal: 'x', status: 'ready', taughtOn: ['2025-09-18'] },
      false,
    ],
    ['a plan with a model', { ...emptyPlanContent(), model: 'team' }, true],
    ['a plan with an adult', { ...emptyPlanContent(), supports: SOURCE.supports }, true],
    ['a plan with how learning is checked', { ...emptyPlanContent(), checkHow: 'Exit ticket' }, true],
  ] as const)('%s: %s', (_name, content, expected) => {
    expect(hasCopyableContent(content as PlanContent)).toBe(expected);
  });
});
