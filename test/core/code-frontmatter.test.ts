import { describe, expect, it } from 'vitest';
import { patchNoteText } from '../../src/core/actions/patch-note-text';
import { codeRefusal, CODE_REFUSAL_WORDS } from '../../src/core/note-head/differences';
import { settingsWith } from '../helpers/notes';

// A `---js` block is code: the command line refuses to run it, and no edit writes into it.

const reasonFor = (text: string): string => {
  const result = patchNoteText(text, { set: { follow_up: '2024-06-11' }, remove: [] }, settingsWith(), 'Notes/Note.md');
  return result.ok ? 'changed' : result.reason;
};

describe('frontmatter written as code', () => {
  it.each([['js'], ['JS'], ['javascript'], ['coffee'], ['CoffeeScript'], ['cson']])('"---%s" is refused as code', (language) => {
    expect(reasonFor(`---${language}\nmodule.exports = {}\n---\n`)).toBe(
      `its frontmatter opens with "---${language}", which is code, not YAML: write the fields as YAML between "---" lines`,
    );
  });

  it.each([['yaml'], ['toml'], ['json'], ['j']])('"---%s" is refused as no frontmatter Obsidian reads', (language) => {
    expect(reasonFor(`---${language}\na = 1\n---\n`)).toMatch(/which Obsidian does not read as frontmatter/);
  });

  it('is refused in words that say code in notes is never run, and what to write instead', () => {
    expect(codeRefusal('coffee')).toBe('"---coffee" frontmatter is code, and code in notes is never run. Use YAML frontmatter ("---").');
    expect(codeRefusal('js')).toContain(CODE_REFUSAL_WORDS);
  });
});
