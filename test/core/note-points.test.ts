import { describe, expect, it } from 'vitest';
import { isPointsHeading, MAX_POINTS, notePoints, plainText, type OutlineEntry } from '../../src/core/drafts/note-points';

// The outline as either reader hands it over (the command line's Markdown reading, the plugin's
// metadata cache): the rule that picks the points is the core's, judged here on outlines alone.

const heading = (level: number, text: string, topLevel = true): OutlineEntry => ({ kind: 'heading', level, text, topLevel });
const item = (markdown: string, topLevel = true): OutlineEntry => ({ kind: 'item', markdown, topLevel });

describe('a points heading', () => {
  it.each(['Next -- steps', 'To - do', '**Action items**'])('%j counts, whatever punctuation is between its words', (text) => {
    expect(isPointsHeading(text)).toBe(true);
  });

  it.each([
    ['Action item', true],
    ['Todos', true],
    ['Our next steps', false],
    ['Send a follow-up', false],
  ])('%j counts: %s', (text, counts) => {
    expect(isPointsHeading(text)).toBe(counts);
  });
});

describe('the section of a points heading', () => {
  it('ends at the next heading of the same level', () => {
    expect(notePoints([heading(2, 'Next steps'), item('- Send the deck'), heading(2, 'Notes'), item('- not a point')])).toEqual([
      'Send the deck',
    ]);
  });

  it('ends at a heading of a higher level, and runs on over lower ones', () => {
    const outline = [heading(2, 'Follow-up'), item('- a'), heading(3, 'Details'), item('- b'), heading(1, 'Later'), item('- c')];
    expect(notePoints(outline)).toEqual(['a', 'b']);
  });

  it('is not cut short by a points heading inside it', () => {
    const outline = [heading(2, 'Follow-up'), heading(3, 'Actions'), item('- a'), heading(3, 'Other'), item('- b')];
    expect(notePoints(outline)).toEqual(['a', 'b']);
  });

  it('starts and ends only at top-level headings', () => {
    expect(notePoints([heading(2, 'Next steps', false), item('- quoted heading'), item('- [ ] open task')])).toEqual(['open task']);
    expect(notePoints([heading(2, 'Next steps'), item('- a'), heading(1, 'Quoted', false), item('- b')])).toEqual(['a', 'b']);
  });

  it('takes its top-level items, open, plain or numbered, but not ticked or nested ones', () => {
    const outline = [
      heading(2, 'Next steps'),
      item('- plain'),
      item('- [ ] open'),
      item('- [x] ticked'),
      item('- [-] cancelled'),
      item('- nested', false),
      item('12) numbered'),
    ];
    expect(notePoints(outline)).toEqual(['plain', 'open', 'numbered']);
  });
});

describe('the open tasks, when no heading gives points', () => {
  it('are every open task at any depth, in note order; no ticked or plain item', () => {
    const outline = [heading(1, 'Meeting'), item('- [ ] first'), item('* [X] done'), item('+ plain'), item('- [ ] nested', false)];
    expect(notePoints(outline)).toEqual(['first', 'nested']);
  });

  it('are read behind tight quote marks and a wide list marker, and only from a box at the start', () => {
    expect(notePoints([item('>>- [ ] tight quote'), item('-  [ ] wide marker'), item('- Buy a [ ] box')])).toEqual([
      'tight quote',
      'wide marker',
    ]);
  });

  it('count any character but a space in the box as ticked', () => {
    expect(notePoints(['x', '/', '>', '?'].map((box) => item(`- [${box}] task ${box}`)))).toEqual([]);
    expect(notePoints([item('- [ ]\ttabbed'), item('- [ ]'), item('- [ ]x not a box')])).toEqual(['tabbed']);
    expect(notePoints([heading(2, 'To-do'), item('- [ ]x not a box')])).toEqual(['[ ]x not a box']);
    expect(notePoints([heading(2, 'To-do'), item('- [ ]'), item('-'), item('1.')])).toEqual([]);
  });
});

describe('how many points', () => {
  it('are at most MAX_POINTS: the first of a longer list, in order', () => {
    const outline = Array.from({ length: MAX_POINTS + 1 }, (_, index) => item(`- [ ] task ${index}`));
    expect(notePoints(outline)).toEqual(Array.from({ length: MAX_POINTS }, (_, index) => `task ${index}`));
    expect(notePoints(outline.slice(0, MAX_POINTS - 1))).toHaveLength(MAX_POINTS - 1);
  });

  it('count each text once, and an empty item not at all', () => {
    const outline = [item('- [ ] '), item('- [ ] same'), item('- [ ] same'), item('- [ ] **same**'), item('- [ ] other')];
    expect(notePoints(outline)).toEqual(['same', 'other']);
    const repeated = [...Array.from({ length: MAX_POINTS }, () => item('- [ ] again')), item('- [ ] last')];
    expect(notePoints(repeated)).toEqual(['again', 'last']);
  });
});

describe('the text of an item', () => {
  it.each([
    ['- Send the deck', 'Send the deck'],
    ['-\tTabbed', 'Tabbed'],
    ['123456789. Nine digits', 'Nine digits'],
    ['1234567890. Ten digits', '1234567890. Ten digits'],
    ['> > - [ ] Quoted twice', 'Quoted twice'],
    ['- First line\n  goes on\r\n  > quoted', 'First line goes on quoted'],
    ['- First\n> quoted after a line feed', 'First quoted after a line feed'],
  ])('%j reads %j', (markdown, text) => {
    expect(notePoints([heading(2, 'Follow-up'), item(markdown)])).toEqual([text]);
  });
});

describe('Markdown inline text in plain words', () => {
  it.each([
    ['**bold**, *em*, __strong__, _em_ and ***both***', 'bold, em, strong, em and both'],
    ['~~struck~~ ==marked==', 'struck marked'],
    ['5 * 3 and a * b', '5 * 3 and a * b'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['`code **kept**` and ``a ` b``', 'code **kept** and a ` b'],
    ['a lone ` tick', 'a lone ` tick'],
    ['`x` and `*`', 'x and *'],
    ['* starts and ends *', '* starts and ends *'],
    ['a*b*c and a_b_c', 'abc and a_b_c'],
    ['\\*not emphasis\\* and \\[not a link\\](x) and \\\\', '*not emphasis* and [not a link](x) and \\'],
    ['[the team](https://example.com) and ![a chart](chart.png)', 'the team and a chart'],
    ['<https://example.com/a> or <jane@example.com>', 'https://example.com/a or jane@example.com'],
    ['<http://example.com> or <mailto:jane@example.com>', 'http://example.com or mailto:jane@example.com'],
    ['<not a link>', '<not a link>'],
    ['[[People/Jane Doe|Jane]] and [[Budget 2025.md]]', 'Jane and Budget 2025'],
    ['[[Note#Section]] and [[#Heading]] and ![[chart.png]]', 'Note and Heading and chart.png'],
    ['[[Jane Doe|  ]] and [[ Sam ]]', 'Jane Doe and Sam'],
    ['[[Folder/Sub/Note.md]] and [[Budget.md.old]] and [[Plan.MD]]', 'Note and Budget.md.old and Plan'],
    ['([[# Heading ]]) ([[ Sam ]])', '(Heading) (Sam)'],
    ['[[#A#B]] and [[Folder/#Section]]', 'A#B and Section'],
    ['  spaced \t out \n words  ', 'spaced out words'],
  ])('%j reads %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});
