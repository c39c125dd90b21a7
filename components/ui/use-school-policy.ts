import { useEffect, useState } from 'preact/hooks';
import type { SchoolPolicy } from '../../utils/school-policy/policy';
import { onSchoolPolicyChanged, readSchoolPolicy } from '../../utils/school-policy/read';

/**
 * The school's settings on one of Tandem's own pages (options, popup): null until read, so a page never shows a
 * setting as the teacher's and then takes it back. Read again when an administrator changes the policy.
 */
export function useSchoolPolicy(read: () => Promise<SchoolPolicy> = readSchoolPolicy): SchoolPolicy | null {
  const [policy, setPolicy] = useState<SchoolPolicy | null>(null);
  useEffect(() => {
    let current = true;
    // A read that fails reads as no policy, as utils/school-policy/read.ts does: the popup's saves wait for it.
    const load = () =>
      void read()
        .catch(() => ({}))
        .then((next) => current && setPolicy(next));
    load();
    const stop = onSchoolPolicyChanged(load);
    return () => {
      current = false;
      stop();
    };
  }, [read]);
  return policy;
}
