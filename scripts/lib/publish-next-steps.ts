/**
 * What `npm run publish` tells an editor after it succeeds: publishing only changed files on their
 * computer, so the next steps (commit with the ledger, build, deploy) follow, as the editor's guide
 * describes them. Pure, so its wording is pinned by a test.
 */
export const LEDGER_FILE = 'content/versions.lock.json';

export function publishNextSteps(published: string, date: string): string {
  return [
    `Published ${published} on ${date}.`,
    '',
    'Readers see nothing yet. Next:',
    `  1. git add ${published} ${LEDGER_FILE}`,
    `  2. git commit -m "Publish ${published}"   (always commit the ledger with the version)`,
    '  3. git push, then build and deploy: see "After you publish" in docs/editors-guide.md',
  ].join('\n');
}
