import { describe, expect, it } from 'vitest';
import { fillTemplate, type TemplateValue } from '../../src/core/drafts/fill-template';

// The edges of the small template language (the common cases: drafts.test.ts).

const fill = (template: string, values: Record<string, TemplateValue>, fallbacks?: Record<string, string>) =>
  fillTemplate(template, fallbacks === undefined ? { values } : { values, fallbacks });

describe('a placeholder', () => {
  it('matches a value and a fallback whatever their case', () => {
    expect(fill('{{name}} {{NAME}}', { Name: 'Jane' })).toBe('Jane Jane');
    expect(fill('Hi {{name}}', { name: null }, { NAME: 'there' })).toBe('Hi there');
  });

  it('becomes nothing when its value is not known and it has no fallback', () => {
    expect(fill('[{{a}}|{{b}}|{{c}}]', { a: null, b: '', c: true })).toBe('[||]');
  });

  it('keeps a value as written, spaces around it included', () => {
    expect(fill('[{{a}}]', { a: ' padded ' })).toBe('[ padded ]');
  });

  it('is read only with a name that starts with a letter', () => {
    expect(fill('{{1st}} {{_x}} {{a1_b}}', { '1st': 'no', _x: 'no', a1_b: 'yes' })).toBe('{{1st}} {{_x}} yes');
  });
});

describe('a section', () => {
  it('takes spaces inside its tags and any case, and is kept for text or true', () => {
    expect(fill('{{ # About }}[{{about}}]{{ / About }}', { about: 'x' })).toBe('[x]');
    expect(fill('{{#a}}A{{/a}}{{#b}}B{{/b}}{{#c}}C{{/c}}{{#d}}D{{/d}}', { a: true, b: false, c: '  ', d: null })).toBe('A');
    expect(fill('{{^a}}A{{/a}}{{^b}}B{{/b}}{{^c}}C{{/c}}{{^d}}D{{/d}}', { a: true, b: false, c: '  ', d: null })).toBe('BCD');
  });

  it('runs to the closing tag of its own name, nested sections of other names filled inside it', () => {
    expect(fill('{{#a}}1{{#b}}2{{/b}}3{{/a}}4', { a: 'x', b: 'y' })).toBe('1234');
    expect(fill('{{#a}}1{{^b}}2{{/b}}3{{/a}}4', { a: 'x', b: 'y' })).toBe('134');
    expect(fill('{{#unknown}}[{{#a}}{{a}}{{/a}}]{{/unknown}}', { a: 'x' })).toBe('{{#unknown}}[x]{{/unknown}}');
  });

  it('with no closing tag is left as written', () => {
    expect(fill('{{#a}}open {{a}}', { a: 'x' })).toBe('{{#a}}open x');
  });

  it('fills the text before, between and after sections', () => {
    expect(fill('{{x}}<{{#a}}A{{/a}}>{{x}}<{{#a}}A{{/a}}>{{x}}', { a: true, x: '.' })).toBe('.<A>.<A>.');
  });
});

describe('a section tag alone on its line', () => {
  it('takes the line with it, indented, followed by spaces, or ended by CRLF', () => {
    expect(fill('a\n  {{#x}}  \nb\r\n\t{{/x}}\r\nc', { x: true })).toBe('a\nb\r\nc');
    expect(fill('a\n{{^x}}\nb\n{{/x}}\nc', { x: true })).toBe('a\nc');
  });

  it('keeps its line when its name is not among the values', () => {
    expect(fill('a\n{{#other}}\nb\n{{/other}}\nc', { x: true })).toBe('a\n{{#other}}\nb\n{{/other}}\nc');
  });

  it('keeps its line when there is text beside it', () => {
    expect(fill('a\n{{#x}} b\n{{/x}}\nc', { x: true })).toBe('a\n b\nc');
  });
});
