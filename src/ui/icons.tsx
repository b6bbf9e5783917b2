/** Decorative line icons (24 × 24); labels always come from the text beside them. */
const PATHS = {
  today: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M9 14h6',
  roster: 'M4 5h16v15H4zM4 9h16M8 13h3M13 13h3M8 16h3',
  training: 'M3 7l9-4 9 4-9 4-9-4zM7 9v5c0 1.5 2.5 3 5 3s5-1.5 5-3V9',
  kpis: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  pay: 'M3 6h18v12H3zM3 10h18M7 15h4',
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  escalate: 'M12 3l9 16H3L12 3zM12 10v4M12 17v.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
