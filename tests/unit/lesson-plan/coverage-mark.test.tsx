// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CoverageMark, DEFAULT_COVERAGE_MINUTES } from '../../../components/lesson-plan/CoverageMark';
import type { Person } from '../../../utils/schema/person';
import type { Coverage } from '../../../utils/schema/plan';
import { domRootPerTest } from '../dom-root';

// Issue 15: "Partner pulled for coverage", one click per supporting adult, with the minutes lost.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const person = (id: string, name: string): Person => ({
  id,
  name,
  kind: 'paraprofessional',
  archived: false,
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
});
const PEOPLE = [person('p-marcus', 'Marcus Lee'), person('p-ana', 'Ana Ruiz')];
const SUPPORTS = [
  { personId: 'p-marcus', role: 'circulate' as const },
  { personId: 'p-ana', role: 'small-group' as const },
];
const root = domRootPerTest();

function mount(coverage: Coverage[]) {
  const onCoverage = vi.fn<(list: Coverage[]) => void>();
  render(<CoverageMark supports={SUPPORTS} people={PEOPLE} coverage={coverage} onCoverage={onCoverage} />, root());
  return onCoverage;
}
const checkbox = (label: string) =>
  [...root().querySelectorAll('label.checkbox')].find((candidate) => candidate.textContent === label)
    ?.firstElementChild as HTMLInputElement;

describe('CoverageMark', () => {
  it('marks an adult pulled with the default minutes, keeping the others', () => {
    const onCoverage = mount([{ personId: 'p-ana', minutes: 20 }]);
    const box = checkbox('coveragePulled(Marcus Lee)');
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(onCoverage).toHaveBeenCalledWith([
      { personId: 'p-ana', minutes: 20 },
      { personId: 'p-marcus', minutes: DEFAULT_COVERAGE_MINUTES },
    ]);
  });

  it('changes the minutes of a mark, and unmarking removes it', () => {
    const onCoverage = mount([{ personId: 'p-ana', minutes: 20 }]);
    expect(checkbox('coveragePulled(Ana Ruiz)').checked).toBe(true);
    const minutes = root().querySelector('input[type="number"]') as HTMLInputElement;
    expect(minutes.labels?.[0]?.textContent).toBe('coverageMinutes(Ana Ruiz)');
    minutes.value = '500';
    minutes.dispatchEvent(new Event('input'));
    expect(onCoverage).toHaveBeenLastCalledWith([{ personId: 'p-ana', minutes: 240 }]);
    const box = checkbox('coveragePulled(Ana Ruiz)');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(onCoverage).toHaveBeenLastCalledWith([]);
  });

  it('shows nothing for a lesson without supporting adults', () => {
    render(<CoverageMark supports={[]} people={PEOPLE} coverage={[]} onCoverage={() => undefined} />, root());
    expect(root().textContent).toBe('');
  });
});
