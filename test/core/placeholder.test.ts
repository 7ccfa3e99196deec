import { describe, expect, it } from 'vitest';
import { isTemplatePlaceholder, placeholderMessage, placeholderText } from '../../src/core/note-head/placeholder';

describe('a template placeholder left in a value', () => {
  it.each([
    ['{{date}}', '{{date}}'],
    ['{{}}', '{{}}'],
    ['Due {{date:YYYY-MM-DD}} at noon', '{{date:YYYY-MM-DD}}'],
    ['<%%>', '<%%>'],
    ['<% tp.date.now() %>', '<% tp.date.now() %>'],
    ['<% tp.file.title\n %> and <% x %>', '<% tp.file.title\n %>'],
    ['{{title}} and {{date}}', '{{title}}'],
  ])('is found in the text %j, and shown as %j', (value, shown) => {
    expect(isTemplatePlaceholder(value)).toBe(true);
    expect(placeholderText(value)).toBe(shown);
  });

  it.each([['{date}'], ['{{a\nb}}'], ['{{a{b}}'], ['{{a}b}}'], ['<% never closed'], ['%> <%'], ['2024-06-10'], ['']])(
    'is not the text %j',
    (value) => {
      expect(isTemplatePlaceholder(value)).toBe(false);
    },
  );

  it.each([
    ['an unquoted {{ date }}', { '{ date }': null }, '{{date}}'],
    ['an unquoted {{date}}', { '{date}': null }, '{{date}}'],
    ['a placeholder whose inner map YAML wrote out as an object', { '[object Object]': null }, '{{…}}'],
  ])('is the map YAML made of %s', (_name, value, shown) => {
    expect(isTemplatePlaceholder(value)).toBe(true);
    expect(placeholderText(value)).toBe(shown);
  });

  it.each([
    ['a map with a value', { '{ date }': 'x' }],
    ['a map with an empty text value', { '{ date }': '' }],
    ['a map of two keys', { '{ date }': null, '{ title }': null }],
    ['an empty map', {}],
    ['a key with text before it', { 'x{ date }': null }],
    ['a key with text after it', { '{ date }x': null }],
    ['a key with a map inside it', { '{ {a} }': null }],
    ['an object key with text after it', { '[object Object] x': null }],
    ['a list of one placeholder', ['{{date}}']],
    ['null', null],
    ['a number', 7],
    ['nothing', undefined],
  ])('is not %s', (_name, value) => {
    expect(isTemplatePlaceholder(value)).toBe(false);
  });

  it('shows text that holds none as it is, and a map without keys as a placeholder of unknown words', () => {
    expect(placeholderText('plain')).toBe('plain');
    expect(placeholderText({})).toBe('{{…}}');
  });

  it('says that the template was not applied, and what to do', () => {
    expect(placeholderMessage({ '{ date }': null })).toBe(
      '"{{date}}" is a template placeholder: this note was made from a template that was not applied. Fill in the value, or keep templates in the templates folder.',
    );
  });
});
