/** Five marks, filled up to the level of the 1–5 intensity scale: "●●●○○". */
export function intensityMarks(level: number): string {
  const filled = Math.min(5, Math.max(0, Math.round(level)));
  return '●'.repeat(filled) + '○'.repeat(5 - filled);
}
