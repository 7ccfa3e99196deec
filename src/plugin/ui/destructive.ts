import { requireApiVersion, type ButtonComponent } from 'obsidian';

/**
 * Marks a button as destructive: `setDestructive` from Obsidian 1.13, `setWarning` (deprecated
 * since) before it, since the plugin still supports 1.8.7.
 */
export function markDestructive(button: ButtonComponent): ButtonComponent {
  return requireApiVersion('1.13.0') ? button.setDestructive() : button.setWarning();
}
