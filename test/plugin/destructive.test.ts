// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ButtonComponent, DEFAULT_API_VERSION, setApiVersion } from '../fakes/obsidian';
import { markDestructive } from '../../src/plugin/ui/destructive';

afterEach(() => setApiVersion(DEFAULT_API_VERSION));

describe('a destructive button', () => {
  it('uses setWarning on Obsidian before 1.13, which has no setDestructive', () => {
    const button = markDestructive(new ButtonComponent(createDiv()));
    expect(button.buttonEl.classList.contains('mod-warning')).toBe(true);
    expect(button.buttonEl.classList.contains('mod-destructive')).toBe(false);
  });

  it('uses setDestructive from Obsidian 1.13', () => {
    setApiVersion('1.13.0');
    const button = markDestructive(new ButtonComponent(createDiv()));
    expect(button.buttonEl.classList.contains('mod-destructive')).toBe(true);
    expect(button.buttonEl.classList.contains('mod-warning')).toBe(false);
  });
});
