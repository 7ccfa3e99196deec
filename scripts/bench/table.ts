/**
 * The bench's one table: for each measurement and vault size the median, the range, and the ratio
 * to the floor measured in the same run; then the targets of issue #4, met or missed by how much.
 */
export interface Sample {
  /** Wall time, or for in-process measurements the time of the operation. */
  readonly ms: number;
  /** CPU time of the process (user + system), when it is a Node process. */
  readonly cpuMs?: number;
  /** Peak resident memory of the process, in MB. */
  readonly rssMb?: number;
}

export type Unit = 'process' | 'operation' | 'memory';

export interface Row {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** Samples per vault size; none for a size it was not measured at. */
  readonly samples: ReadonlyMap<number, readonly Sample[]>;
  /** Shown instead of numbers where nothing was measured. */
  readonly note?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function sizeLabel(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k notes` : `${size} notes`;
}

const ms = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 10 ? value.toFixed(1) : value.toFixed(2);

export function formatTable(rows: readonly Row[], sizes: readonly number[], floorId: string): string {
  const floor = rows.find((row) => row.id === floorId);
  const lines = [`| measurement | ${sizes.map(sizeLabel).join(' | ')} |`, `|---|${sizes.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = sizes.map((size) => {
      const samples = row.samples.get(size) ?? [];
      if (samples.length === 0) return row.note ?? '—';
      if (row.unit === 'memory') {
        const values = samples.map((sample) => sample.rssMb ?? 0);
        return `${Math.round(median(values))} MB (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
      }
      const values = samples.map((sample) => sample.ms);
      const range = `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
      if (row.unit === 'operation') return range;
      const floorSamples = floor?.samples.get(size) ?? [];
      if (floorSamples.length === 0) return range;
      const ratio = median(values) / median(floorSamples.map((sample) => sample.ms));
      const cpu =
        samples.every((sample) => sample.cpuMs !== undefined) && floorSamples.every((sample) => sample.cpuMs !== undefined)
          ? ` · cpu ${(median(samples.map((sample) => sample.cpuMs ?? 0)) / median(floorSamples.map((sample) => sample.cpuMs ?? 0))).toFixed(2)}×`
          : '';
      return `${range} **${ratio.toFixed(2)}×**${cpu}`;
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export interface Target {
  readonly label: string;
  /** The measured value, null when not measured. */
  readonly value: number | null;
  readonly limit: number;
  /** 'max': the value must be at most the limit; 'min': at least. */
  readonly kind: 'max' | 'min';
  readonly format: (value: number) => string;
}

export function formatTargets(targets: readonly Target[]): string {
  return targets
    .map((target) => {
      if (target.value === null) return `- ${target.label}: not measured`;
      const met = target.kind === 'max' ? target.value <= target.limit : target.value >= target.limit;
      const by = target.kind === 'max' ? target.value / target.limit : target.limit / target.value;
      const verdict = met ? 'met' : `MISSED, by ${((by - 1) * 100).toFixed(0)} %`;
      return `- ${target.label}: ${target.format(target.value)} (target ${target.kind === 'max' ? '≤' : '≥'} ${target.format(target.limit)}): ${verdict}`;
    })
    .join('\n');
}
