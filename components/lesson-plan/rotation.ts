/**
 * Which group is at which station in each round of a station rotation: group g starts at station g and
 * moves one station on per round. Returns rounds × stations, each cell a group code or null (station
 * empty that round, when there are fewer groups than stations).
 */
export function rotation(stationCount: number, groups: readonly string[]): (string | null)[][] {
  const rounds: (string | null)[][] = [];
  for (let round = 0; round < stationCount; round++) {
    const row: (string | null)[] = [];
    for (let station = 0; station < stationCount; station++) {
      const groupIndex = (station - round + stationCount) % stationCount;
      row.push(groups[groupIndex] ?? null);
    }
    rounds.push(row);
  }
  return rounds;
}

/** "A, b , ,C" → ["A", "B", "C"]: group codes, de-duplicated, upper-cased, at most 12. */
export function parseGroupCodes(text: string): string[] {
  const codes = text
    .split(/[,;\s]+/)
    .map((code) => code.trim().slice(0, 12).toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)].slice(0, 12);
}
