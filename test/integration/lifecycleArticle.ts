// The article of the tag lifecycle tests, and how another program changes it on disk while
// VS Code is closed.
export const LIFECYCLE =
  [
    'Maria Lopez, the city’s election director, said the count would finish on Monday.',
    '“We counted 1,200 ballots by hand,” Lopez said.',
    'Observers from both parties watched the recount in the old gymnasium.',
    'Lopez expects the final result next week.',
  ].join('\n\n') + '\n';

/** Tags made by selection: label → tagged text. */
export const LIFECYCLE_TAGS = {
  check: 'Observers from both parties',
  quote: 'We counted 1,200 ballots by hand',
  place: 'the old gymnasium',
};

/**
 * The saved article (after tags.test.ts's edits), changed by another program: a paragraph added
 * at the top, and one character changed inside the "quote" tag's text.
 */
export function changedOnDisk(saved: string): string {
  return 'CORRECTION: an earlier version misstated the count.\n\n' + saved.replace('1,200 ballots', '1,210 ballots');
}
