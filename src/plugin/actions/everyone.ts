import { Notice } from 'obsidian';
import { planSetFollowUp } from '../../core/actions/plan-actions';
import { daysLater, refusalPastLastDate } from '../../core/actions/past-last-date';
import type { NoteFacts } from '../../core/note-facts';
import type { PluginContext } from '../context';
import { CreatePeopleModal } from '../modals/create-people-modal';
import { checkVaultFolder, notePath } from '../vault-paths';

/**
 * Follow up with everyone in a meeting or event note; people without a note are offered one, in
 * the people folder, created with their follow-up.
 */
export async function followUpWithEveryone(ctx: PluginContext, meeting: NoteFacts): Promise<void> {
  const withoutNote = await ctx.actions.everyone(meeting);
  if (withoutNote.length === 0) return;
  const folder = checkVaultFolder(ctx.settings().peopleFolder, ctx.app.vault.configDir);
  if (!folder.ok) {
    new Notice(`The people folder setting is not usable: ${folder.reason}`);
    return;
  }
  new CreatePeopleModal(ctx.app, withoutNote, folder.folder, (names) => void createPeople(ctx, meeting, names, folder.folder)).open();
}

async function createPeople(ctx: PluginContext, meeting: NoteFacts, names: readonly string[], folder: string): Promise<void> {
  const { vault } = ctx.app;
  if (folder !== '' && vault.getFolderByPath(folder) === null) await vault.createFolder(folder);
  const settings = ctx.settings();
  const planned = refusalPastLastDate(() => daysLater(ctx.snapshot().today, settings.everyoneDays), settings);
  if (!planned.ok) {
    new Notice(`No notes were created: ${planned.reason}.`);
    return;
  }
  const due = planned.value;
  let created = 0;
  for (const name of names) {
    const path = notePath(folder, name);
    if (vault.getAbstractFileByPath(path) !== null) continue;
    await vault.create(path, '');
    const [patch] = planSetFollowUp(path, due, settings, { about: `Follow up on ${meeting.title}` });
    if (patch) await ctx.actions.writePatches(`follow-up for ${name}`, [patch]);
    created += 1;
  }
  new Notice(`Created ${created} ${created === 1 ? 'note' : 'notes'} with a follow-up on ${due}.`);
}
